package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

type nlpToken = nlp.Token

// event is a meeting, talks, summit, call, conference, visit or meal,
// gathered from one or more mentions.
type event struct {
	group     eventGroup
	name      string
	attendees []evFact // entity + evidence sentence
	organizer []evFact
	location  *evFact
	date      string
	dateSent  int
	super     *event
	superSent int
	triggers  []trigger
	merged    *event // when merged into another event
	own       bool   // has participants of its own (not only inherited)
	definite  bool   // "the meeting", "that meeting"
	indef     bool   // "a meeting"
	agents    []evFact
	hosts     []evFact // organisers who also attend: "Kohl invited the Commission for talks"
	word      string   // the trigger word, singular: "talks", "meeting"
	verb      bool     // named by a verb ("met"), not a noun
	entity    int      // entity index once emitted, -1 before
}

type evFact struct {
	ent, sent int
}

type trigger struct {
	sent, start, end int // tokens; [start, end) is the noun phrase's head
}

// root follows merges.
func (e *event) root() *event {
	r := e
	for r.merged != nil {
		r = r.merged
	}
	// Point the chain straight at its root, so later calls are O(1).
	for e.merged != nil && e.merged != r {
		e, e.merged = e.merged, r
	}
	return r
}

// mergeWindow is how many events before or after an event are looked at for
// one it may repeat. News articles tell of far fewer; the bound keeps a
// hostile text with thousands of event words from taking quadratic time.
const mergeWindow = 64

func (e *event) addAttendee(ent, sent int) {
	for _, a := range e.attendees {
		if a.ent == ent {
			return
		}
	}
	for _, a := range e.organizer {
		if a.ent == ent {
			return
		}
	}
	e.attendees = append(e.attendees, evFact{ent, sent})
}

func (e *event) addOrganizer(ent, sent int) {
	for i, a := range e.attendees {
		if a.ent == ent {
			e.attendees = append(e.attendees[:i], e.attendees[i+1:]...)
			break
		}
	}
	for _, a := range e.organizer {
		if a.ent == ent {
			return
		}
	}
	e.organizer = append(e.organizer, evFact{ent, sent})
}

// peopleNouns are plural heads after a national adjective that make the
// nation a party: "Senior US and Russian officials".
var peopleNouns = map[string]bool{
	"officials": true, "diplomats": true, "negotiators": true, "delegations": true, "delegates": true,
	"leaders": true, "ministers": true, "envoys": true, "counterparts": true, "representatives": true,
}

// findEvents finds event mentions sentence by sentence, reads their
// participants, place and date, then merges mentions of one event.
func (x *extractor) findEvents() {
	for si := range x.sents {
		x.sentenceEvents(si)
	}
	x.mergeEvents()
}

// isTrigger reports whether token i of sentence si names an event, and of
// what group.
func (x *extractor) isTrigger(si, i int) (eventGroup, bool) {
	toks := x.sents[si].toks
	t := toks[i]
	lw := strings.ToLower(t.Text)
	if x.sents[si].owner[i] >= 0 {
		return "", false
	}
	if g, ok := eventNouns[lw]; ok && (strings.HasPrefix(t.Tag, "NN") || lw == "talks" || lw == "meeting") {
		// A capitalised event word inside a name: “Strategic Security
		// Dialogue” talks names the talks; "the Munich Security
		// Conference" is itself the event's name.
		if i > 0 && gazetteer.Capitalised(t.Text) {
			k := i + 1
			for k < len(toks) && isCloseQuote(toks[k]) {
				k++
			}
			if k < len(toks) {
				if _, ok := eventNouns[strings.ToLower(toks[k].Text)]; ok && k > i+1 {
					return "", false
				}
			}
		}
		prev := ""
		if i > 0 {
			prev = strings.ToLower(toks[i-1].Text)
		}
		switch {
		case g == groupCall && !callModifiers[prev] && !x.heldCall(si, i):
			return "", false
		case g == groupConference && (prev == "news" || prev == "press"):
			return "", false
		case lw == "convention" && !gazetteer.Capitalised(t.Text):
			return "", false // "ratified the convention": a treaty
		case lw == "talks" && t.Tag == "VBZ" && i > 0 && x.sents[si].owner[i-1] >= 0:
			return "", false // "Blair talks to..."
		case lw == "meeting" && t.Tag == "VBG":
			return groupTalks, true
		case lw == "visit" && prev == "to":
			return "", false
		}
		// "summit talks": the last trigger word is the head.
		if i+1 < len(toks) {
			if _, ok := eventNouns[strings.ToLower(toks[i+1].Text)]; ok && strings.HasPrefix(toks[i+1].Tag, "NN") {
				return "", false
			}
		}
		return g, true
	}
	if meetVerbs[lw] && strings.HasPrefix(t.Tag, "VB") {
		return groupTalks, true
	}
	if g, ok := eventVerbs[lw]; ok && strings.HasPrefix(t.Tag, "VB") {
		return g, true
	}
	// "Kohl received Nakasone": a person received is met
	if receiveVerbs[lw] && strings.HasPrefix(t.Tag, "VB") && i+1 < len(toks) && !negated(toks, i) {
		k := i + 1
		for k < len(toks) && k < i+6 {
			if dm := x.mentionAt(si, k); dm != nil && (dm.demonym || isPlace(dm.typ)) {
				k = dm.end // "received Soviet Foreign Minister ..."
				continue
			}
			if x.sents[si].owner[k] >= 0 || !(gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP") || isTitleHead(toks[k].Text) || titleModifiers[strings.ToLower(toks[k].Text)] || toks[k].Tag == "JJ") {
				break
			}
			k++
		}
		if m := x.mentionAt(si, k); m != nil && m.start == k && m.typ == Person && !m.nominal && (m.end >= len(toks) || toks[m.end].Tag != "POS") {
			return groupTalks, true
		}
	}
	// "he discussed the crisis with Houphouet-Boigny", "Howe and Shultz
	// discussed trade": talks (read by readDiscuss)
	if discussVerbs[lw] && strings.HasPrefix(t.Tag, "VB") && !(t.Tag == "VBN" && i > 0 && beVerbs[strings.ToLower(toks[i-1].Text)]) {
		return groupTalks, true
	}
	// "Biden spoke by phone with Putin"
	if speakVerbs[lw] && i+2 < len(toks) {
		w1, w2 := strings.ToLower(toks[i+1].Text), strings.ToLower(toks[i+2].Text)
		if w1 == "by" && (w2 == "phone" || w2 == "telephone") || (w1 == "with" || w1 == "to") && strings.Contains(strings.ToLower(x.span(si, i, min(len(toks), i+12))), "phone") {
			return groupCall, true
		}
	}
	// "Mugabe told President Jacob Zuma by telephone": a person told by
	// phone is one end of a call.
	if tellVerbs[lw] && strings.HasPrefix(t.Tag, "VB") {
		j := i + 1 // past a title: "told President Jacob Zuma"
		for j < len(toks) && j < i+4 && x.sents[si].owner[j] < 0 && (isTitleHead(toks[j].Text) || gazetteer.Capitalised(toks[j].Text)) {
			j++
		}
		if m := x.mentionAt(si, j); m != nil && m.typ == Person && m.start == j {
			k := m.end
			for k < len(toks) && k < m.end+2 && toks[k].Tag == "RB" {
				k++
			}
			if k+1 < len(toks) && strings.ToLower(toks[k].Text) == "by" {
				if w := strings.ToLower(toks[k+1].Text); w == "phone" || w == "telephone" {
					return groupCall, true
				}
			}
		}
	}
	return "", false
}

// heldCall reports whether "call" at token i of sentence si is a call held
// with someone: "held a call with", "had a call with".
func (x *extractor) heldCall(si, i int) bool {
	toks := x.sents[si].toks
	if i < 2 || i+1 >= len(toks) || strings.ToLower(toks[i+1].Text) != "with" {
		return false
	}
	a := strings.ToLower(toks[i-1].Text)
	if a != "a" && a != "an" {
		return false
	}
	switch strings.ToLower(toks[i-2].Text) {
	case "held", "had", "holds", "has", "hold", "have", "holding", "having":
		return true
	}
	return false
}

// sentenceEvents reads the event mentions of sentence si.
func (x *extractor) sentenceEvents(si int) {
	s := &x.sents[si]
	toks := s.toks
	var evs []*event
	for i := 0; i < len(toks); i++ {
		g, ok := x.isTrigger(si, i)
		if !ok {
			continue
		}
		ev := &event{group: g, dateSent: -1, entity: -1, word: strings.TrimSuffix(strings.ToLower(toks[i].Text), "s")}
		if i > 0 && strings.ToLower(toks[i-1].Text) == "summit" { // "summit meeting", "summit talks"
			ev.group, ev.word = groupSummit, "summit"
		}
		ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
		lw := strings.ToLower(toks[i].Text)
		_, ev2 := eventVerbs[lw]
		verb := strings.HasPrefix(toks[i].Tag, "VB") && (meetVerbs[lw] || receiveVerbs[lw] || ev2 || g == groupCall && !strings.HasPrefix(lw, "call"))
		// "Scholz spoke by phone with": "spoke" may be tagged a noun
		verb = verb || g == groupCall && (speakVerbs[lw] || tellVerbs[lw])
		if discussVerbs[lw] && strings.HasPrefix(toks[i].Tag, "VB") {
			ev.verb = true
			if !x.readDiscuss(si, i, ev) {
				continue
			}
		} else if verb {
			ev.verb = true
			x.readMeetVerb(si, i, ev)
			// "The general assembly of the corporation met in Abu Dhabi":
			// the event noun is the verb's subject.
			if n := len(evs); n > 0 && !ev.own && noVerbBetween(toks, evs[n-1].triggers[0].end, i) {
				evs[n-1].absorb(ev)
				continue
			}
		} else {
			x.readNounEvent(si, i, ev)
		}
		// "meet for talks": one event.
		if n := len(evs); n > 0 {
			p := evs[n-1]
			pt := p.triggers[0]
			if pt.sent == si && i-pt.end <= 2 && i > 0 && strings.ToLower(toks[i-1].Text) == "for" && p.group == g {
				p.absorb(ev)
				continue
			}
		}
		evs = append(evs, ev)
	}
	// Dates: the nearest date expression after the trigger before the next
	// trigger, else in front of it ("a June summit", "Sunday's dinner").
	for k, ev := range evs {
		tr := ev.triggers[0]
		next := len(toks)
		if k+1 < len(evs) {
			next = x.npStart(si, evs[k+1].triggers[0].start)
		}
		np := x.npStart(si, tr.start)
		for _, d := range s.dates {
			if d.Start >= tr.end && d.Start < next && x.clauseGap(si, tr.end, d.Start) <= 12 && onlyEventVerbs(toks, tr.end, d.Start) {
				ev.date, ev.dateSent = d.Value, si
				break
			}
		}
		if ev.date == "" {
			for _, d := range s.dates {
				if d.End <= tr.start && d.Start >= np {
					ev.date, ev.dateSent = d.Value, si
				}
			}
		}
	}
	// "Clark today held discussions", "Yesterday, he held talks": the one
	// event of a sentence takes its one date.
	if len(evs) == 1 && evs[0].date == "" && len(s.dates) == 1 {
		if d := s.dates[0]; d.End <= evs[0].triggers[0].start && (d.Start <= 1 || d.End == d.Start+1 && relativeDay(toks[d.Start].Text) && d.End < len(toks) && strings.HasPrefix(toks[d.End].Tag, "VB")) {
			evs[0].date, evs[0].dateSent = d.Value, si
		}
	}
	// "The meeting is part of X talks"; "talks at Labour's conference".
	for k := 1; k < len(evs); k++ {
		a, b := evs[k-1], evs[k]
		ta, tb := a.triggers[0], b.triggers[0]
		between := strings.ToLower(x.span(si, ta.end, tb.start))
		if strings.HasSuffix(strings.TrimSpace(strings.ToLower(x.span(si, ta.end, x.npStart(si, tb.start)))), "part of") && !strings.Contains(between, "as part of") {
			a.super, a.superSent = b, si
			continue
		}
		// "met Wang on the sidelines of the G20 meeting": held during it.
		if pre := strings.TrimSpace(strings.ToLower(x.span(si, ta.end, x.npStart(si, tb.start)))); tb.start-ta.end <= 24 && (strings.HasSuffix(pre, "sidelines of") || strings.HasSuffix(pre, "sideline of") || strings.HasSuffix(pre, "margins of") || strings.HasSuffix(pre, "margin of") || strings.HasSuffix(pre, "fringes of")) {
			a.super, a.superSent = b, si
			continue
		}
		w := ""
		if start := x.npStart(si, tb.start); start > 0 {
			w = strings.ToLower(toks[start-1].Text)
		}
		if (w == "at" || w == "during") && tb.start-ta.end <= 12 {
			if len(a.organizer) > 0 && !a.own || strings.Contains(between, " by ") {
				// "talks launched by A and B during a June summit": A and B
				// were at the summit.
				for _, o := range a.agents {
					b.addAttendee(o.ent, o.sent)
				}
				b.own = b.own || len(a.agents) > 0
			} else if b.group == groupConference || b.group == groupSummit {
				a.super, a.superSent = b, si
			}
		}
	}
	// "In Tokyo, he is due to meet bankers": a fronted place.
	if len(toks) > 2 && strings.ToLower(toks[0].Text) == "in" {
		if pm := x.mentionAt(si, 1); pm != nil && pm.ent >= 0 && isPlace(x.ents[pm.ent].typ) && pm.end < len(toks) && toks[pm.end].Text == "," {
			for _, ev := range evs {
				if ev.location == nil {
					ev.location = &evFact{pm.ent, si}
				}
			}
		}
	}
	x.events = append(x.events, evs...)
}

// absorb merges o into e.
func (e *event) absorb(o *event) {
	o = o.root()
	if o == e {
		return
	}
	for _, a := range o.organizer {
		e.addOrganizer(a.ent, a.sent)
	}
	for _, a := range o.attendees {
		e.addAttendee(a.ent, a.sent)
	}
	if e.location == nil {
		e.location = o.location
	}
	if e.date == "" {
		e.date, e.dateSent = o.date, o.dateSent
	}
	if e.name == "" {
		e.name = o.name
	}
	if e.super == nil {
		e.super, e.superSent = o.super, o.superSent
	}
	e.triggers = append(e.triggers, o.triggers...)
	e.hosts = append(e.hosts, o.hosts...)
	e.own = e.own || o.own
	o.merged = e
}

// npStart returns the first token of the noun phrase whose head is token
// head: determiners, possessives, adjectives, nouns, names, quotes and
// hyphenated words before it.
func (x *extractor) npStart(si, head int) int {
	toks := x.sents[si].toks
	i := head
	for i > 0 {
		t := toks[i-1]
		lw := strings.ToLower(t.Text)
		switch {
		case x.sents[si].owner[i-1] >= 0:
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "JJS" ||
			t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "CD" || t.Tag == "VBN" && lw != "launched":
		case t.Tag == "``" || t.Tag == "''" || lw == "\"" || lw == "-":
		case t.Tag == "HYPH" || strings.Contains(t.Text, "-"):
		default:
			return i
		}
		if _, ok := eventNouns[lw]; ok && i-1 != head && strings.HasPrefix(t.Tag, "NN") && lw != "summit" && !gazetteer.Capitalised(t.Text) {
			return i
		}
		// "told reporters the talks were": a determiner after a noun or
		// pronoun opens a phrase of its own.
		if t.Tag == "DT" && i >= 2 {
			if p := toks[i-2]; strings.HasPrefix(p.Tag, "NN") || p.Tag == "PRP" || x.sents[si].owner[i-2] >= 0 {
				return i - 1
			}
		}
		i--
	}
	return i
}

// readNounEvent reads the participants, place and name of the event named
// by the noun at token i.
func (x *extractor) readNounEvent(si, i int, ev *event) {
	s := &x.sents[si]
	toks := s.toks
	start := x.npStart(si, i)
	if start < len(toks) {
		switch strings.ToLower(toks[start].Text) {
		case "the", "that", "this", "those", "these", "his", "her", "their":
			// "his visit": the one told of, as "the visit"
			ev.definite = true
		case "a", "an", "another":
			ev.indef = true
		}
	}
	// "the German leader's four-day visit": a titled possessor is the
	// person last named
	if start > 1 && start < i {
		for k := start; k < i; k++ {
			if toks[k].Tag == "POS" && k > 0 && isTitleHead(toks[k-1].Text) && x.sents[si].owner[k-1] < 0 {
				e := x.antecedent(si, k, true)
				// "the German leader's": the person of that country
				for d := start; d < k; d++ {
					if dm := x.mentionAt(si, d); dm != nil && dm.demonym && dm.ent >= 0 {
						if p := x.personOf(si, k, x.ents[dm.ent].name); p >= 0 {
							e = p
						}
						break
					}
				}
				if e >= 0 {
					ev.addAttendee(e, si)
					ev.own = true
				}
				break
			}
		}
	}
	// "his talks with Kurihara": the possessor takes part
	if start < i && toks[start].Tag == "PRP$" {
		pw := strings.ToLower(toks[start].Text)
		if e := x.antecedent(si, start, pw == "his" || pw == "her"); e >= 0 && (pw == "his" || pw == "her" || pw == "its" || pw == "their") {
			ev.addAttendee(e, si)
			ev.own = true
		}
	}
	// Name: quoted or capitalised words before the trigger that no
	// recogniser took: “Strategic Security Dialogue” talks.
	ev.name = x.eventName(si, start, i)
	// Modifiers: "a Brussels summit", "NATO-Russia meeting", "Labour's conference".
	for k := start; k < i; k++ {
		if m := x.mentionAt(si, k); m != nil && m.ent >= 0 && m.start == k {
			k = m.end - 1
			x.modifier(si, m, ev, i)
			continue
		}
		if strings.Contains(toks[k].Text, "-") {
			for _, e := range x.hyphenParts(si, k) {
				ev.addAttendee(e, si)
				ev.own = true
			}
		}
	}
	// Complements: "with X and Y", "between X and Y", "of X", "in PLACE",
	// "launched by X and Y".
	j := i + 1
	// "Discussions have begun with Indonesia": the event's own verbs
	for j < len(toks) && j <= i+3 && (toks[j].Tag == "RB" || toks[j].Tag == "JJ" || eventPredicates[strings.ToLower(toks[j].Text)] || strings.ToLower(toks[j].Text) == "begun" || strings.ToLower(toks[j].Text) == "continuing") {
		j++
	}
	for steps := 0; j < len(toks) && steps < 5; steps++ {
		w := strings.ToLower(toks[j].Text)
		if d := dateAt(s.dates, j); d != nil {
			j = d.End
			continue
		}
		switch {
		case w == "with" || w == "between" || w == "among" || w == "of" && j == i+1 && ev.group != groupVisit && ev.group != groupCall:
			ents, end := x.nameList(si, j+1, w == "of")
			for _, e := range ents {
				ev.addAttendee(x.party(e), si)
				ev.own = true
			}
			if len(ents) == 0 {
				end = x.skipNP(si, j+1)
			}
			// "a Brazilian delegation led by Dilson Funaro"
			if led, e2 := x.ledBy(si, end); len(led) > 0 {
				for _, e := range led {
					ev.addAttendee(e, si)
				}
				ev.own = true
				end = e2
			}
			j = end
		case w == "in" || w == "at" || w == "to" && ev.group == groupVisit:
			k := j + 1
			if k < len(toks) && strings.ToLower(toks[k].Text) == "the" {
				k++
			}
			if pm := x.mentionAt(si, k); pm != nil && pm.ent >= 0 && isPlace(x.ents[pm.ent].typ) && !pm.demonym {
				// "a trip to the United States, France and Italy": no one place
				multi := pm.end+1 < len(toks) && (toks[pm.end].Text == "," || isConj(toks[pm.end].Text)) && x.mentionAt(si, pm.end+1) != nil && isPlace(x.mentionAt(si, pm.end+1).typ)
				if ev.location == nil && !multi {
					ev.location = &evFact{pm.ent, si}
				}
				j = pm.end
			} else {
				j = x.skipNP(si, j+1)
			}
		case (w == "which" || w == "that") && j+1 < len(toks) && strings.HasPrefix(toks[j+1].Tag, "VB"):
			// "talks which ended in Washington", "talks that were held in Geneva"
			j += 2
			for j < len(toks) && (strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "RB") {
				j++
			}
		case w == "on" || w == "over" || w == "about" || w == "for" && ev.group != groupVisit:
			// "talks on Russia's membership of the WTO": the applicant and
			// the body are the parties
			x.membership(si, j+1, ev)
			j = x.skipNP(si, j+1)
		case w == "under" && j+4 < len(toks) && strings.HasPrefix(strings.ToLower(toks[j+2].Text), "chairman") && strings.ToLower(toks[j+3].Text) == "of":
			// "under the chairmanship of Bahrain's minister, Ibrahim Abdul-Karim"
			for k := j + 4; k < len(toks) && k < j+16; k++ {
				if pm := x.mentionAt(si, k); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
					ev.addOrganizer(pm.ent, si)
					ev.hosts = append(ev.hosts, evFact{pm.ent, si})
					ev.own = true
					break
				}
			}
			steps = 99
		case organizerPassives[w] && j+1 < len(toks) && strings.ToLower(toks[j+1].Text) == "by":
			ents, end := x.nameList(si, j+2, false)
			for _, e := range ents {
				ev.addOrganizer(e, si)
				ev.agents = append(ev.agents, evFact{e, si})
			}
			j = end
		default:
			steps = 99
		}
	}
	// The subject of the verb that governs the phrase: "Mr Prescott held a
	// private meeting", "it will start accession talks", "X arrived for talks".
	x.governor(si, start, i, ev)
}

// eventName returns the quoted or capitalised name in tokens [start, head).
func (x *extractor) eventName(si, start, head int) string {
	toks := x.sents[si].toks
	// Capitalised: "the Munich Security Conference".
	if head > 0 && gazetteer.Capitalised(toks[head].Text) {
		k := head
		for k > start && gazetteer.Capitalised(toks[k-1].Text) && strings.HasPrefix(toks[k-1].Tag, "NNP") {
			k--
		}
		if k < head {
			return x.span(si, k, head+1)
		}
	}
	// Quoted: “Strategic Security Dialogue” talks.
	if head-1 > start && (toks[head-1].Tag == "''" || toks[head-1].Text == "\"") {
		k := head - 2
		for k >= start && !(toks[k].Tag == "``" || toks[k].Text == "\"") {
			if !gazetteer.Capitalised(toks[k].Text) && toks[k].Tag != "IN" && toks[k].Tag != "CC" {
				return ""
			}
			k--
		}
		if k >= start && k+1 < head-1 {
			return x.span(si, k+1, head-1)
		}
		return ""
	}
	return ""
}

// modifier reads a name in front of an event noun.
func (x *extractor) modifier(si int, m *mention, ev *event, head int) {
	toks := x.sents[si].toks
	e := x.ents[m.ent]
	possessive := m.end < len(toks) && toks[m.end].Tag == "POS"
	switch {
	case m.nominal:
	case possessive && (ev.group == groupConference || ev.group == groupSummit) && e.typ == Organization:
		ev.addOrganizer(m.ent, si)
		ev.own = true
		if ev.name == "" {
			ev.name = x.span(si, m.start, head+1)
		}
	case possessive && (e.typ == Person || e.typ == Organization || e.typ == Country):
		ev.addAttendee(m.ent, si)
		ev.own = true
	case (e.typ == City || e.typ == Place) && !m.demonym:
		if ev.location == nil {
			ev.location = &evFact{m.ent, si}
		}
	case e.typ == Country && !m.demonym && (ev.group == groupSummit || ev.group == groupConference) && m.end == head:
		// "the Hong Kong summit": where it is held
		if ev.location == nil {
			ev.location = &evFact{m.ent, si}
		}
	case e.typ == Organization || e.typ == Country && !m.demonym:
		ev.addAttendee(m.ent, si)
		ev.own = true
	case e.typ == Person && m.end == head && !m.nominal:
		// "the Armacost discussions"
		ev.addAttendee(m.ent, si)
		ev.own = true
	}
}

// hyphenParts returns the entities named by the parts of a hyphenated
// word ("NATO-Russia", "Turkey-EU", "U.S.-Soviet") when every part names one.
func (x *extractor) hyphenParts(si, k int) []int {
	t := x.sents[si].toks[k]
	parts := strings.Split(t.Text, "-")
	if len(parts) < 2 {
		return nil
	}
	var out []int
	off := t.Start
	for _, p := range parts {
		e := x.entityByName(p)
		if e < 0 {
			return nil
		}
		out = append(out, e)
		x.partMention(si, k, off, off+len(p), e)
		off += len(p) + 1
	}
	return out
}

// entityByName finds (or creates, for gazetteer names) the entity a word
// names.
func (x *extractor) entityByName(p string) int {
	key := ""
	typ := Other
	name := p
	if c, ok := gazetteer.Country(p); ok {
		key, typ, name = "P:"+c, Country, c
	} else if c, ok := gazetteer.Demonym(p); ok {
		key, typ, name = "P:"+c, Country, c
	} else if o, ok := gazetteer.Org(p); ok {
		key, typ, name = "O:"+o.Name, Organization, o.Name
	} else if pl, ok := gazetteer.Place(p); ok && gazetteer.Capitalised(p) {
		key, typ, name = "P:"+pl.Name, Place, pl.Name
		if pl.Class == gazetteer.ClassCity {
			typ = City
		}
	}
	// the gazetteer's entity first: an untyped "U.S." found elsewhere is
	// not the country
	if key != "" {
		for i, e := range x.ents {
			if e.key == key {
				return i
			}
		}
	}
	for i, e := range x.ents {
		if e.typ == Event || e.typ == Person || key != "" && e.typ == Other {
			continue
		}
		if e.name == p {
			return i
		}
		for _, a := range e.aliases {
			if a == p {
				return i
			}
		}
	}
	if key == "" {
		return -1
	}
	x.ents = append(x.ents, &entity{typ: typ, name: name, key: key})
	if name != p {
		x.ents[len(x.ents)-1].aliases = []string{p}
	}
	return len(x.ents) - 1
}

// partMention records bytes [b0, b1) inside token k as a mention of e.
func (x *extractor) partMention(si, k, b0, b1, e int) {
	idx := len(x.mentions)
	x.mentions = append(x.mentions, mention{sent: si, start: k, end: k + 1, typ: x.ents[e].typ,
		text: x.text[b0:b1], name: x.text[b0:b1], ent: e, bstart: b0, bend: b1})
	x.ents[e].mentions = append(x.ents[e].mentions, idx)
	if a := x.text[b0:b1]; a != x.ents[e].name && !slices.Contains(x.ents[e].aliases, a) {
		x.ents[e].aliases = append(x.ents[e].aliases, a)
	}
}

// nameList reads a list of names from token j: "Wendy Sherman, the US
// deputy secretary of state, and her team", "the World Bank and IMF",
// "Deputy Prime Minister John Prescott". It returns the entities and the
// token after the list.
func (x *extractor) nameList(si, j int, ofPhrase bool) ([]int, int) {
	s := &x.sents[si]
	toks := s.toks
	var out []int
	commaOnly := false
	for j < len(toks) {
		// skip determiners, adjectives and titles before a name
		k := j
		for k < len(toks) && s.owner[k] < 0 && k-j < 6 {
			t := toks[k]
			lw := strings.ToLower(t.Text)
			if lw == "the" || lw == "a" || lw == "an" || lw == "his" || lw == "her" || lw == "its" || lw == "their" || lw == "both" || lw == "either" || t.Tag == "JJ" || isTitleHead(t.Text) || titleModifiers[lw] || isHonorific(lw) || gazetteer.Capitalised(t.Text) && strings.HasPrefix(t.Tag, "NNP") ||
				(lw == "of" || lw == "for") && k > j && isTitleHead(toks[k-1].Text) && k+1 < len(toks) && (gazetteer.Capitalised(toks[k+1].Text) ||
					strings.ToLower(toks[k+1].Text) == "the" && k+2 < len(toks) && gazetteer.Capitalised(toks[k+2].Text)) {
				k++
				continue
			}
			break
		}
		m := x.mentionAt(si, k)
		if m == nil || m.ent < 0 {
			// "creditor banks and the IMF": a nameless conjunct
			n := k
			for n < len(toks) && n < k+4 && s.owner[n] < 0 && (toks[n].Tag == "NN" || toks[n].Tag == "NNS" || toks[n].Tag == "JJ") {
				n++
			}
			if n > k && n+1 < len(toks) && (isConj(toks[n].Text) || toks[n].Text == ",") && len(out) < 6 {
				j = n + 1
				continue
			}
			// "finance ministers of the G8": the body they speak for
			if n > 0 && n+1 < len(toks) && strings.ToLower(toks[n].Text) == "of" && (peopleNouns[strings.ToLower(toks[n-1].Text)] || peopleLike(strings.ToLower(toks[n-1].Text)) || isTitleHead(toks[n-1].Text)) {
				q := n + 1
				if strings.ToLower(toks[q].Text) == "the" {
					q++
				}
				if pm := x.mentionAt(si, q); pm != nil && pm.start == q && pm.ent >= 0 && !pm.demonym {
					if t := x.ents[pm.ent].typ; t == Organization || t == Country {
						out = append(out, pm.ent)
						j = pm.end
						if j < len(toks) && (isConj(toks[j].Text) || toks[j].Text == ",") {
							j++
							continue
						}
					}
				}
			}
			break
		}
		// "Governor of the Bank of England Robin Leigh-Pemberton": the body
		// a title serves is no participant; the person after it is.
		if m.typ == Organization && m.end < len(toks) {
			if pm := x.mentionAt(si, m.end); pm != nil && pm.start == m.end && pm.typ == Person && titleOfBodyHead(toks, m.start) >= 0 {
				j = m.end
				continue
			}
		}
		// "Italian Prime Minister Silvio Berlusconi", "World Bank president
		// Barber Conable": a name that opens a title is part of it.
		if m.end < len(toks) && (isTitleHead(toks[m.end].Text) || titleModifiers[strings.ToLower(toks[m.end].Text)] || x.titledName(si, m.end)) && k-j < 6 {
			j = m.end
			for j < len(toks) && s.owner[j] < 0 && j-m.end < 6 && (isTitleHead(toks[j].Text) || titleModifiers[strings.ToLower(toks[j].Text)] || gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") || toks[j].Tag == "NN") {
				j++
			}
			if pm := x.mentionAt(si, j); pm != nil && pm.typ == Person {
				continue
			}
			break
		}
		e := x.ents[m.ent]
		// "French carmaker PSA", "Japanese Defence Minister Yuko Kurihara",
		// "UK bank Barclays": a national word and a description before the name
		if m.demonym || isPlace(e.typ) && m.end < len(toks) && toks[m.end].Tag == "NN" && !gazetteer.Capitalised(toks[m.end].Text) {
			n := m.end
			for n < len(toks) && n < m.end+4 && s.owner[n] < 0 && (toks[n].Tag == "NN" || strings.HasPrefix(toks[n].Tag, "NNP") && gazetteer.Capitalised(toks[n].Text)) && !peopleNouns[strings.ToLower(toks[n].Text)] {
				n++
			}
			if n > m.end {
				if pm := x.mentionAt(si, n); pm != nil && pm.start == n && !pm.demonym && pm.ent >= 0 {
					j = n
					continue
				}
			}
		}
		if m.demonym || e.typ == Event || e.typ == Other {
			// "with the principal West German cabinet members"
			if m.demonym && m.end < len(toks) && peopleNoun(toks, m.end) {
				out = append(out, m.ent)
				j = m.end
				for j < len(toks) && j < m.end+4 && (toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "JJ") {
					j++
				}
			}
			break
		}
		// "with U.S. officials": the country they stand for
		if (e.typ == Country || e.typ == Organization) && m.end < len(toks) && toks[m.end].Tag != "POS" && peopleNoun(toks, m.end) && !ofPhrase {
			out = append(out, m.ent)
			j = m.end
			for j < len(toks) && j < m.end+4 && (toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "JJ") {
				j++
			}
			break
		}
		// A name followed by a common noun is a modifier ("the US diplomatic mission").
		// "met Funaro today": a date is no noun it modifies.
		if m.end < len(toks) && (toks[m.end].Tag == "NN" || toks[m.end].Tag == "NNS") && !ofPhrase && dateAt(s.dates, m.end) == nil && !relativeDay(toks[m.end].Text) {
			break
		}
		// "with President Reagan, Chief Cabinet Secretary Masaharu Gotoda
		// told reporters": after a bare comma, a name before a verb opens
		// a clause of its own.
		if commaOnly && m.end < len(toks) && (toks[m.end].Tag == "VBD" || toks[m.end].Tag == "VBZ" || toks[m.end].Tag == "VBP" || toks[m.end].Tag == "MD") {
			break
		}
		out = append(out, m.ent)
		j = m.end
		if j < len(toks) && toks[j].Text == "(" { // "(IMF)"
			for j < len(toks) && toks[j].Text != ")" {
				j++
			}
			j++
		}
		// apposition ", the US deputy secretary of state,"
		if j+1 < len(toks) && toks[j].Text == "," && x.mentionAt(si, j+1) == nil {
			k := j + 1
			for k < len(toks) && toks[k].Text != "," && k-j < 12 && !isConj(toks[k].Text) {
				k++
			}
			if k < len(toks) && toks[k].Text == "," {
				j = k
			}
		}
		if j < len(toks) && (isConj(toks[j].Text) || toks[j].Text == ",") {
			commaOnly = toks[j].Text == ","
			j++
			if j < len(toks) && isConj(toks[j].Text) {
				commaOnly = false
				j++
			}
			continue
		}
		break
	}
	return out, j
}

func isConj(w string) bool { return w == "and" || w == "&" || w == "or" }

func peopleNoun(toks []nlpToken, k int) bool {
	for limit := k + 4; k < len(toks) && k < limit; k++ {
		lw := strings.ToLower(toks[k].Text)
		if peopleNouns[lw] || lw == "members" || lw == "government" || lw == "delegation" || lw == "team" || lw == "mission" {
			return true
		}
		if toks[k].Tag != "NN" && toks[k].Tag != "JJ" && toks[k].Tag != "NNS" {
			return false
		}
	}
	return false
}

// skipNP returns the token after the noun phrase starting at j.
func (x *extractor) skipNP(si, j int) int {
	toks := x.sents[si].toks
	for j < len(toks) {
		t := toks[j]
		if x.sents[si].owner[j] >= 0 || t.Tag == "DT" || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "POS" {
			if _, ok := eventNouns[strings.ToLower(t.Text)]; ok && strings.HasPrefix(t.Tag, "NN") {
				return j
			}
			j++
			continue
		}
		break
	}
	return j
}

// governor finds the verb that governs the event phrase starting at token
// start and reads its subject (attendees or, for host verbs, organisers)
// and, for "invite", its object.
func (x *extractor) governor(si, start, head int, ev *event) {
	s := &x.sents[si]
	toks := s.toks
	// "said Herve Gaymard, after a meeting with Hans Eichel", "Goria told
	// reporters after meeting Funaro": who speaks after a meeting was in it.
	if start > 1 {
		if p := strings.ToLower(toks[start-1].Text); (p == "after" || p == "following") && ev.group != groupConference && ev.group != groupSummit && !possessed(toks, start, head) {
			if e := x.speakerBefore(si, start-1); e >= 0 {
				ev.addAttendee(e, si)
				ev.own = true
				return
			}
		}
	}
	// "Thatcher will hold talks during a visit to Moscow", "Howard left
	// Tokyo at the end of a four-day visit": the clause's subject visits.
	if ev.group == groupVisit && start > 1 && !possessed(toks, start, head) {
		p := strings.ToLower(toks[start-1].Text)
		pp := strings.ToLower(toks[start-2].Text)
		if p == "during" || p == "on" && start > 0 || p == "of" && (pp == "end" || pp == "course" || pp == "start" || pp == "part") {
			for k := start - 2; k >= 0 && k >= start-20; k-- {
				t := toks[k]
				if t.Tag == ":" || t.Tag == "``" || t.Tag == "''" || strings.ToLower(t.Text) == "that" {
					break
				}
				if (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") && x.sents[si].owner[k] < 0 {
					for _, e := range x.subjectBefore(si, k) {
						if x.ents[e].typ == Person {
							ev.addAttendee(e, si)
							ev.own = true
						}
					}
					// "before leaving Tokyo at the end of a visit": where
					for n := k + 1; n < start && ev.own && ev.location == nil; n++ {
						w := strings.ToLower(toks[n].Text)
						if w != "leaving" && w != "left" && w != "in" && w != "to" {
							continue
						}
						if pm := x.mentionAt(si, n+1); pm != nil && pm.ent >= 0 && !pm.demonym && isPlace(x.ents[pm.ent].typ) {
							ev.location = &evFact{pm.ent, si}
						}
					}
					break
				}
			}
			if ev.own {
				return
			}
		}
	}
	// Find the verb: left of the phrase, past "for", "to", "in", adverbs.
	v := -1
	for k := start - 1; k >= 0 && k >= start-12; k-- {
		t := toks[k]
		lw := strings.ToLower(t.Text)
		if t.Tag == "," || lw == "that" || lw == "which" || lw == "who" || t.Tag == ":" || t.Tag == "``" || t.Tag == "''" {
			break
		}
		// "the growing crisis": a participle after a determiner or
		// adjective is an adjective
		if (t.Tag == "VBG" || t.Tag == "VBN") && k > 0 && (toks[k-1].Tag == "DT" || toks[k-1].Tag == "PRP$" || toks[k-1].Tag == "JJ") && k+1 < start {
			continue
		}
		if strings.HasPrefix(t.Tag, "VB") && lw != "launched" {
			v = k
			break
		}
	}
	if v < 0 {
		x.frontedSubject(si, head, ev)
		return
	}
	vw := strings.ToLower(toks[v].Text)
	// "Wallis made the remark in talks with Saito": who speaks in talks
	// takes part in them.
	if p := strings.ToLower(toks[start-1].Text); (p == "in" || p == "during") && (ev.group == groupTalks || ev.group == groupCall) && (toks[v].Tag != "VBG" || v > 0) && !speechVerbs[vw] && !beVerbs[vw] && !negated(toks, v) && !possessed(toks, start, head) {
		for _, e := range x.subjectBefore(si, v) {
			if t := x.ents[e].typ; t == Person || t == Organization || t == Country {
				ev.addAttendee(e, si)
				ev.own = true
			}
		}
		return
	}
	host := hostVerbs[vw]

	// "go to Moscow for talks"
	if motionVerbs[vw] && ev.location == nil {
		for k := v + 1; k < start-1; k++ {
			if w := strings.ToLower(toks[k].Text); w == "to" || w == "in" || w == "for" && k+1 < len(toks) && x.mentionAt(si, k+1) != nil || w == "for" && k+2 < len(toks) && strings.ToLower(toks[k+1].Text) == "the" {
				if strings.ToLower(toks[k+1].Text) == "the" {
					k++
				}
				if pm := x.mentionAt(si, k+1); pm != nil && pm.ent >= 0 && isPlace(x.ents[pm.ent].typ) && !pm.demonym {
					ev.location = &evFact{pm.ent, si}
				}
				break
			}
		}
	}
	// "Leaving a Brussels summit Mr Blair said": a sentence-initial participle.
	if v == 0 && toks[v].Tag == "VBG" {
		x.frontedSubject(si, head, ev)
		return
	}
	if !host && !participationVerbs[vw] || negated(toks, v) {
		return // "had to accept negotiations", "are not attending": no part in them
	}
	// The phrase must be the verb's object ("held a meeting", "invited the
	// Commission for talks"), or follow a verb of motion ("arrived ... for
	// talks"): not "open the way for summit talks".
	if motionVerbs[vw] {
		if p := strings.ToLower(toks[start-1].Text); p != "for" && p != "to" && p != "at" {
			return
		}
	} else if beVerbs[vw] && toks[start-1].Text == "in" && onlyAdverbs(toks, v+1, start-1) {
		// "Mitsubishi is in talks with PSA"
	} else if !host {
		for k := v + 1; k < start; k++ {
			if t := toks[k].Tag; t != "RB" && t != "RP" && t != "TO" {
				return
			}
		}
	}
	subj := x.subjectBefore(si, v)
	for _, e := range subj {
		if host {
			ev.addOrganizer(e, si)
			ev.hosts = append(ev.hosts, evFact{e, si})
		} else {
			ev.addAttendee(e, si)
		}
		ev.own = true
	}
	if host {
		// "invited the Commission for talks", "hosted Putin for dinner"
		for k := start - 1; k > v; k-- {
			if m := x.mentionAt(si, k); m != nil && m.ent >= 0 && !m.demonym {
				if t := x.ents[m.ent].typ; t == Person || t == Organization || t == Country {
					ev.addAttendee(m.ent, si)
					ev.own = true
					break
				}
			}
		}
	}
}

// subjectBefore returns the subject names of the verb at token v: the
// nearest names before it, with their coordinated partners ("US, Russia
// meet"), skipping names inside prepositional phrases and titles; a
// pronoun resolves to the last person or body named.
func (x *extractor) subjectBefore(si, v int) (out []int) {
	s := &x.sents[si]
	toks := s.toks
	var led []int // "the mission, headed by X,": X
	defer func() {
		for _, e := range led {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}()
	// "Funaro will extend his tour, flying to Japan": a participle after a
	// comma takes the subject of the sentence.
	if toks[v].Tag == "VBG" && v > 0 && toks[v-1].Text == "," {
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.start >= v {
				break
			}
			if m.ent < 0 || m.demonym || m.nominal || m.start > 0 && (toks[m.start-1].Tag == "IN" || toks[m.start-1].Tag == "TO") {
				continue
			}
			if t := x.ents[m.ent].typ; t == Person || t == Organization || t == Country {
				if m.end < len(toks) && (toks[m.end].Tag == "POS" || isTitleHead(toks[m.end].Text)) {
					continue
				}
				return []int{m.ent}
			}
		}
		return nil
	}
	// auxiliaries and adverbs
	k := v - 1
	for k >= 0 && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" || toks[k].Tag == "RB" || toks[k].Tag == "TO" || dueWords[strings.ToLower(toks[k].Text)]) {
		k--
	}
	// "The minister met Shevardnadze": a described subject is the person
	// last named with that title, or else the last named with none.
	if k >= 1 && isTitleHead(toks[k].Text) && !gazetteer.Capitalised(toks[k].Text) && x.sents[si].owner[k] < 0 {
		p := k - 1
		for p >= 0 && (toks[p].Tag == "JJ" || titleModifiers[strings.ToLower(toks[p].Text)] || toks[p].Tag == "NN" && !gazetteer.Capitalised(toks[p].Text)) && x.sents[si].owner[p] < 0 {
			p--
		}
		if p >= 0 && strings.ToLower(toks[p].Text) == "the" && (p == 0 || toks[p-1].Text == ",") {
			if e := x.titleAntecedent(si, p, strings.ToLower(toks[k].Text)); e >= 0 {
				return []int{e}
			}
			return nil
		}
	}
	// "Nakasone will make a visit to the US and hold talks": a verb
	// after "and" shares the subject of the verb before it.
	if k > 0 && toks[k].Tag == "CC" && strings.ToLower(toks[k].Text) == "and" && !strings.HasPrefix(toks[k+1].Tag, "NN") {
		for p := k - 1; p >= 0 && p >= k-20; p-- {
			t := toks[p]
			if t.Text == "," || t.Tag == ":" || t.Tag == "``" || t.Tag == "''" || strings.ToLower(t.Text) == "that" {
				break
			}
			if x.sents[si].owner[p] >= 0 {
				if m := x.mentionAt(si, p); m != nil && m.start == p && (m.end >= len(toks) || strings.HasPrefix(toks[m.end].Tag, "VB") || toks[m.end].Tag == "MD") {
					break // "Reagan and Gorbachev met": coordinated subjects
				}
				continue
			}
			if (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VB" && p > 0 && (toks[p-1].Tag == "MD" || toks[p-1].Tag == "TO")) && !(p > 0 && (toks[p-1].Tag == "DT" || toks[p-1].Tag == "JJ")) {
				return x.subjectBefore(si, p)
			}
		}
	}
	for ; k >= 0 && k >= v-14; k-- {
		t := toks[k]
		lw := strings.ToLower(t.Text)
		if t.Tag == ":" || lw == "that" || lw == "which" || lw == ";" || lw == "said" || t.Tag == "``" || t.Tag == "''" {
			return nil
		}
		// skip ", who is accompanied by X," and ", headed by X, head of
		// Y," back to the subject; who heads it takes part
		if t.Text == "," {
			p := k - 1
			for p >= 0 && toks[p].Text != "," {
				p--
			}
			if p >= 0 && p+1 < k {
				w := strings.ToLower(toks[p+1].Text)
				if w == "who" || w == "which" || w == "whose" || partyTag(toks[p+1:k]) {
					k = p // ", D-N.Y.,": a party and state after a name
					continue
				}
				if (w == "headed" || w == "led") && p+3 < len(toks) && strings.ToLower(toks[p+2].Text) == "by" {
					for q := p + 3; q < k; q++ {
						if pm := x.mentionAt(si, q); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
							led = append(led, pm.ent)
							break
						}
					}
					k = p
					continue
				}
				if (w == "headed" || w == "led" || isTitleHead(toks[p+1].Text) || toks[p+1].Tag == "DT") && p+1 < k {
					for q := p - 1; q >= 0; q-- {
						if toks[q].Text == "," {
							break
						}
						if w2 := strings.ToLower(toks[q].Text); (w2 == "headed" || w2 == "led") && q+2 < len(toks) && strings.ToLower(toks[q+1].Text) == "by" {
							for r := q + 2; r < p; r++ {
								if pm := x.mentionAt(si, r); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
									led = append(led, pm.ent)
									break
								}
							}
						}
					}
					k = p
					continue
				}

			}
		}
		if personPronouns[lw] && t.Tag == "PRP" {
			if e := x.antecedent(si, k, true); e >= 0 {
				return []int{e}
			}
			return nil
		}
		if thingPronouns[lw] && t.Tag == "PRP" {
			if e := x.antecedent(si, k, false); e >= 0 {
				return []int{e}
			}
			return nil
		}
		m := x.mentionAt(si, k)
		if m == nil || m.ent < 0 {
			if strings.HasPrefix(t.Tag, "VB") {
				return nil
			}
			continue
		}
		e := x.ents[m.ent]
		if e.typ == Event || e.typ == Other {
			return nil
		}
		if m.demonym {
			if !peopleNoun(toks, m.end) {
				k = m.start
				continue
			}
		} else if m.end < len(toks) && isTitleHead(toks[m.end].Text) && m.end < v && !personAfter(x, si, m.end, v) {
			// "State Department spokesman ..." is a title: keep looking for the name.
			k = m.start
			continue
		} else if m.end < len(toks) && toks[m.end].Tag == "POS" {
			// "the WTO's 148 current members gather": the body speaks
			if !possessedPeople(toks, m.end+1, v) {
				k = m.start
				continue
			}
		}
		// inside a prepositional phrase? "ministers of the GCC" still speaks
		// for the body.
		if p := m.start - 1; p > 0 && (toks[p].Tag == "IN" || toks[p].Tag == "TO" || toks[p].Tag == "DT" && p > 1 && (toks[p-1].Tag == "IN" || toks[p-1].Tag == "TO")) && strings.ToLower(toks[p].Text) != "and" {
			if toks[p].Tag == "DT" {
				p--
			}
			if !(strings.ToLower(toks[p].Text) == "of" && p > 0 && (peopleNouns[strings.ToLower(toks[p-1].Text)] || toks[p-1].Tag == "NNS" && isTitleHead(strings.TrimSuffix(toks[p-1].Text, "s")))) {
				k = m.start
				continue
			}
		}
		out := []int{m.ent}
		// coordinated partners to the left: "US, Russia", "Senior US and
		// Russian", "Sir Geoffrey Howe and U.S. Secretary of State George
		// Shultz" (titles between)
		j := x.titleLeft(si, m.start, e.typ) - 1
		for j >= 1 && (isConj(toks[j].Text) || toks[j].Text == ",") {
			pe := j - 1
			// "Chuck Schumer, D-N.Y., and ...": past the party tag
			if pe > 1 && toks[pe].Text == "," {
				q := pe - 1
				for q > 0 && toks[q].Text != "," {
					q--
				}
				if q > 0 && q < pe-1 && partyTag(toks[q+1:pe]) {
					pe = q - 1
				}
			}
			pm := x.mentionAt(si, pe)
			if pm == nil || pm.ent < 0 || x.ents[pm.ent].typ != e.typ && !(isPlace(e.typ) && isPlace(x.ents[pm.ent].typ)) {
				break
			}
			out = append(out, pm.ent)
			j = x.titleLeft(si, pm.start, x.ents[pm.ent].typ) - 1
		}
		return out
	}
	return nil
}

// personAfter reports whether a person is named in tokens [i, j).
func personAfter(x *extractor, si, i, j int) bool {
	for k := i; k < j; k++ {
		if m := x.mentionAt(si, k); m != nil && m.typ == Person {
			return true
		}
	}
	return false
}

// frontedSubject reads the subject after a fronted phrase: "Leaving a
// Brussels summit Mr Blair said", "After talks with Suharto, he said".
func (x *extractor) frontedSubject(si, head int, ev *event) {
	toks := x.sents[si].toks
	if len(toks) == 0 {
		return
	}
	first := strings.ToLower(toks[0].Text)
	if !(toks[0].Tag == "VBG" || first == "after" || first == "following" || first == "during" || first == "before" || first == "at" || first == "in" || first == "on") {
		return
	}
	for k := head + 1; k < len(toks) && k < head+14; k++ {
		t := toks[k]
		lw := strings.ToLower(t.Text)
		if personPronouns[lw] && t.Tag == "PRP" && k > 0 && (toks[k-1].Text == "," || k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") && k-head <= 3) {
			if e := x.antecedent(si, 0, true); e >= 0 {
				ev.addAttendee(e, si)
				ev.own = true
			}
			return
		}
		if m := x.mentionAt(si, k); m != nil && m.ent >= 0 && m.typ == Person {
			// the subject is followed by a verb
			e := m.end
			for e < len(toks) && e < m.end+2 && toks[e].Tag == "RB" {
				e++ // "Gros also said"
			}
			if e < len(toks) && (strings.HasPrefix(toks[e].Tag, "VB") || toks[e].Tag == "MD" || toks[m.end].Text == "," && toks[k-1].Text == ",") && (toks[k-1].Text == "," || !inPhrase(toks, k)) {
				ev.addAttendee(m.ent, si)
				ev.own = true
				return
			}
			k = m.end - 1
		}
	}
}

func inPhrase(toks []nlpToken, k int) bool {
	return k > 0 && (toks[k-1].Tag == "IN" || toks[k-1].Tag == "TO")
}

// antecedent resolves a pronoun at token k of sentence si: he/she to the
// last person named, it to the last organisation or country named.
func (x *extractor) antecedent(si, k int, person bool) int {
	for s := si; s >= 0 && s >= si-3; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= k || m.ent < 0 || m.demonym || m.nominal {
				continue
			}
			t := x.ents[m.ent].typ
			if person && t == Person {
				if s == si {
					// "Funaro, who he met": not the relative's own head
					if m.end+1 < k && x.sents[si].toks[m.end].Text == "," && (strings.ToLower(x.sents[si].toks[m.end+1].Text) == "who" || strings.ToLower(x.sents[si].toks[m.end+1].Text) == "whom") {
						continue
					}
					return m.ent
				}
				// the first person of the sentence: its subject, as a rule
				for _, k2 := range ms[:n] {
					if m2 := &x.mentions[k2]; m2.ent >= 0 && x.ents[m2.ent].typ == Person {
						return m2.ent
					}
				}
				return m.ent
			}
			if !person && (t == Organization || t == Country) {
				// prefer a body that is a subject (a verb follows it: "Absa
				// has said it"), else the first body of the sentence
				toks := x.sents[s].toks
				for n2 := n; n2 >= 0; n2-- {
					m2 := &x.mentions[ms[n2]]
					if m2.ent >= 0 && !m2.demonym && !m2.nominal && (x.ents[m2.ent].typ == Organization || x.ents[m2.ent].typ == Country) && (s != si || m2.start < k) &&
						m2.end < len(toks) && (strings.HasPrefix(toks[m2.end].Tag, "VB") || toks[m2.end].Tag == "MD") {
						return m2.ent
					}
				}
				best := m.ent
				for _, k2 := range ms[:n] {
					m2 := &x.mentions[k2]
					if m2.ent >= 0 && !m2.demonym && (x.ents[m2.ent].typ == Organization || x.ents[m2.ent].typ == Country) && (s != si || m2.start < k) {
						best = m2.ent
						break
					}
				}
				return best
			}
		}
	}
	return -1
}

// readMeetVerb reads "X met Y", "X and Y met", "unions meeting Mr Prescott".
func (x *extractor) readMeetVerb(si, i int, ev *event) {
	toks := x.sents[si].toks
	if toks[i].Tag == "VBG" && i > 0 && toks[i-1].Tag == "DT" {
		return // "a meeting" tagged as a verb: read as a noun by the caller
	}
	// "met the legal requirements", "meet the bank's demand": meet as in
	// satisfy, no meeting.
	if meetVerbs[strings.ToLower(toks[i].Text)] && !satisfiesPeople(x, si, i+1) {
		return
	}
	// "are not attending", "did not meet": no meeting; "could be met": a
	// target reached.
	if negated(toks, i) || i > 0 && toks[i].Tag == "VBN" && beVerbs[strings.ToLower(toks[i-1].Text)] {
		return
	}
	// "visiting U.S. Under-Secretary Allen Wallis": the visitor follows.
	if strings.ToLower(toks[i].Text) == "visiting" && i+1 < len(toks) && gazetteer.Capitalised(toks[i+1].Text) && (i == 0 || !strings.HasPrefix(toks[i-1].Tag, "VB")) {
		ents, _ := x.nameList(si, i+1, false)
		for _, e := range ents {
			if x.ents[e].typ == Person && !x.possessiveIn(si, i+1, e) {
				ev.addAttendee(e, si)
				ev.own = true
			}
		}
		return
	}
	subj := x.subjectBefore(si, i)
	// "Goria told reporters after meeting Funaro": the subject of the
	// clause before.
	if pw := strings.ToLower(toks[max(i-1, 0)].Text); i > 1 && toks[i].Tag == "VBG" && (pw == "after" || pw == "before" || pw == "following" || pw == "while") && len(subj) == 0 {
		if e := x.speakerBefore(si, i-1); e >= 0 {
			subj = []int{e}
		} else {
			for p := i - 2; p >= 0 && p >= i-12; p-- {
				if t := toks[p].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
					subj = x.subjectBefore(si, p)
					break
				}
				if toks[p].Text == "," || toks[p].Tag == ":" {
					break
				}
			}
		}
	}
	meet := meetVerbs[strings.ToLower(toks[i].Text)]
	for _, e := range subj {
		if meet {
			x.personNotPlace(e)
		}
		ev.addAttendee(e, si)
		ev.own = true
	}
	// "Dilson Funaro, who he met with last week": the relative's head.
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if w := strings.ToLower(toks[k].Text); (w == "who" || w == "whom") && toks[k-1].Text == "," {
			if pm := x.mentionAt(si, k-2); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
				ev.addAttendee(pm.ent, si)
				ev.own = true
			}
			break
		}
	}
	j := i + 1
	for j < len(toks) && j < i+5 && (toks[j].Tag == "RB" || strings.ToLower(toks[j].Text) == "with" || ev.group == groupCall && (strings.ToLower(toks[j].Text) == "by" || strings.ToLower(toks[j].Text) == "to" || strings.ToLower(toks[j].Text) == "phone" || strings.ToLower(toks[j].Text) == "telephone")) {
		j++
	}
	ents, _ := x.nameList(si, j, false)
	for _, e := range ents {
		if x.possessiveIn(si, j, e) {
			continue // "visiting Sikhism's holiest shrine"
		}
		if meet {
			x.personNotPlace(e) // "meet Gorbachev" read as a place
		}
		// "visited Geneva": the place visited; "visited Putin": a meeting
		if ev.group == groupVisit && isPlace(x.ents[e].typ) {
			if ev.location == nil {
				ev.location = &evFact{e, si}
			}
			continue
		}
		ev.addAttendee(e, si)
		ev.own = true
	}
	if ev.group == groupVisit && len(ev.attendees) > 1 {
		ev.group = groupTalks // "visited Putin": they met
	}
	// "under the chairmanship of ..., Ibrahim Abdul-Karim", "chaired by X"
	for k := i + 1; k+2 < len(toks) && k < i+10; k++ {
		w := strings.ToLower(toks[k].Text)
		if strings.HasPrefix(w, "chairmanship") || w == "chaired" || w == "presided" || w == "hosted" {
			for n := k + 1; n < len(toks) && n < k+14; n++ {
				if pm := x.mentionAt(si, n); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
					ev.addOrganizer(pm.ent, si)
					ev.hosts = append(ev.hosts, evFact{pm.ent, si})
					break
				}
			}
			break
		}
	}
	for k := i + 1; k < len(toks) && k < i+8; k++ {
		if w := strings.ToLower(toks[k].Text); w == "in" || w == "at" {
			// "met at the Capitol": "at" and a place, not a body
			n := k + 1
			if w == "at" && n < len(toks) && strings.ToLower(toks[n].Text) == "the" {
				n++
			}
			pm := x.mentionAt(si, n)
			if pm != nil && pm.start == n && pm.ent >= 0 && isPlace(x.ents[pm.ent].typ) && !pm.demonym {
				ev.location = &evFact{pm.ent, si}
			}
			if w == "in" || pm != nil {
				break
			}
		}
	}
}

// mergeEvents joins mentions of one event: an anaphor ("the meeting",
// "talks in Geneva") with the last event of its kind that has
// participants, and events whose parties are the same (the parties of one
// being the people of the other's countries or bodies).
func (x *extractor) mergeEvents() {
	evs := x.events
	// Anaphors.
	for k, ev := range evs {
		// "an official visit to Argentina" ... "Weizsaecker's visit": a
		// visit without a visitor is the article's visit.
		if ev.own || ev.name != "" || ev.indef && ev.group != groupVisit || len(ev.organizer) > 0 {
			continue
		}
		var ante *event
		for j := k - 1; j >= 0 && j >= k-mergeWindow; j-- {
			p := evs[j].root()
			if p.name == "" && p.own && compatibleGroup(p.group, ev.group) && p != ev {
				ante = p
				break
			}
		}
		if ante == nil {
			for j := k + 1; j < len(evs) && j <= k+mergeWindow; j++ {
				p := evs[j].root()
				if p.name == "" && p.own && compatibleGroup(p.group, ev.group) && p != ev {
					ante = p
					break
				}
			}
		}
		if ante != nil && !x.conflict(ante, ev) {
			ante.absorb(ev)
		}
	}
	x.mergeVisits()
	// "The meeting" with parties of its own is still the meeting told of
	// just before.
	for k, ev := range evs {
		if !ev.definite || ev.name != "" || ev.root() != ev {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-mergeWindow; j-- {
			p := evs[j].root()
			if p == ev || p.name != "" {
				continue
			}
			if p.word == ev.word && !x.conflict(p, ev) {
				p.absorb(ev)
				break
			}
		}
	}
	// Same parties.
	for k := range evs {
		a := evs[k].root()
		if !a.own || a.name != "" {
			continue
		}
		for j := k + 1; j < len(evs) && j <= k+mergeWindow; j++ {
			b := evs[j].root()
			if a == b || !b.own || b.name != "" || !compatibleGroup(a.group, b.group) || x.conflict(a, b) {
				continue
			}
			// "a bilateral trade meeting" is not "talks with Saito": the
			// later mention must point back or use the same word.
			if !a.indef && !b.indef && x.sameParties(a, b) {
				a.absorb(b)
			}
		}
	}
}

func compatibleGroup(a, b eventGroup) bool { return a == b }

// mergeVisits joins a visit to the talks held at its place within two
// sentences: "Kohl invited the Commission for talks in Bonn ... The
// Commissioners will pay a visit to Bonn".
func (x *extractor) mergeVisits() {
	for k, v := range x.events {
		v = v.root()
		if v.group != groupVisit || v.location == nil || v.merged != nil {
			continue
		}
		vs := v.triggers[0].sent
		for _, t := range x.events[max(0, k-mergeWindow):min(len(x.events), k+mergeWindow+1)] {
			t = t.root()
			if t == v || t.group != groupTalks && t.group != groupSummit || t.location == nil || t.location.ent != v.location.ent || x.conflict(t, v) {
				continue
			}
			if ts := t.triggers[0].sent; ts-vs <= 2 && vs-ts <= 2 {
				t.absorb(v)
				break
			}
		}
	}
}

// conflict reports whether two events have different dates or places (a
// city in a country is no conflict with that country).
func (x *extractor) conflict(a, b *event) bool {
	if a.date != "" && b.date != "" && !strings.HasPrefix(a.date, b.date) && !strings.HasPrefix(b.date, a.date) {
		return true
	}
	if a.location != nil && b.location != nil && a.location.ent != b.location.ent {
		return !x.within(a.location.ent, b.location.ent) && !x.within(b.location.ent, a.location.ent)
	}
	return false
}

// within reports whether place a lies in place b, by the gazetteer.
func (x *extractor) within(a, b int) bool {
	ea, eb := x.ents[a], x.ents[b]
	if eb.typ != Country {
		return false
	}
	if info, ok := gazetteer.City(ea.name); ok && info.Country == eb.name {
		return true
	}
	if p, ok := gazetteer.Place(ea.name); ok && p.Country == eb.name {
		return true
	}
	return false
}

// sameParties reports whether one event's parties are all among the
// other's, counting a person's country or body and a city's country.
func (x *extractor) sameParties(a, b *event) bool {
	pa, pb := x.parties(a), x.parties(b)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	sub := func(p, q map[int]bool, raw []evFact) bool {
		for _, f := range raw {
			if !q[f.ent] {
				return false
			}
		}
		return true
	}
	return sub(pa, pb, a.attendees) || sub(pb, pa, b.attendees)
}

// parties returns an event's attendees with their affiliations and
// countries.
func (x *extractor) parties(e *event) map[int]bool {
	out := map[int]bool{}
	for _, f := range append(append([]evFact(nil), e.attendees...), e.organizer...) {
		out[f.ent] = true
		for a := range x.ents[f.ent].affil {
			out[a] = true
		}
		if x.ents[f.ent].typ == City {
			if info, ok := gazetteer.City(x.ents[f.ent].name); ok {
				for i, c := range x.ents {
					if c.typ == Country && c.name == info.Country {
						out[i] = true
					}
				}
			}
		}
	}
	return out
}

// clauseGap counts the words from token i to token j, a name counting as
// one; it is large when a clause boundary (a comma before a verb, "that",
// "which") lies between.
func (x *extractor) clauseGap(si, i, j int) int {
	s := &x.sents[si]
	n := 0
	for k := i; k < j; k++ {
		lw := strings.ToLower(s.toks[k].Text)
		if lw == "that" || lw == "which" || lw == ";" || lw == "who" {
			return 99
		}
		if o := s.owner[k]; o >= 0 && k > i && s.owner[k-1] == o {
			continue
		}
		n++
	}
	return n
}

// party returns who takes part when a name is a party to talks: a capital
// city stands for its country ("talks with Ankara").
func (x *extractor) party(e int) int {
	if e < 0 || x.ents[e].typ != City {
		return e
	}
	info, ok := gazetteer.City(x.ents[e].name)
	if !ok || !info.Capital || info.Country == "" {
		return e
	}
	if c := x.entityByName(info.Country); c >= 0 {
		return c
	}
	return e
}

// dateAt returns the date expression starting at token j, or nil.
func dateAt(ds []dateExpr, j int) *dateExpr {
	for k := range ds {
		if ds[k].Start == j || ds[k].Start == j+1 && j >= 0 && ds[k].Start > 0 {
			return &ds[k]
		}
	}
	return nil
}

// noVerbBetween reports whether tokens [i, j) hold no verb.
func noVerbBetween(toks []nlpToken, i, j int) bool {
	for k := i; k < j; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" {
			return false
		}
	}
	return true
}

// speechVerbs report; their subject is a source, not a party.
var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"added": true, "reported": true, "quoted": true, "announced": true, "stated": true}

// possessed reports whether the noun phrase [start, head) has a possessor:
// "the government's current talks".
func possessed(toks []nlpToken, start, head int) bool {
	for k := start; k < head; k++ {
		if toks[k].Tag == "POS" || toks[k].Tag == "PRP$" {
			return true
		}
	}
	return false
}

// dueWords stand between a subject and its verb: "he is due to meet".
var dueWords = map[string]bool{"due": true, "expected": true, "set": true, "scheduled": true, "likely": true,
	"able": true, "going": true, "planning": true, "poised": true, "ready": true, "about": true}

// possessedPeople reports whether tokens [i, v) are a people noun phrase:
// "148 current members", "foreign ministers".
func possessedPeople(toks []nlpToken, i, v int) bool {
	for k := i; k < v && k < i+5; k++ {
		lw := strings.ToLower(toks[k].Text)
		if peopleNouns[lw] || lw == "members" || lw == "delegates" || lw == "delegation" {
			return true
		}
		if t := toks[k].Tag; t != "CD" && t != "JJ" && t != "NN" && t != "NNS" {
			return false
		}
	}
	return false
}

// membershipWords make "X's membership of Y" a matter between X and Y.
var membershipWords = map[string]bool{"membership": true, "accession": true, "entry": true, "bid": true, "admission": true}

// membership reads "Russia's proposed membership of the WTO" from token j.
func (x *extractor) membership(si, j int, ev *event) {
	toks := x.sents[si].toks
	var who, body int = -1, -1
	for k := j; k < len(toks) && k < j+8; k++ {
		if m := x.mentionAt(si, k); m != nil && m.ent >= 0 && !m.demonym {
			if m.end < len(toks) && toks[m.end].Tag == "POS" && who < 0 {
				who = m.ent
			} else if who >= 0 && x.ents[m.ent].typ == Organization {
				body = m.ent
				break
			}
			k = m.end - 1
			continue
		}
		lw := strings.ToLower(toks[k].Text)
		if membershipWords[lw] && who < 0 {
			return
		}
		if toks[k].Tag == "," || strings.HasPrefix(toks[k].Tag, "VB") {
			break
		}
	}
	if who >= 0 && body >= 0 {
		ev.addAttendee(who, si)
		ev.addAttendee(body, si)
		ev.own = true
	}
}

func relativeDay(w string) bool {
	switch strings.ToLower(w) {
	case "today", "yesterday", "tomorrow", "tonight":
		return true
	}
	return false
}

// negated reports whether the verb at token v is negated: "did not meet",
// "are not attending", "won't attend".
func negated(toks []nlpToken, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "not", "n't", "never", "no":
			return true
		}
		if t := toks[k].Tag; !strings.HasPrefix(t, "VB") && t != "MD" && t != "RB" {
			return false
		}
	}
	return false
}

// satisfiesPeople reports whether what follows "meet" at token j is
// someone to meet (a name, a pronoun, people) and not something to
// satisfy ("the legal requirements", "the bank's demand").
func satisfiesPeople(x *extractor, si, j int) bool {
	toks := x.sents[si].toks
	for k := j; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		lw := strings.ToLower(t.Text)
		if lw == "with" {
			return true // "met with": people, always
		}
		if m := x.mentionAt(si, k); m != nil {
			if m.demonym {
				k = m.end - 1
				continue
			}
			// "meet the Securities and Investments Board's requirement"
			return m.end >= len(toks) || toks[m.end].Tag != "POS"
		}
		switch {
		case lw == "with" || lw == "up" || t.Tag == "RB" || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "PRP$":
			continue
		case t.Tag == "NN" || t.Tag == "NNS":
			// the head is the last noun: "government officials"
			for k+1 < len(toks) && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS") {
				k++
			}
			lw = strings.ToLower(toks[k].Text)
			return peopleNouns[lw] || isTitleHead(strings.TrimSuffix(lw, "s")) || peopleLike(lw)
		}
		return true // a pronoun, a preposition ("met in Brussels"), the end
	}
	return true
}

// peopleLike guesses a plural noun of people: bankers, journalists,
// politicians, residents.
func peopleLike(w string) bool {
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ants", "ents", "men", "women", "people", "members", "delegates", "leaders"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var beVerbs = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true}

// possessiveIn reports whether entity e is named as a possessor ("Kenya's
// biggest shantytown") within a few tokens from j.
func (x *extractor) possessiveIn(si, j, e int) bool {
	toks := x.sents[si].toks
	for k := j; k < len(toks) && k < j+8; k++ {
		if m := x.mentionAt(si, k); m != nil && m.ent == e {
			return m.end < len(toks) && toks[m.end].Tag == "POS"
		}
	}
	return false
}

// eventPredicates are verbs an event is the subject of: "the meeting will
// follow on Wednesday", "talks begin on Monday".
var eventPredicates = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "place": true,
	"follow": true, "follows": true, "followed": true, "begin": true, "begins": true, "began": true,
	"start": true, "starts": true, "started": true, "open": true, "opens": true, "opened": true, "end": true,
	"ends": true, "ended": true, "held": true, "be": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "scheduled": true, "due": true, "set": true, "expected": true,
	"planned": true, "resume": true, "resumes": true, "resumed": true, "been": true, "has": true, "have": true}

// onlyEventVerbs reports whether the verbs in tokens [i, j) are only verbs
// an event is the subject of.
func onlyEventVerbs(toks []nlpToken, i, j int) bool {
	for k := i; k < j; k++ {
		if (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD") && !eventPredicates[strings.ToLower(toks[k].Text)] {
			return false
		}
	}
	return true
}

// onlyAdverbs reports whether tokens [i, j) are all adverbs.
func onlyAdverbs(toks []nlpToken, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Tag != "RB" {
			return false
		}
	}
	return true
}

// personOf returns the last person named before token k of sentence si
// (or in the sentences before) whose affiliation is the country, or -1.
func (x *extractor) personOf(si, k int, country string) int {
	for s := si; s >= 0; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= k || m.ent < 0 || x.ents[m.ent].typ != Person {
				continue
			}
			for a := range x.ents[m.ent].affil {
				if an := x.ents[a].name; an == country || strings.Contains(an, country) || strings.Contains(country, an) {
					return m.ent
				}
			}
		}
	}
	return -1
}

// titleLeft returns where the title in front of a person's name at token
// start begins ("U.S. Secretary of State George Shultz"), or start when
// there is none or typ is not Person.
func (x *extractor) titleLeft(si, start int, typ EntityType) int {
	if typ != Person {
		return start
	}
	s := &x.sents[si]
	toks := s.toks
	k := start
	head := false
scan:
	for k > 0 && start-k < 8 {
		t := toks[k-1]
		lw := strings.ToLower(strings.TrimSuffix(t.Text, "."))
		if o := s.owner[k-1]; o >= 0 {
			m := &x.mentions[o]
			if m.typ == Person || m.ent < 0 {
				break
			}
			k = m.start
			continue
		}
		switch {
		case isTitleHead(t.Text):
			head = true
		case isHonorific(lw), titleModifiers[lw] && gazetteer.Capitalised(t.Text):
		case lw == "of" && k < start && gazetteer.Capitalised(toks[k].Text):
		case gazetteer.Capitalised(t.Text) && strings.HasPrefix(t.Tag, "NNP"):
		default:
			break scan
		}
		k--
	}
	if !head {
		return start
	}
	return k
}

// titledName reports whether a title with a head and then a person's name
// start at token k: "[U.S.] Trade Representative Michael Smith".
func (x *extractor) titledName(si, k int) bool {
	s := &x.sents[si]
	toks := s.toks
	head := false
	for n := k; n < len(toks) && n < k+6; n++ {
		if o := s.owner[n]; o >= 0 {
			return head && x.mentions[o].typ == Person && x.mentions[o].start == n
		}
		t := toks[n]
		switch {
		case isTitleHead(t.Text):
			head = true
		case gazetteer.Capitalised(t.Text) && strings.HasPrefix(t.Tag, "NNP"):
		default:
			return false
		}
	}
	return false
}

// speakerBefore returns the person who speaks in the clause before token
// k: "said X, after", "X said after", "X told reporters after"; -1 when
// there is none.
func (x *extractor) speakerBefore(si, k int) int {
	toks := x.sents[si].toks
	speech := false
	person := -1
	for n := k - 1; n >= 0 && n >= k-10; n-- {
		t := toks[n]
		if t.Tag == ":" || t.Tag == "``" || t.Tag == "''" || t.Text == "\"" {
			break
		}
		if speechVerbs[strings.ToLower(t.Text)] {
			speech = true
			continue
		}
		if m := x.mentionAt(si, n); m != nil && m.ent >= 0 && person < 0 {
			if x.ents[m.ent].typ == Person && !m.nominal && !inPhrase(toks, m.start) {
				person = m.ent
			}
			n = m.start
			continue
		}
		if strings.HasPrefix(t.Tag, "VB") && !speech {
			return -1
		}
	}
	if speech {
		return person
	}
	return -1
}

// discussVerbs make talks of their subject and who they discuss with.
var discussVerbs = map[string]bool{"discuss": true, "discussed": true, "discusses": true, "discussing": true}

// readDiscuss reads "X discussed Y with Z" (X and Z) and "X and Y
// discussed" (two parties or more); it reports whether it found talks.
func (x *extractor) readDiscuss(si, i int, ev *event) bool {
	toks := x.sents[si].toks
	if negated(toks, i) {
		return false
	}
	subj := x.subjectBefore(si, i)
	var with []int
	for k := i + 1; k < len(toks) && k < i+12; k++ {
		t := toks[k]
		if t.Text == "," || t.Tag == ":" || t.Tag == "``" || t.Tag == "''" || strings.HasPrefix(t.Tag, "VB") && x.sents[si].owner[k] < 0 || t.Tag == "WDT" {
			break
		}
		if strings.ToLower(t.Text) == "with" && x.sents[si].owner[k] < 0 {
			with, _ = x.nameList(si, k+1, false)
			break
		}
	}
	parties := 0
	for _, e := range with {
		if t := x.ents[e].typ; t == Person || t == Organization || t == Country {
			parties++
		}
	}
	if len(subj) == 0 || parties == 0 && len(subj) < 2 {
		return false
	}
	for _, e := range subj {
		ev.addAttendee(e, si)
	}
	for _, e := range with {
		if t := x.ents[e].typ; t == Person || t == Organization || t == Country {
			ev.addAttendee(e, si)
		}
	}
	ev.own = true
	return true
}

// personNotPlace makes a one-word place no gazetteer knows a person: one
// meets people, not places ("Thatcher will meet Gorbachev").
func (x *extractor) personNotPlace(e int) {
	en := x.ents[e]
	if en.typ != Place || strings.Contains(en.name, " ") {
		return
	}
	if _, ok := gazetteer.Place(en.name); ok {
		return
	}
	en.typ = Person
}

// receiveVerbs meet the person they take as object: "Kohl received
// Nakasone".
var receiveVerbs = map[string]bool{"receive": true, "received": true, "receives": true, "receiving": true}

// titleAntecedent finds the person "the HEAD" (minister, president) at
// token p of sentence si stands for: the last one named in this sentence
// or the two before whose job title ends in head, else the last one named
// with no title at all; -1 when none is.
func (x *extractor) titleAntecedent(si, p int, head string) int {
	untitled := -1
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= p || m.ent < 0 || m.nominal || x.ents[m.ent].typ != Person {
				continue
			}
			titled := false
			for k := range x.facts {
				if k.s == m.ent && k.p == "jobTitle" {
					titled = true
					if lt := strings.ToLower(k.lit); lt == head || strings.HasSuffix(lt, " "+head) {
						return m.ent
					}
				}
			}
			if !titled && untitled < 0 {
				untitled = m.ent
			}
		}
	}
	return untitled
}

// ledBy reads "led by X" or "headed by X" at token j (after at most a few
// nouns of the group: "delegation led by"), returning the people named and
// the token after them.
func (x *extractor) ledBy(si, j int) ([]int, int) {
	toks := x.sents[si].toks
	k := j
	for k < len(toks) && k < j+3 && x.sents[si].owner[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ") {
		k++
	}
	if k+2 >= len(toks) || toks[k+1].Text != "by" {
		return nil, j
	}
	if w := strings.ToLower(toks[k].Text); w != "led" && w != "headed" {
		return nil, j
	}
	ents, end := x.nameList(si, k+2, false)
	var out []int
	for _, e := range ents {
		if x.ents[e].typ == Person {
			out = append(out, e)
		}
	}
	return out, end
}

// partyTag reports whether tokens are a US party-and-state tag: "D-N.Y.",
// "R-Calif.", "I-Vt.".
func partyTag(ts []nlp.Token) bool {
	w := ""
	for _, t := range ts {
		w += t.Text
	}
	if len(w) < 3 || len(w) > 9 || w[1] != '-' || (w[0] != 'D' && w[0] != 'R' && w[0] != 'I') {
		return false
	}
	return w[2] >= 'A' && w[2] <= 'Z' && !strings.ContainsAny(w[2:], " -")
}
