// Shallow syntax helpers over tagged tokens: subjects, governors, lists of names, clause gaps, pronoun antecedents.

package extract

import (
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
		j, out = x.listItemStart(si, j, out)
		// skip determiners, adjectives and titles before a name
		k := x.nameListLead(si, j)
		m := x.mentionAt(si, k)
		if m == nil || m.ent < 0 {
			// "creditor banks and the IMF": a nameless conjunct
			n := k
			for n < len(toks) && n < k+4 && s.owner[n] < 0 && (toks[n].Tag == "NN" || toks[n].Tag == "NNS" || toks[n].Tag == "JJ") {
				n++
			}
			if n > k && n+1 < len(toks) && (isConj(toks[n].Text) || toks[n].Text == ",") && len(out) < 6 {
				// "met the officials, Smith said": a bare comma, as after a name
				commaOnly = toks[n].Text == ","
				j = n + 1
				continue
			}
			// "finance ministers of the G8": the body they speak for
			if pm := x.bodyOfPeople(si, n); pm != nil {
				out = append(out, pm.ent)
				j = pm.end
				if j < len(toks) && (isConj(toks[j].Text) || toks[j].Text == ",") {
					j++
					continue
				}
			}
			break
		}
		if n := x.afterSeatWord(si, m); n > 0 { // "with Milwaukee-based Marine Corp": syntax_seat_words.go
			j = n
			continue
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
		if m.end < len(toks) && (isTitleHead(toks[m.end].Text) || lowerIn(titleModifiers, toks[m.end].Text) || x.titledName(si, m.end)) && k-j < 6 {
			j = m.end
			// "British Chancellor of the Exchequer Nigel Lawson"
			for j < len(toks) && s.owner[j] < 0 && j-m.end < 6 && (isTitleHead(toks[j].Text) || lowerIn(titleModifiers, toks[j].Text) || gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") || toks[j].Tag == "NN" ||
				lowerIs(toks[j].Text, "of") && isTitleHead(toks[j-1].Text) && j+2 < len(toks) && (gazetteer.Capitalised(toks[j+1].Text) || lowerIs(toks[j+1].Text, "the") && gazetteer.Capitalised(toks[j+2].Text)) ||
				lowerIs(toks[j].Text, "the") && lowerIs(toks[j-1].Text, "of")) {
				j++
			}
			if pm := x.mentionAt(si, j); pm != nil && pm.typ == Person {
				continue
			}
			break
		}
		// "U.S. Treasury Secretary James Baker", "International Monetary
		// Fund (IMF) head Michel Camdessus": a country or a bracketed
		// acronym before a title names the person's post, not a participant
		if n := x.titledAfterName(si, m); n >= 0 {
			j = n
			continue
		}
		e := x.ents[m.ent]
		// "French carmaker PSA", "Japanese Defence Minister Yuko Kurihara",
		// "UK bank Barclays": a national word and a description before the name
		if m.demonym || isPlace(e.typ) && m.end < len(toks) && toks[m.end].Tag == "NN" && !gazetteer.Capitalised(toks[m.end].Text) {
			n := m.end
			of := false // "British Chancellor of the Exchequer Nigel Lawson"
			for n < len(toks) && n < m.end+7 && s.owner[n] < 0 && (toks[n].Tag == "NN" || strings.HasPrefix(toks[n].Tag, "NNP") && gazetteer.Capitalised(toks[n].Text) ||
				n > m.end && isTitleHead(toks[n-1].Text) && lowerIs(toks[n].Text, "of") || of && lowerIs(toks[n].Text, "the")) && !lowerIn(peopleNouns, toks[n].Text) {
				of = of || lowerIs(toks[n].Text, "of")
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
		itemEnd := j
		j = x.skipApposition(si, j)
		if n, ok := semicolonNext(toks, j, &commaOnly); ok && j > itemEnd { // syntax_list_commas.go
			j = n
			continue
		}
		if j < len(toks) && (listConj(toks, j) || toks[j].Text == ",") {
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

// titledAfterName returns the start of the person's name after a
// country's mention m and a title whose first words may name a department
// or a body ("U.S. Treasury Secretary James Baker", "U.S. Federal Reserve
// Board Chairman Paul Volcker"), or after a body's mention and its acronym
// in brackets ("International Monetary Fund (IMF) head Michel Camdessus"),
// or -1: capitalised words, title words, "of" and "the", with a title head
// right before the person.
func (x *extractor) titledAfterName(si int, m *mention) int {
	s := &x.sents[si]
	toks := s.toks
	if m.ent < 0 {
		return -1
	}
	from := m.end
	switch {
	case from+2 < len(toks) && toks[from].Text == "(" && toks[from+2].Text == ")":
		from += 3
	case x.ents[m.ent].typ != Country:
		return -1
	}
	for n := from; n < len(toks) && n < from+7; n++ {
		if pm := x.mentionAt(si, n); pm != nil && pm.start == n && pm.typ == Person {
			if n > from && isTitleHead(toks[n-1].Text) && s.owner[n-1] < 0 {
				return n
			}
			return -1
		}
		if lw := lower(toks[n].Text); !gazetteer.Capitalised(toks[n].Text) && !isTitleHead(toks[n].Text) && !titleModifiers[lw] && lw != "of" && lw != "the" {
			return -1
		}
	}
	return -1
}

// nameListLead returns the token after the determiners, adjectives and titles from j before a name in nameList.
func (x *extractor) nameListLead(si, j int) int {
	s := &x.sents[si]
	toks := s.toks
	k := j
	for k < len(toks) && s.owner[k] < 0 && k-j < 6 {
		t := toks[k]
		lw := lower(t.Text)
		if lw == "the" || lw == "a" || lw == "an" || lw == "his" || lw == "her" || lw == "its" || lw == "their" || lw == "both" || lw == "either" || t.Tag == "JJ" || isTitleHead(t.Text) || titleModifiers[lw] || isHonorific(lw) || gazetteer.Capitalised(t.Text) && strings.HasPrefix(t.Tag, "NNP") ||
			// "trade envoy Clayton Yeutter": a common noun before a title
			(t.Tag == "NN" || t.Tag == "NNS") && k+1 < len(toks) && isTitleHead(toks[k+1].Text) && s.owner[k+1] < 0 ||
			// "attended by members John Hull, Mary Ebanks": a people noun before a name
			(peopleNouns[lw] || memberNouns[lw]) && k+1 < len(toks) && s.owner[k+1] >= 0 && x.mentions[s.owner[k+1]].typ == Person ||
			// "banker Tanya McCartney and businessman Franklyn Wilson"
			x.leadTitleWord(s, k) ||
			// "council members Tom Reyes and Lisa Chen": syntax_plural_posts.go
			x.pluralPostLead(s, k) ||
			// "met with visiting Chinese Foreign Minister Wang Yi": the guest's
			// participle before a capitalised title or name
			lw == "visiting" && k+1 < len(toks) && gazetteer.Capitalised(toks[k+1].Text) ||
			(lw == "of" || lw == "for") && k > j && isTitleHead(toks[k-1].Text) && k+1 < len(toks) && (gazetteer.Capitalised(toks[k+1].Text) ||
				lowerIs(toks[k+1].Text, "the") && k+2 < len(toks) && gazetteer.Capitalised(toks[k+2].Text)) {
			k++
			continue
		}
		break
	}
	return k
}

// skipApposition returns the closing comma of an apposition after a name in nameList at j (", the US deputy secretary of state,"), or j.
func (x *extractor) skipApposition(si, j int) int {
	toks := x.sents[si].toks
	if j+1 < len(toks) && toks[j].Text == "," && (x.mentionAt(si, j+1) == nil || toks[j+1].Tag == "PRP$") {
		k := j + 1
		named := false
		for k < len(toks) && toks[k].Text != "," && toks[k].Text != ";" && k-j < 12 && !isConj(toks[k].Text) {
			if m := x.mentionAt(si, k); m != nil && m.typ == Person {
				named = true
			}
			k++
		}
		if k < len(toks) && (toks[k].Text == "," || toks[k].Text == ";" && k+1 < len(toks) && x.semicolonItem(si, k+1)) && !named {
			return k
		}
	}
	return j
}

func isConj(w string) bool { return w == "and" || w == "&" || w == "or" }

// skipNP returns the token after the noun phrase starting at j.
func (x *extractor) skipNP(si, j int) int {
	toks := x.sents[si].toks
	for j < len(toks) {
		t := toks[j]
		if x.sents[si].owner[j] >= 0 || t.Tag == "DT" || strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "POS" {
			if _, ok := lowerHas(eventNouns, t.Text); ok && strings.HasPrefix(t.Tag, "NN") {
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
		lw := lower(t.Text)
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
		if x.parentheticalSubject(si, start, head, ev) { // event_parenthetical_subjects.go
			return
		}
		x.frontedSubject(si, head, ev)
		return
	}
	vw := lower(toks[v].Text)
	// "Wallis made the remark in talks with Saito": who speaks in talks
	// takes part in them; so at a meeting with someone
	// (event_at_meeting_with.go).
	if p := lower(toks[start-1].Text); (p == "in" || p == "during" || atEventWith(s, start, head)) && (ev.group == groupTalks || ev.group == groupCall) && (toks[v].Tag != "VBG" || v > 0) && !speechVerbs[vw] && !beVerbs[vw] && !negated(toks, v) && !possessed(toks, start, head) {
		var side []int
		for _, e := range x.subjectBefore(si, v) {
			if atEventWith(s, start, head) && !x.namedRightBefore(si, e, v) {
				continue // "Morocco, buoyed by the Paris Club rescheduling, is likely to obtain aid at a meeting with donors"
			}
			if t := x.ents[e].typ; t == Person || t == Organization || t == Country {
				ev.addAttendee(e, si)
				ev.own = true
				side = append(side, e)
			}
		}
		if len(side) > 1 && x.actsInTalks(si, v, start) {
			ev.sides = append(ev.sides, side) // "Lyng and Yeutter took a hardline stance in talks"
		}
		return
	}
	if x.presentAt(si, v, start, head, ev) {
		return
	}
	host := hostVerbs[vw]

	if motionVerbs[vw] && ev.location == nil {
		x.motionDestination(si, v, start, ev) // "go to Moscow for talks"
	}
	// "Leaving a Brussels summit Mr Blair said": a sentence-initial participle.
	if v == 0 && toks[v].Tag == "VBG" {
		x.frontedSubject(si, head, ev)
		return
	}
	partIn := x.partIn(si, v, start) // "participated in the summit": events_named_presence.go
	// "will visit Washington next month for talks" (event_journey_for.go)
	journey := !host && !negated(toks, v) && x.journeyFor(si, v, start, head, ev)
	if !host && !participationVerbs[vw] && !partIn && !journey || negated(toks, v) {
		return // "had to accept negotiations", "are not attending": no part in them
	}
	// The phrase must be the verb's object ("held a meeting", "invited the
	// Commission for talks"), or follow a verb of motion ("arrived ... for
	// talks"): not "open the way for summit talks".
	if motionVerbs[vw] {
		if p := lower(toks[start-1].Text); p != "for" && p != "to" && p != "at" {
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
	} else if !host && !partIn && !journey {
		for k := v + 1; k < start; k++ {
			if t := toks[k].Tag; t != "RB" && t != "RP" && t != "TO" {
				return
			}
		}
	}
	subj := x.subjectBefore(si, v)
	if len(subj) > 1 && journey && journeySide(vw) {
		ev.sides = append(ev.sides, subj) // "Yeutter and Lyng will visit Tokyo for talks": together
	}
	if len(subj) == 0 && !host && x.pluralAttended(si, v, ev) {
		return // "The pair later attended a dinner" (plural_antecedents.go)
	}
	if !host && len(subj) > 1 && (alsoBefore(s, v) || x.withUnnamedPeople(si, head)) {
		// "Myers and Amstutz also attended the meeting", "Baker and Volcker
		// held a meeting with senior West German officials"
		ev.sides = append(ev.sides, subj)
	}
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
	// "Anderson, who was joined by Bailey, addressed the briefing": who
	// is with the subject is there (event_companions.go)
	if len(subj) > 0 {
		x.addPeople(ev, si, x.appositionCompanions(si, v))
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

// motionDestination reads where a verb of motion at token v goes before
// the event phrase at start ("go to Moscow for talks", "flew in the
// capital for the summit") as the event's place.
func (x *extractor) motionDestination(si, v, start int, ev *event) {
	toks := x.sents[si].toks
	for k := v + 1; k < start-1; k++ {
		if w := lower(toks[k].Text); w == "to" || w == "in" || w == "for" && k+1 < len(toks) && x.mentionAt(si, k+1) != nil || w == "for" && k+2 < len(toks) && lowerIs(toks[k+1].Text, "the") {
			if lowerIs(toks[k+1].Text, "the") {
				k++
			}
			if pm := x.mentionAt(si, k+1); pm != nil && pm.ent >= 0 && isPlace(x.ents[pm.ent].typ) && !pm.demonym {
				ev.location = &evFact{pm.ent, si}
			}
			return
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
		if p := lower(toks[start-1].Text); (p == "after" || p == "following") && ev.group != groupConference && ev.group != groupSummit && !possessed(toks, start, head) {
			if e := x.speakerBefore(si, start-1); e >= 0 {
				ev.addAttendee(e, si)
				ev.own = true
				return true
			}
			// "X, speaking after talks with Y, said" (met_participles.go)
			if subj, fronted := x.participleSpeaker(si, start-1); fronted {
				x.frontedSubject(si, head, ev)
				return true
			} else if len(subj) > 0 {
				x.addPeople(ev, si, subj)
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
		p := lower(toks[start-1].Text)
		pp := lower(toks[start-2].Text)
		if p == "during" || p == "on" && start > 0 || p == "of" && (pp == "end" || pp == "course" || pp == "start" || pp == "part") {
			for k := start - 2; k >= 0 && k >= start-20; k-- {
				t := toks[k]
				if t.Tag == ":" || t.Tag == "``" || t.Tag == "''" || lowerIs(t.Text, "that") {
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
						w := lower(toks[n].Text)
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
		lw := lower(s.toks[k].Text)
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

// negatedAfter reports whether a negation stands in tokens [i, j): "was
// not at the meeting", "was never at meetings".
func negatedAfter(toks []nlpToken, i, j int) bool {
	for k := i; k < j; k++ {
		if lowerIn(negations, toks[k].Text) {
			return true
		}
	}
	return false
}

// negated reports whether the verb at token v is negated: "did not meet",
// "are not attending", "won't attend".
func negated(toks []nlpToken, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if lowerIn(negations, toks[k].Text) {
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
	p := lower(toks[start-1].Text)
	if p != "at" && p != "during" && p != "before" || negated(toks, v) {
		return false
	}
	vw := lower(toks[v].Text)
	switch {
	case presenceVerbs[vw] && onlyAdverbs(toks, v+1, start-1):
	case beVerbs[vw] && p == "at" && onlyAdverbs(toks, v+1, start-1) && toks[v].Tag != "VBG" && !negatedAfter(toks, v+1, start-1):
		// "Smith and Jones were at a fundraiser", "he was at the meeting":
		// who is at an event is there
	case (speechVerbs[vw] || audienceVerbs[vw]) && p != "before" && x.audienceOnly(si, v+1, start-1):
		// "told reporters at a press briefing", "said at a news
		// conference", "addressed supporters at a rally": who speaks
		// there is there (event_audiences.go)
	case p != "before" && presenceRole(x.sents[si].toks, v, start-1):
		// "was the keynote speaker at the luncheon", "delivered remarks
		// at the ceremony" (event_presence_roles.go)
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
	x.addPeople(ev, si, x.appositionCompanions(si, v)) // "X, joined by Y, spoke at"
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

// listItemStart returns where the name of a list's item opening at token j
// starts, and out with what the item names before it: the name a
// description stands for ("his French counterpart, Emmanuel Macron":
// met_possessed_people.go), or a delegation's leader ("a delegation led by
// Governor Ron DeSantis") after the country it is of ("the Yugoslav
// delegation headed by X": event_delegation.go).
func (x *extractor) listItemStart(si, j int, out []int) (int, []int) {
	if d := x.describedName(si, j); d >= 0 {
		return d, out
	}
	if b, body := x.delegationLedBy(si, j); b > 0 {
		if body >= 0 {
			out = append(out, body)
		}
		return b, out
	}
	return j, out
}
