// The verbs of meeting (meetVerbs, a call, a visit): "X met Y", "X and Y
// met", "unions meeting Mr Prescott", "flew to Kyiv to meet Zelensky".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// readMeetVerb reads "X met Y", "X and Y met", "unions meeting Mr Prescott".
func (x *extractor) readMeetVerb(si, i int, ev *event) {
	toks := x.sents[si].toks
	if toks[i].Tag == "VBG" && i > 0 && toks[i-1].Tag == "DT" {
		return // "a meeting" tagged as a verb: read as a noun by the caller
	}
	// "met the legal requirements", "meet the bank's demand": meet as in
	// satisfy, no meeting.
	if lowerIn(meetVerbs, toks[i].Text) && !satisfiesPeople(x, si, i+1) {
		return
	}
	// "are not attending", "did not meet": no meeting; "could be met": a
	// target reached.
	if negated(toks, i) || i > 0 && toks[i].Tag == "VBN" && lowerIn(beVerbs, toks[i-1].Text) {
		return
	}
	// "visiting U.S. Under-Secretary Allen Wallis": the visitor follows.
	if lowerIs(toks[i].Text, "visiting") && i+1 < len(toks) && gazetteer.Capitalised(toks[i+1].Text) && (i == 0 || !strings.HasPrefix(toks[i-1].Tag, "VB")) {
		ents, _ := x.nameList(si, i+1, false)
		for _, e := range ents {
			if x.ents[e].typ == Person && !x.possessiveIn(si, i+1, e) {
				ev.addAttendee(e, si)
				ev.own = true
			}
		}
		return
	}
	subj := x.meetVerbSubject(si, i, ev)
	for _, e := range subj {
		ev.addAttendee(e, si)
		ev.own = true
		if ev.group == groupVisit && strings.HasPrefix(lower(toks[i].Text), "visit") {
			// "Frederik and Mary visited New York", "Yeutter and Lyng will
			// visit Tokyo for discussions": one side, talking with others
			ev.visitors = append(ev.visitors, e)
		}
	}
	// "Dilson Funaro, who he met with last week": the relative's head.
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if w := lower(toks[k].Text); (w == "who" || w == "whom") && toks[k-1].Text == "," {
			if pm := x.mentionAt(si, k-2); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
				ev.addAttendee(pm.ent, si)
				ev.own = true
			}
			break
		}
	}
	j := i + 1
	// "met on Monday with": past a date
	if d := dateAt(x.sents[si].dates, j); d != nil && d.End > j && d.End-i <= 5 && (d.Start == j || toks[j].Tag == "IN") {
		j = d.End
	}
	for j < len(toks) && j < i+5 && (toks[j].Tag == "RB" || lowerIs(toks[j].Text, "with") || ev.group == groupCall && (lowerIs(toks[j].Text, "by") || lowerIs(toks[j].Text, "to") || lowerIs(toks[j].Text, "phone") || lowerIs(toks[j].Text, "telephone"))) {
		j++
	}
	// "met his brother Ravi Sood", "visited his mother, Jane Brenner": the
	// relative named after the kin noun
	j = x.pastKinNoun(si, j, subj)
	var ents []int
	end := -1 // the token after the people met
	if p, e := x.describedPersonAt(si, j); p >= 0 {
		ents, end = []int{p}, e // "met the chairman of the Ports Authority, Lloyd Black," (events_described_guests.go)
	} else if p, e := x.describedObject(si, j, subj); p >= 0 {
		ents, end = []int{p}, e // "met the mayor": the mayor named before (event_described_objects.go)
	} else {
		ents, end = x.nameList(si, j, false)
	}
	if len(ents) == 0 && len(subj) > 0 {
		// "Mottley met her": the one person named before (met_object_pronouns.go)
		if p, e := x.objectPronoun(si, j, subj); p >= 0 {
			ents, end = []int{p}, e
		}
	}
	if len(ents) == 0 && ev.group == groupVisit {
		// "visited the office of Mayor Craig": the person (event_visited_premises.go)
		if p, e := x.premisesOwner(si, j); p >= 0 {
			ents, end = []int{p}, e
		}
	}
	if len(ents) == 0 {
		// "met business leaders, including Jamie Dimon": each met by the
		// subject, not said to meet each other
		if ents = x.includedPeople(si, j); len(ents) > 1 {
			ev.sides = append(ev.sides, ents)
		}
	}
	subjects := len(ev.attendees)
	if len(ents) == 0 && len(subj) > 1 && x.unnamedPeopleAt(si, j) {
		ev.sides = append(ev.sides, subj) // "Strang and Jones are meeting with portfolio managers"
	}
	for _, e := range ents {
		// "visiting Sikhism's holiest shrine", but "visited Governor Lee's
		// office": the person (event_visited_premises.go)
		if x.possessiveIn(si, j, e) && !(ev.group == groupVisit && x.visitedPremises(si, j, e)) {
			continue
		}
		// "visited Geneva": the place visited; "visited Putin": a meeting
		if ev.group == groupVisit && isPlace(x.ents[e].typ) {
			if ev.location == nil {
				ev.location = &evFact{e, si}
			}
			continue
		}
		// "visited the European Community", "visited the New York Stock
		// Exchange": a body's seat, not someone met
		if ev.group == groupVisit && x.ents[e].typ == Organization && strings.HasPrefix(lower(toks[i].Text), "visit") {
			continue
		}
		ev.addAttendee(e, si)
		ev.own = true
	}
	if ev.group == groupVisit && len(ev.attendees) > 1 && len(ev.attendees) > subjects {
		ev.group = groupTalks // "visited Putin": they met
	}
	// "under the chairmanship of ..., Ibrahim Abdul-Karim", "chaired by X"
	for k := i + 1; k+2 < len(toks) && k < i+10; k++ {
		w := lower(toks[k].Text)
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
		if w := lower(toks[k].Text); w == "in" || w == "at" {
			// "met at the Capitol": "at" and a place, not a body
			n := k + 1
			if w == "at" && n < len(toks) && lowerIs(toks[n].Text, "the") {
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
	if ev.location == nil && len(ents) > 0 {
		x.meetPlacePastDate(si, end, ev)
	}
}

// meetVerbSubject returns the subject of the meeting verb at token i of
// sentence si: the names before it, the speaker of the clause before
// ("told reporters after meeting Funaro"), the head of a relative ("Alan
// Garcia, whom he said recently spoke by telephone with"), the traveller of
// a purpose clause ("flew to Kyiv on Monday to meet Zelensky"); the plural
// antecedent of "They met" joins ev itself.
func (x *extractor) meetVerbSubject(si, i int, ev *event) []int {
	toks := x.sents[si].toks
	subj := x.subjectBefore(si, i)
	if k := x.departureVerb(si, i); k >= 0 {
		subj = x.subjectBefore(si, k) // "he left the White House to visit": he visits
	}
	if d := x.delegationSubject(si, i); len(d) > 0 {
		subj = d // "a delegation led by X and including Y met": one side
		if len(d) > 1 {
			ev.sides = append(ev.sides, d)
		}
	}
	if len(subj) == 0 {
		subj = x.purposeSubject(si, i, ev)
	}
	// "Smith and Jones ... They met at a fundraiser": the two named before
	if len(subj) == 0 && lowerIn(meetVerbs, toks[i].Text) && x.pluralSubject(si, i) {
		if subj = x.subjectPair(si, i); subj != nil {
			for _, e := range subj {
				ev.addAttendee(e, si-1)
			}
			ev.own, ev.plural = true, true
			subj = nil
		}
	}
	// "Goria told reporters after meeting Funaro": the subject of the
	// clause before.
	if pw := lower(toks[max(i-1, 0)].Text); i > 1 && toks[i].Tag == "VBG" && (pw == "after" || pw == "before" || pw == "following" || pw == "while") && len(subj) == 0 {
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
		// "Speaking after meeting Y, X said", "X said ..., speaking
		// after meeting Y" (met_participles.go)
		if len(subj) == 0 {
			var fronted bool
			if subj, fronted = x.participleSpeaker(si, i-1); fronted {
				x.frontedSubject(si, i, ev)
			}
		}
	}
	// "After meeting with Newsom, Bass said", "Meeting Newsom on Monday,
	// Bass said": the subject of the clause after the fronted participle
	if len(subj) == 0 && toks[i].Tag == "VBG" && (i == 0 || i == 1 && lowerIn(frontedOpeners, toks[0].Text)) {
		x.frontedSubject(si, i, ev)
	}
	// "Alan Garcia, whom he said recently spoke by telephone with X": the
	// relative's head speaks, not the one who says so
	for k := i - 1; k >= 2 && k >= i-5; k-- {
		if w := lower(toks[k].Text); (w == "who" || w == "whom") && toks[k-1].Text == "," && speechBetween(toks, k+1, i) {
			if pm := x.mentionAt(si, k-2); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
				subj = []int{pm.ent}
			}
			break
		}
	}
	return subj
}

// frontedOpeners open a fronted participle: "After meeting with X, Y said".
var frontedOpeners = map[string]bool{"after": true, "before": true, "following": true}
