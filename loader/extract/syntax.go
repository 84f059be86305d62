// Shallow syntax helpers over tagged tokens: subjects, governors, lists of names, clause gaps, pronoun antecedents.

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

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
				// "trade envoy Clayton Yeutter": a common noun before a title
				(t.Tag == "NN" || t.Tag == "NNS") && k+1 < len(toks) && isTitleHead(toks[k+1].Text) && s.owner[k+1] < 0 ||
				// "attended by members John Hull, Mary Ebanks": a people noun before a name
				(peopleNouns[lw] || memberNouns[lw]) && k+1 < len(toks) && s.owner[k+1] >= 0 && x.mentions[s.owner[k+1]].typ == Person ||
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
			// "British Chancellor of the Exchequer Nigel Lawson"
			for j < len(toks) && s.owner[j] < 0 && j-m.end < 6 && (isTitleHead(toks[j].Text) || titleModifiers[strings.ToLower(toks[j].Text)] || gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") || toks[j].Tag == "NN" ||
				strings.ToLower(toks[j].Text) == "of" && isTitleHead(toks[j-1].Text) && j+2 < len(toks) && (gazetteer.Capitalised(toks[j+1].Text) || strings.ToLower(toks[j+1].Text) == "the" && gazetteer.Capitalised(toks[j+2].Text)) ||
				strings.ToLower(toks[j].Text) == "the" && strings.ToLower(toks[j-1].Text) == "of") {
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
			of := false // "British Chancellor of the Exchequer Nigel Lawson"
			for n < len(toks) && n < m.end+7 && s.owner[n] < 0 && (toks[n].Tag == "NN" || strings.HasPrefix(toks[n].Tag, "NNP") && gazetteer.Capitalised(toks[n].Text) ||
				n > m.end && isTitleHead(toks[n-1].Text) && strings.ToLower(toks[n].Text) == "of" || of && strings.ToLower(toks[n].Text) == "the") && !peopleNouns[strings.ToLower(toks[n].Text)] {
				of = of || strings.ToLower(toks[n].Text) == "of"
				n++
			}
			if n > m.end {
				if pm := x.mentionAt(si, n); pm != nil && pm.start == n && !pm.demonym && pm.ent >= 0 && (!of || pm.typ == Person) {
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
		// apposition ", the US deputy secretary of state,", not a title
		// before the next name (", Opposition Leader Michael Pintard,")
		if j+1 < len(toks) && toks[j].Text == "," && x.mentionAt(si, j+1) == nil {
			k := j + 1
			named := false
			for k < len(toks) && toks[k].Text != "," && k-j < 12 && !isConj(toks[k].Text) {
				if m := x.mentionAt(si, k); m != nil && m.typ == Person {
					named = true
				}
				k++
			}
			if k < len(toks) && toks[k].Text == "," && !named {
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
	if x.speakerAfter(si, start, head, ev) || x.visitorDuring(si, start, head, ev) {
		return
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
		// "Fahie, speaking at a press conference": a participle after a
		// comma the tagger may read as a noun
		if strings.HasPrefix(t.Tag, "VB") && lw != "launched" || presenceVerbs[lw] && k > 0 && toks[k-1].Text == "," {
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
	if x.presentAt(si, v, start, head, ev) {
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
		// "Mitsubishi is in talks with PSA"; but "Judges Cowell, Walsh and
		// Osbourne are in discussions to sign up": people in talks with no
		// one named, each with their own
		if subj := x.subjectBefore(si, v); len(ev.attendees) == 0 && len(subj) > 1 {
			people := true
			for _, e := range subj {
				people = people && x.ents[e].typ == Person
			}
			if people {
				ev.sides = append(ev.sides, subj)
			}
		}
	} else if !host {
		for k := v + 1; k < start; k++ {
			if t := toks[k].Tag; t != "RB" && t != "RP" && t != "TO" {
				return
			}
		}
	}
	subj := x.subjectBefore(si, v)
	for _, e := range subj {
		// "Panama hosted the meeting": where it was, no attendee
		if host && isPlace(x.ents[e].typ) {
			if ev.location == nil && x.ents[e].typ != Country {
				ev.location = &evFact{e, si}
			}
			continue
		}
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

// speakerAfter reads a speaker after "after" or "following" the event
// phrase at start ("said Herve Gaymard, after a meeting with Hans Eichel",
// "Goria told reporters after meeting Funaro"): who speaks after a meeting
// was in it. It reports whether it found one.
func (x *extractor) speakerAfter(si, start, head int, ev *event) bool {
	s := &x.sents[si]
	toks := s.toks
	if start > 1 {
		if p := strings.ToLower(toks[start-1].Text); (p == "after" || p == "following") && ev.group != groupConference && ev.group != groupSummit && !possessed(toks, start, head) {
			if e := x.speakerBefore(si, start-1); e >= 0 {
				ev.addAttendee(e, si)
				ev.own = true
				return true
			}
		}
	}
	return false
}

// visitorDuring reads the clause's subject as the visitor of a visit
// phrase at start after "during", "on" or "at the end of" ("Thatcher will
// hold talks during a visit to Moscow", "Howard left Tokyo at the end of a
// four-day visit"), and reports whether it found one.
func (x *extractor) visitorDuring(si, start, head int, ev *event) bool {
	toks := x.sents[si].toks
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
			return ev.own
		}
	}
	return false
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
	if toks[v].Tag == "VBG" && v > 0 && toks[v-1].Text == "," {
		return x.participleSubject(si, v)
	}
	// auxiliaries and adverbs
	k := v - 1
	// and "today", which the tagger may read as a noun ("are today meeting")
	for k >= 0 && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" || toks[k].Tag == "RB" || toks[k].Tag == "TO" || dueWords[strings.ToLower(toks[k].Text)] || relativeDay(toks[k].Text) && k > 0 && strings.HasPrefix(toks[k-1].Tag, "VB")) {
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
			if p, ok := x.skipClause(si, k, &led); ok {
				k = p
				continue
			}
		}
		if personPronouns[lw] && t.Tag == "PRP" {
			if e := x.antecedent(si, k, true); e >= 0 {
				x.resolvedPronoun(si, k, e)
				return []int{e}
			}
			return nil
		}
		if thingPronouns[lw] && t.Tag == "PRP" {
			if e := x.antecedent(si, k, false); e >= 0 {
				x.resolvedPronoun(si, k, e)
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
		// but "as Deutsche Boerse held": a conjunction opening a clause
		if p := m.start - 1; p > 0 && (toks[p].Tag == "IN" || toks[p].Tag == "TO" || toks[p].Tag == "DT" && p > 1 && (toks[p-1].Tag == "IN" || toks[p-1].Tag == "TO")) && strings.ToLower(toks[p].Text) != "and" &&
			!(clauseOpeners[strings.ToLower(toks[p].Text)] && m.end == v) {
			if toks[p].Tag == "DT" {
				p--
			}
			if !(strings.ToLower(toks[p].Text) == "of" && p > 0 && (peopleNouns[strings.ToLower(toks[p-1].Text)] || toks[p-1].Tag == "NNS" && isTitleHead(strings.TrimSuffix(toks[p-1].Text, "s")))) {
				k = m.start
				continue
			}
		}
		// "Two local councillors who back Mr Flight met": the object of a
		// relative clause, whose head has no name
		l := x.titleLeft(si, m.start, e.typ)
		for l > 0 && isHonorific(strings.ToLower(strings.TrimSuffix(toks[l-1].Text, "."))) {
			l-- // "Mr Flight"
		}
		if l >= 2 && strings.HasPrefix(toks[l-1].Tag, "VB") && (strings.ToLower(toks[l-2].Text) == "who" || strings.ToLower(toks[l-2].Text) == "that") && (l < 3 || toks[l-3].Text != ",") {
			return nil
		}
		// "trade issues, like the dispute between the U.S. and Japan,":
		// names coordinated after "between" are another thing's parties
		out := x.coordinatedBefore(si, m, e)
		if left := x.listStart(si, out, m); left > 0 && (strings.ToLower(toks[left-1].Text) == "between" || strings.ToLower(toks[left-1].Text) == "among") {
			k = left
			continue
		}
		return out
	}
	return nil
}

// listStart returns the first token of the leftmost mention in sentence si
// of the entities of a coordinated list ending in mention m, past "the".
func (x *extractor) listStart(si int, ents []int, m *mention) int {
	left := m.start
	for _, k := range x.sents[si].mentions {
		o := &x.mentions[k]
		if o.start < left && o.end <= m.start && slices.Contains(ents, o.ent) {
			left = o.start
		}
	}
	if left > 0 && x.sents[si].toks[left-1].Tag == "DT" {
		left--
	}
	return left
}

// clauseOpeners are conjunctions that open a clause whose subject follows:
// "as Deutsche Boerse held its third meeting".
var clauseOpeners = map[string]bool{"as": true, "because": true, "while": true, "although": true, "though": true, "whereas": true, "when": true}

// participleSubject returns the subject of a participle after a comma:
// the sentence's ("Funaro will extend his tour, flying to Japan").
func (x *extractor) participleSubject(si, v int) []int {
	s := &x.sents[si]
	toks := s.toks
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

// skipClause skips back from the comma at token k over ", who is
// accompanied by X," and ", headed by X, head of Y," to the subject,
// adding who heads it to led; it returns the token to go on from and
// whether it skipped.
func (x *extractor) skipClause(si, k int, led *[]int) (int, bool) {
	toks := x.sents[si].toks
	p := k - 1
	for p >= 0 && toks[p].Text != "," {
		p--
	}
	if p >= 0 && p+1 < k {
		w := strings.ToLower(toks[p+1].Text)
		if w == "who" || w == "which" || w == "whose" || partyTag(toks[p+1:k]) {
			return p, true // ", D-N.Y.,": a party and state after a name
		}
		if (w == "headed" || w == "led") && p+3 < len(toks) && strings.ToLower(toks[p+2].Text) == "by" {
			for q := p + 3; q < k; q++ {
				if pm := x.mentionAt(si, q); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
					*led = append(*led, pm.ent)
					break
				}
			}
			return p, true
		}
		if (w == "headed" || w == "led" || isTitleHead(toks[p+1].Text) || toks[p+1].Tag == "DT") && p+1 < k {
			for q := p - 1; q >= 0; q-- {
				if toks[q].Text == "," {
					break
				}
				if w2 := strings.ToLower(toks[q].Text); (w2 == "headed" || w2 == "led") && q+2 < len(toks) && strings.ToLower(toks[q+1].Text) == "by" {
					for r := q + 2; r < p; r++ {
						if pm := x.mentionAt(si, r); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
							*led = append(*led, pm.ent)
							break
						}
					}
				}
			}
			return p, true
		}
	}
	return k, false
}

// coordinatedBefore returns the entity of mention m and its coordinated
// partners to the left.
func (x *extractor) coordinatedBefore(si int, m *mention, e *entity) []int {
	toks := x.sents[si].toks
	out := []int{m.ent}
	// coordinated partners to the left: "US, Russia", "Senior US and
	// Russian", "Sir Geoffrey Howe and U.S. Secretary of State George
	// Shultz" (titles between)
	j := x.titleLeft(si, m.start, e.typ) - 1
	first := true
	for j >= 1 && (isConj(toks[j].Text) || toks[j].Text == ",") {
		// a list ends in "and" ("A, B and C"); a bare comma joins names
		// only at the start ("US, Russia meet"), not "owned by Matias
		// Machline, Sarney met"
		if first && toks[j].Text == "," {
			if pm := x.mentionAt(si, j-1); pm == nil || x.titleLeft(si, pm.start, pm.typ) > 0 {
				break
			}
		}
		first = false
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
	// "At the ceremony, there was a benediction by Rabbi Seth Goldstein":
	// who performs an act there attends
	for k := head + 1; k+2 < len(toks) && k < head+40; k++ {
		if lw := x.sents[si].lower(k); actNouns[lw] && strings.HasPrefix(toks[k].Tag, "NN") {
			if w := x.sents[si].lower(k + 1); w == "by" || w == "from" {
				objs, _ := x.nameList(si, k+2, false)
				for _, o := range objs {
					if x.ents[o].typ == Person {
						ev.addAttendee(o, si)
						ev.own = true
					}
				}
			}
		}
	}
	// "At the ceremony, a lawyer tweeted that Montoya-Lewis spoke
	// movingly": who speaks or performs there attends
	for k := head + 1; k+1 < len(toks) && k < head+30; k++ {
		m := x.mentionAt(si, k)
		if m == nil || m.start != k || m.ent < 0 || m.typ != Person || m.end >= len(toks) {
			continue
		}
		if v := m.end; presenceVerbs[x.sents[si].lower(v)] && strings.HasPrefix(toks[v].Tag, "VB") && !negated(toks, v) && (toks[k-1].Tag != "IN" || x.sents[si].lower(k-1) == "that") {
			ev.addAttendee(m.ent, si)
			ev.own = true
		}
		k = m.end - 1
	}
	// (past a long list of names: "After a day of meetings with Vice
	// President George Bush, Secretary of State George Shultz and Commerce
	// Secretary Malcolm Baldrige, Clark told")
	for k := head + 1; k < len(toks) && k < head+30; k++ {
		t := toks[k]
		lw := strings.ToLower(t.Text)
		// "At a press conference, a reporter asked Montoya-Lewis": who is
		// asked or questioned there was there, whoever asks
		if faceVerbs[lw] && strings.HasPrefix(t.Tag, "VB") && !negated(toks, k) && k > head+1 {
			objs, _ := x.nameList(si, k+1, false)
			for _, o := range objs {
				if x.ents[o].typ == Person {
					ev.addAttendee(o, si)
					ev.own = true
				}
			}
			return
		}
		if personPronouns[lw] && t.Tag == "PRP" && k > 0 && (toks[k-1].Text == "," || k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") && k-head <= 3) {
			if e := x.antecedent(si, 0, true); e >= 0 {
				x.resolvedPronoun(si, k, e)
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
				// "During the sitting, Penn questioned Premier Fahie": who
				// is questioned or thanked there was there
				if faceVerbs[x.sents[si].lower(e)] && !negated(toks, e) {
					objs, _ := x.nameList(si, e+1, false)
					for _, o := range objs {
						if x.ents[o].typ == Person {
							ev.addAttendee(o, si)
						}
					}
				}
				return
			}
			k = m.end - 1
		}
	}
}

func inPhrase(toks []nlpToken, k int) bool {
	return k > 0 && (toks[k-1].Tag == "IN" || toks[k-1].Tag == "TO")
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
var speechVerbs = wordSet("speechVerbs")

// negated reports whether the verb at token v is negated: "did not meet",
// "are not attending", "won't attend".
func negated(toks []nlpToken, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if negations[strings.ToLower(toks[k].Text)] {
			return true
		}
		if t := toks[k].Tag; !strings.HasPrefix(t, "VB") && t != "MD" && t != "RB" {
			return false
		}
	}
	return false
}

// beVerbs are the forms of "be"; negations deny the verb after them.
var (
	beVerbs   = wordSet("beVerbs")
	negations = wordSet("negations")
)

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

// onlyAdverbs reports whether tokens [i, j) are all adverbs.
func onlyAdverbs(toks []nlpToken, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Tag != "RB" {
			return false
		}
	}
	return true
}

// presentAt reads "Senator Vieira spoke during the sitting", "testified at
// the hearing" (verb v, event phrase from start): who speaks at an event is
// there. It reports whether the verb was such a one.
func (x *extractor) presentAt(si, v, start, head int, ev *event) bool {
	toks := x.sents[si].toks
	p := strings.ToLower(toks[start-1].Text)
	if p != "at" && p != "during" && p != "before" || negated(toks, v) {
		return false
	}
	vw := strings.ToLower(toks[v].Text)
	switch {
	case presenceVerbs[vw] && onlyAdverbs(toks, v+1, start-1):
	case speechVerbs[vw] && p != "before" && x.audienceOnly(si, v+1, start-1):
		// "told reporters at a press briefing", "said at a news
		// conference": who speaks there is there
	default:
		return false
	}
	if toks[v].Tag == "VBG" || strings.HasSuffix(vw, "ing") {
		switch {
		case v == 0:
			// "Speaking during Thursday's sitting, Marlon Penn said"
			x.frontedSubject(si, head, ev)
			return true
		case toks[v-1].Text == ",":
			// "Premier Andrew Fahie, speaking at a press conference,"
			if m := x.mentionAt(si, v-2); m != nil && m.end == v-1 && m.ent >= 0 && m.typ == Person {
				ev.addAttendee(m.ent, si)
				ev.own = true
			}
			return true
		}
	}
	for _, e := range x.subjectBefore(si, v) {
		if t := x.ents[e].typ; t == Person || t == Organization || t == Country {
			ev.addAttendee(e, si)
			ev.own = true
		}
	}
	return true
}

// audienceWords name who a speaker tells something at an event: "told
// reporters at", "told members of the press at".
var audienceWords = wordSet("audienceWords")

// audienceOnly reports whether tokens [i, j) are only adverbs and words
// for an audience.
func (x *extractor) audienceOnly(si, i, j int) bool {
	toks := x.sents[si].toks
	for k := i; k < j; k++ {
		if toks[k].Tag != "RB" && !audienceWords[x.sents[si].lower(k)] {
			return false
		}
	}
	return true
}
