// Event triggers: the nouns and verbs that name a meeting, talks, a call or a visit, and what they say about it (name, date, place).

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// isTrigger reports whether token i of sentence si names an event, and of
// what group.
func (x *extractor) isTrigger(si, i int) (eventGroup, bool) {
	toks := x.sents[si].toks
	t := toks[i]
	if x.sents[si].owner[i] >= 0 || headingWord(t.Text) {
		return "", false
	}
	lw := x.sents[si].lower(i)
	if g, ok := x.sents[si].eventNoun(i); ok && (strings.HasPrefix(t.Tag, "NN") || lw == "talks" || lw == "meeting" || lw == "sitting" && t.Tag == "VBG" || taggedAdjectiveHead(toks, i) || x.gerundNounHead(si, i) || mealAfterHave(toks, i, g)) {
		// A capitalised event word inside a name: “Strategic Security
		// Dialogue” talks names the talks; "the Munich Security
		// Conference" is itself the event's name.
		if i > 0 && gazetteer.Capitalised(t.Text) {
			k := i + 1
			for k < len(toks) && isCloseQuote(toks[k]) {
				k++
			}
			if k < len(toks) {
				if _, ok := lowerHas(eventNouns, toks[k].Text); ok && k > i+1 {
					return "", false
				}
			}
			// "the United National Congress's Extraordinary Conference":
			// a body that owns an event
			if k < len(toks) && toks[k].Tag == "POS" {
				for q := k + 1; q < len(toks) && q <= k+3; q++ {
					if _, ok := lowerHas(eventNouns, toks[q].Text); ok {
						return "", false
					}
				}
			}
		}
		if attendedNouns[lw] && !x.attendedNoun(si, i) {
			return "", false // "the dollar's rally" (event_attended_nouns.go)
		}
		prev := ""
		if i > 0 {
			prev = lower(toks[i-1].Text)
		}
		switch {
		case lw == "conference" && (prev == "video" || prev == "virtual"):
			return groupCall, true // "held a video conference": a call (events_visits_calls.go)
		case g == groupCall && !callModifiers[prev] && !x.heldCall(si, i) && !x.pressCall(si, i) && !x.callBetween(si, i) && !x.callWith(si, i):
			return "", false
		case lw == "convention" && !gazetteer.Capitalised(t.Text):
			return "", false // "ratified the convention": a treaty
		case lw == "talks" && t.Tag == "VBZ" && i > 0 && x.sents[si].owner[i-1] >= 0:
			return "", false // "Blair talks to..."
		case lw == "meeting" && t.Tag == "VBG":
			return groupTalks, true
		case lw == "sitting" && t.Tag == "VBG":
			if !x.sittingNoun(si, i) {
				return "", false
			}
			return g, true
		case lw == "visit" && prev == "to":
			return "", false
		}
		// "though meeting creditor resistance", "is a successful
		// fundraiser", "his Tour debut": no event held (event_nonevents.go)
		if tr := (trigger{sent: si, start: i, end: i + 1}); x.meetingVerb(tr) || x.describingNoun(tr) || x.modifierNoun(tr) {
			return "", false
		}
		// "summit talks": the last trigger word is the head; "car assembly
		// plants": a thing's modifier
		if i+1 < len(toks) {
			if _, ok := lowerHas(eventNouns, toks[i+1].Text); ok && strings.HasPrefix(toks[i+1].Tag, "NN") {
				return "", false
			}
			if eventNounModifiers[toks[i+1].Text] && x.sents[si].owner[i+1] < 0 {
				return "", false
			}
		}
		return g, true
	}
	if x.townHall(si, i) { // "a town hall" (event_town_halls.go)
		return groupConference, true
	}
	if g, ok := x.eventWordTrigger(si, i); ok { // "a campaign event", "at the event" (event_gathering_events.go)
		return g, true
	}
	// The tag is tested before the word lists (most words are no verb).
	verb := strings.HasPrefix(t.Tag, "VB") && !adjectivalParticiple(toks, i) // event_adjective_verbs.go
	if verb && meetVerbs[lw] {
		return groupTalks, true
	}
	if verb {
		if g, ok := eventVerbs[lw]; ok {
			return g, true
		}
	}
	if x.debateEvent(si, i) {
		return groupConference, true
	}
	// "Kohl received Nakasone": a person received is met
	if verb && receiveVerbs[lw] && i+1 < len(toks) && !negated(toks, i) {
		k := i + 1
		for k < len(toks) && k < i+6 {
			if dm := x.mentionAt(si, k); dm != nil && (dm.demonym || isPlace(dm.typ)) {
				k = dm.end // "received Soviet Foreign Minister ..."
				continue
			}
			if x.sents[si].owner[k] >= 0 || !(gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP") || isTitleHead(toks[k].Text) || lowerIn(titleModifiers, toks[k].Text) || toks[k].Tag == "JJ") {
				break
			}
			k++
		}
		if m := x.mentionAt(si, k); m != nil && m.start == k && m.typ == Person && !m.nominal && (m.end >= len(toks) || toks[m.end].Tag != "POS") {
			return groupTalks, true
		}
		if p, _ := x.describedPersonAt(si, i+1); p >= 0 {
			return groupTalks, true // "received the president of the AIRD, Celso Juan Marranzini," (events_described_guests.go)
		}
		if b, _ := x.delegationLedBy(si, i+1); b > 0 && x.personNamedAt(si, b) >= 0 {
			return groupTalks, true // "received a delegation led by Ambassador Yan Jiarong" (event_delegation.go)
		}
	}
	// "he discussed the crisis with Houphouet-Boigny", "Howe and Shultz
	// discussed trade": talks (read by readDiscuss)
	// "is negotiating with" (event_negotiate_verb.go)
	if verb && (discussVerbs[lw] && !(t.Tag == "VBN" && i > 0 && lowerIn(beVerbs, toks[i-1].Text)) || negotiateVerbs[lw] && x.negotiatesWith(si, i)) {
		return groupTalks, true
	}
	// "Biden spoke by phone with Putin"
	if x.sents[si].in(i, tlSpeakVerbs) && i+2 < len(toks) { // speakVerbs[lw]
		w1, w2 := lower(toks[i+1].Text), lower(toks[i+2].Text)
		if w1 == "by" && (w2 == "phone" || w2 == "telephone" || videoWords[w2] && x.videoPair(si, i)) || (w1 == "with" || w1 == "to") && strings.Contains(lower(x.span(si, i, min(len(toks), i+12))), "phone") {
			return groupCall, true
		}
	}
	// "Mugabe told President Jacob Zuma by telephone": a person told by
	// phone is one end of a call.
	if verb && tellVerbs[lw] {
		j := i + 1 // past a title: "told President Jacob Zuma"
		for j < len(toks) && j < i+4 && x.sents[si].owner[j] < 0 && (isTitleHead(toks[j].Text) || gazetteer.Capitalised(toks[j].Text)) {
			j++
		}
		if m := x.mentionAt(si, j); m != nil && m.typ == Person && m.start == j {
			k := m.end
			for k < len(toks) && k < m.end+2 && toks[k].Tag == "RB" {
				k++
			}
			if k+1 < len(toks) && lowerIs(toks[k].Text, "by") {
				if w := lower(toks[k+1].Text); w == "phone" || w == "telephone" {
					return groupCall, true
				}
			}
		}
	}
	return "", false
}

// holdVerbs hold "a call" or "a meeting"; determiners say whether an event's
// noun phrase is definite or indefinite.
var (
	// eventNounModifiers after an event noun make it a thing's modifier:
	// "assembly plants", "the conference room".
	eventNounModifiers = wordSet("eventNounModifiers")
	holdVerbs          = wordSet("holdVerbs")
	determiners        = wordMap("determiners")
)

// heldCall reports whether "call" at token i of sentence si is a call held
// with someone: "held a call with", "had a call with".
func (x *extractor) heldCall(si, i int) bool {
	toks := x.sents[si].toks
	if i < 2 || i+1 >= len(toks) || !lowerIs(toks[i+1].Text, "with") {
		return false
	}
	a := lower(toks[i-1].Text)
	if a != "a" && a != "an" {
		return false
	}
	return lowerIn(holdVerbs, toks[i-2].Text)
}

// npStart returns the first token of the noun phrase whose head is token
// head: determiners, possessives, adjectives, nouns, names, quotes and
// hyphenated words before it.
func (x *extractor) npStart(si, head int) int {
	toks := x.sents[si].toks
	i := head
	for i > 0 {
		t := toks[i-1]
		lw := lower(t.Text)
		switch {
		case x.sents[si].owner[i-1] >= 0:
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "JJS" ||
			t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "CD" || t.Tag == "VBN" && lw != "launched":
		case t.Tag == "VBG" && i >= 2 && eventGerunds[lw] && modifierOpens(toks[i-2].Tag) && strings.HasPrefix(toks[i].Tag, "NN"):
			// "the groundbreaking ceremony", "Tuesday's swearing ceremony",
			// "a fundraising dinner": a gerund modifies the event noun
		case t.Tag == "``" || t.Tag == "''" || lw == "\"" || lw == "-":
		case t.Tag == "HYPH" || strings.Contains(t.Text, "-"):
		default:
			return i
		}
		// "a conference call": a modifier of a call is in its phrase
		if _, ok := eventNouns[lw]; ok && i-1 != head && strings.HasPrefix(t.Tag, "NN") && lw != "summit" && !gazetteer.Capitalised(t.Text) && !(i == head && callModifiers[lw] && lowerIn(eventNouns, toks[head].Text) == groupCall) {
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

// modifierOpens reports whether a token of tag t may stand before a gerund
// that modifies a noun: a determiner, a possessive or an adjective ("the
// opening ceremony", "its annual fundraising dinner").
func modifierOpens(t string) bool {
	return t == "DT" || t == "PRP$" || t == "POS" || t == "JJ"
}

// eventGerunds modify an event noun: "the groundbreaking ceremony".
var eventGerunds = wordSet("eventGerunds")

// readNounEvent reads the participants, place and name of the event named
// by the noun at token i.
func (x *extractor) readNounEvent(si, i int, ev *event) {
	s := &x.sents[si]
	toks := s.toks
	start := x.npStart(si, i)
	if start < len(toks) {
		switch lowerIn(determiners, toks[start].Text) {
		case "definite": // "his visit": the one told of, as "the visit"
			ev.definite = true
		case "indefinite":
			ev.indef = true
		}
	}
	x.readEventPossessors(si, start, i, ev)
	x.readSpeakerParty(si, start, i, ev)
	// Name: quoted or capitalised words before the trigger that no
	// recogniser took: “Strategic Security Dialogue” talks.
	var after int // the first token after the name
	ev.name, after = x.fullEventName(si, start, i)
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
	named, complements := x.readEventComplements(si, i, after, ev)
	x.invertedAttendees(si, start, i, ev) // "Also at the meeting were X and Y"
	// The subject of the verb that governs the phrase: "Mr Prescott held a
	// private meeting", "it will start accession talks", "X arrived for talks".
	if !named {
		x.governor(si, start, i, ev)
	}
	// "his two-day visit", "Chirac's visit", "X and Y begin a world tour":
	// who makes a visit, not whom it meets
	if ev.group == groupVisit {
		for _, a := range ev.attendees {
			if !slices.Contains(complements, a.ent) {
				ev.visitors = append(ev.visitors, a.ent)
			}
		}
	}
}

// readEventPossessors adds the possessor before the event noun at token i as an attendee.
func (x *extractor) readEventPossessors(si, start, i int, ev *event) {
	toks := x.sents[si].toks
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
	// "“My talks with Ruto were productive,” Sunak said": the quotation's
	// speaker takes part (quote_first_person_events.go)
	if e := x.quotedPossessor(si, start, i); e >= 0 {
		ev.addAttendee(e, si)
		ev.own = true
	}
	// "his talks with Kurihara": the possessor takes part
	if start < i && toks[start].Tag == "PRP$" {
		pw := lower(toks[start].Text)
		e := x.antecedent(si, start, pw == "his" || pw == "her")
		// "Deutsche Boerse held its third meeting with the LSE": the
		// subject of the verb right before it
		if start > 0 && strings.HasPrefix(toks[start-1].Tag, "VB") {
			if subj := x.subjectBefore(si, start-1); len(subj) == 1 {
				e = subj[0]
			} else if len(subj) == 0 && pw == "their" && namelessSubject(toks, start-1) {
				e = -1 // event_possessors.go: "Belga said leading ministers ended their talks"
			}
		}
		if e >= 0 && (pw == "his" || pw == "her" || pw == "its" || pw == "their") {
			x.resolvedPronoun(si, start, e)
			ev.addAttendee(e, si)
			ev.own = true
		}
	}
}

// readEventComplements reads the phrases after the event noun at token i, from token after on.
func (x *extractor) readEventComplements(si, i, after int, ev *event) (bool, []int) {
	s := &x.sents[si]
	toks := s.toks
	// Complements: "with X and Y", "between X and Y", "of X", "in PLACE",
	// "launched by X and Y".
	j := after
	named := false        // the parties named after "between"
	var complements []int // the parties named after "with", "between", "of"
	// "Discussions have begun with Indonesia": the event's own verbs
	for j < len(toks) && j <= i+3 && !partyVerbAt(toks, j) && (toks[j].Tag == "RB" || toks[j].Tag == "JJ" || lowerIn(eventPredicates, toks[j].Text) || lowerIs(toks[j].Text, "begun") || lowerIs(toks[j].Text, "continuing")) {
		j++
	}
	for steps := 0; j < len(toks) && steps < 8; steps++ {
		w := lower(toks[j].Text)
		if d := dateAt(s.dates, j); d != nil {
			j = d.End
			continue
		}
		if k, ok := x.eventClause(si, j, ev); ok {
			j = k
			continue
		}
		// "a summit in Ottawa next month between Reagan and Mulroney"
		if n := periodAt(toks, j); n > j {
			j = n
			continue
		}
		switch {
		case w == "with" || w == "between" || w == "among" || w == "of" && j == i+1 && ev.group != groupVisit && ev.group != groupCall && !lowerIn(mournedNouns, toks[i].Text):
			ents, end := x.nameList(si, j+1, w == "of")
			if len(ents) == 0 && w == "with" {
				// "Mottley held talks with her": the one person named before
				// (met_object_pronouns.go)
				if before := x.peopleBefore(si, i); len(before) > 0 {
					if p, e := x.objectPronoun(si, j+1, before); p >= 0 {
						ents, end = []int{p}, e
					}
				}
			}
			if len(ents) == 0 && w == "with" {
				if ents = x.includedPeople(si, j+1); len(ents) > 1 { // "talks with ministers, among them X"
					ev.sides = append(ev.sides, ents)
				}
			}
			var side []int
			for _, e := range ents {
				ev.addAttendee(x.party(e), si)
				side = append(side, x.party(e))
				ev.own = true
			}
			if !(w == "with" && ev.group == groupVisit && onAVisit(s, i)) {
				complements = append(complements, side...)
			}
			if w == "between" && len(ents) > 0 {
				// "talks between A and B": the parties are named, whoever
				// speaks of them or makes progress in them
				named = true
				if x.namelessFirst(si, j+1) {
					// "talks between banks and Mexico, Chile": one side
					ev.sides = append(ev.sides, side)
				}
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
		case w == "to" && ev.group == groupVisit && x.visitedPerson(si, j, ev, &complements) > j:
			// "a visit to President Zelensky" (events_visits_calls.go)
			j = x.visitedPerson(si, j, ev, &complements)
		case w == "in" || w == "at" || w == "to" && ev.group == groupVisit:
			k := j + 1
			if k < len(toks) && lowerIs(toks[k].Text, "the") {
				k++
			}
			if pm := x.mentionAt(si, k); pm != nil && pm.ent >= 0 && x.venue(pm) {
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
			// "talks which ended in Washington", "talks that were held in
			// Geneva", "the meeting, which was attended by X and Y"
			if k, ok := x.eventClause(si, j+1, ev); ok {
				j = k
				continue
			}
			j += 2
			for j < len(toks) && (strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "RB") {
				j++
			}
		case w == "on" || w == "over" || w == "about" || w == "for" && ev.group != groupVisit:
			// "talks on Russia's membership of the WTO": the applicant and
			// the body are the parties
			x.membership(si, j+1, ev)
			j = x.skipNP(si, j+1)
		case w == "under" && j+4 < len(toks) && strings.HasPrefix(lower(toks[j+2].Text), "chairman") && lowerIs(toks[j+3].Text, "of"):
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
		case w == "," && j+2 < len(toks) && organizerPassives[lower(toks[j+1].Text)] && lower(toks[j+2].Text) == "by" && !x.possessorAfter(si, j+3):
			// "The hearing, chaired by Senator Ann Carter,": the passive
			// set off by a comma names the organiser as well (not "The
			// talks, launched by Mulroney's government": the owner's
			// body launched them)
			j++
		case organizerPassives[w] && j+1 < len(toks) && lower(toks[j+1].Text) == "by":
			ents, end := x.nameList(si, j+2, false)
			if len(ents) == 0 {
				end = x.skipNP(si, j+2) // "a rally organised by the union in Leeds"
			}
			for _, e := range ents {
				ev.addOrganizer(e, si)
				ev.agents = append(ev.agents, evFact{e, si})
				// "chaired by Sharon Smith": who chairs or hosts is there
				if (w == "chaired" || w == "hosted") && x.ents[e].typ == Person {
					ev.hosts = append(ev.hosts, evFact{e, si})
				}
			}
			j = end
		default:
			steps = 99
		}
	}
	return named, complements
}

// possessorAfter reports whether a name opens at token j of sentence si
// (maybe past a title) and is a possessive: "Mulroney's government".
func (x *extractor) possessorAfter(si, j int) bool {
	s := &x.sents[si]
	j = titleBeforeName(s, j)
	m := x.mentionAt(si, j)
	return m != nil && m.end < len(s.toks) && s.toks[m.end].Tag == "POS"
}

// namelessFirst reports whether the list at token j opens with a noun
// phrase no recogniser took, before "and": "banks and Mexico, Chile, and
// Venezuela".
func (x *extractor) namelessFirst(si, j int) bool {
	s := &x.sents[si]
	toks := s.toks
	for j < len(toks) && s.owner[j] < 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j++
	}
	n := j
	for n < len(toks) && s.owner[n] < 0 && (toks[n].Tag == "NN" || toks[n].Tag == "NNS") {
		n++
	}
	return n > j && n < len(toks) && isConj(toks[n].Text)
}

// onAVisit reports whether the visit noun at token i follows "on a" ("while
// on a visit with Education Secretary Ruth Kelly"): who is named after its
// "with" makes the visit too, and is no one met by it.
func onAVisit(s *sentence, i int) bool {
	return i >= 2 && (s.lower(i-1) == "a" || s.lower(i-1) == "an") && s.lower(i-2) == "on"
}

// speechBetween reports whether a speech verb ("said") is in tokens [i, j).
func speechBetween(toks []nlpToken, i, j int) bool {
	for k := i; k < j; k++ {
		if lowerIn(speechVerbs, toks[k].Text) {
			return true
		}
	}
	return false
}

// periodAt returns the token after a relative period at token j ("next
// month", "last week", "later this year"), or j when there is none.
func periodAt(toks []nlpToken, j int) int {
	k := j
	if k < len(toks) && lowerIs(toks[k].Text, "later") || lowerIs(toks[k].Text, "earlier") {
		k++
	}
	if k+1 < len(toks) {
		switch lower(toks[k].Text) {
		case "next", "last", "this":
			switch lower(toks[k+1].Text) {
			case "week", "month", "year", "weekend":
				return k + 2
			}
		}
	}
	return j
}

// eventName returns the quoted or capitalised name in tokens [start, head).
func (x *extractor) eventName(si, start, head int) string {
	toks := x.sents[si].toks
	// Capitalised: "the Munich Security Conference".
	if head > 0 && gazetteer.Capitalised(toks[head].Text) {
		k := head
		// "Extraordinary Conference": a capitalised adjective inside a
		// sentence belongs to the name too
		for k > start && gazetteer.Capitalised(toks[k-1].Text) && (strings.HasPrefix(toks[k-1].Tag, "NNP") || toks[k-1].Tag == "JJ" && k-1 > 0) {
			k--
		}
		if k < head {
			if k = x.nameOfBefore(si, k); headingOrTypesetName(toks, k, head) {
				return "" // event_names_generic.go
			}
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
	case e.typ == Country && !m.demonym && (ev.group == groupSummit || ev.group == groupConference || ev.word == "meeting") && m.end == head:
		// "the Hong Kong summit", "the Panama meeting": where it is held
		if ev.location == nil {
			ev.location = &evFact{m.ent, si}
		}
	case e.typ == Country && !m.demonym && ev.group == groupVisit && m.end == head && !destinationAfter(toks, head) && x.visitorElsewhere(si, head):
		// "embark upon a well-received UK tour", "Mr Straw's China trip",
		// "returning from a U.S. visit": where it goes, not who goes (not
		// "the England tour of South Africa", nor "The U.S. visit comes
		// as", the visit of a U.S. firm's delegation)
		if ev.location == nil {
			ev.location = &evFact{m.ent, si}
		}
	case e.typ == Organization && (ev.group == groupMeal || ev.word == "sitting" || ev.word == "hearing"):
		// "a GOP fundraiser", "a Senate hearing", "the House of Assembly
		// sitting": who holds it
		ev.addOrganizer(m.ent, si)
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

func relativeDay(w string) bool {
	_, ok := lowerHas(dayWords, w)
	return ok
}

// eventPredicates are verbs an event is the subject of: "the meeting will
// follow on Wednesday", "talks begin on Monday".
var eventPredicates = wordSet("eventPredicates")

// onlyEventVerbs reports whether the verbs in tokens [i, j) are only verbs
// an event is the subject of.
func onlyEventVerbs(toks []nlpToken, i, j int) bool {
	for k := i; k < j; k++ {
		if (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD") && !lowerIn(eventPredicates, toks[k].Text) {
			return false
		}
	}
	return true
}

// discussVerbs make talks of their subject and who they discuss with.
var discussVerbs = wordSet("discussVerbs")

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
		if lowerIs(t.Text, "with") && x.sents[si].owner[k] < 0 {
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

// receiveVerbs meet the person they take as object: "Kohl received
// Nakasone".
var receiveVerbs = wordSet("receiveVerbs")

// taggedAdjectiveHead reports whether token i, tagged an adjective, heads
// a noun phrase after a determiner: the tagger reads words it does not
// know ("the roundtable with") as adjectives.
func taggedAdjectiveHead(toks []nlpToken, i int) bool {
	if toks[i].Tag != "JJ" || i == 0 {
		return false
	}
	if i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "NN") || toks[i+1].Tag == "JJ") && !partyVerbAt(toks, i+1) {
		return false
	}
	switch p := toks[i-1]; {
	case p.Tag == "DT" || p.Tag == "PRP$" || p.Tag == "POS" || p.Tag == "JJ":
		return true
	}
	return false
}

// heldWords open a participle clause after an event that tells its place
// and date: "the conference, held in Kingston on Sunday,".
var heldWords = map[string]bool{"held": true, "staged": true, "hosted": true, "organised": true, "organized": true, "convened": true}

// destinationAfter reports whether a preposition naming where a visit goes
// follows its noun at token head: "tour of", "tour to", "visit in".
func destinationAfter(toks []nlpToken, head int) bool {
	if head+1 >= len(toks) {
		return false
	}
	switch lower(toks[head+1].Text) {
	case "of", "to", "in", "through", "across", "around":
		return true
	}
	return false
}

// visitorElsewhere reports whether the noun phrase of the visit noun at
// token head names its visitor by a possessor ("his China visit", "Mr
// Straw's China trip") or is the object of a verb or a preposition ("embark
// upon a UK tour", "returning from a U.S. visit"), whose subject makes it;
// not a subject ("The U.S. visit comes as ...").
func (x *extractor) visitorElsewhere(si, head int) bool {
	toks := x.sents[si].toks
	start := x.npStart(si, head)
	for k := start; k < head; k++ {
		if toks[k].Tag == "PRP$" || toks[k].Tag == "POS" {
			return true
		}
	}
	if start == 0 {
		return false
	}
	t := toks[start-1].Tag
	return t == "IN" || t == "TO" || strings.HasPrefix(t, "VB")
}

// haveForms are the forms of "have" that take a meal: "had lunch with".
var haveForms = map[string]bool{"have": true, "has": true, "had": true, "having": true}

// mealAfterHave reports whether token i, of event group g, is a meal's noun
// the tagger read as a verb after "have": "had lunch with Biden" (lunch/VBN).
// A meal is had, never done: the word is the noun.
func mealAfterHave(toks []nlpToken, i int, g eventGroup) bool {
	return g == groupMeal && i > 0 && strings.HasPrefix(toks[i].Tag, "VB") && haveForms[lower(toks[i-1].Text)]
}
