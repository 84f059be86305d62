// Attendees of modern copy's gatherings: who acts at an event told in a
// prepositional phrase ("X and Y announced the deal at a news conference",
// "At a news conference, X and Y announced"), who is listed after
// ", attended by", who speaks "where" the event is held, who is there
// "alongside" an attendee or flanks one, who presides, co-hosts and who moderates it.

package extract

import "strings"

// modernAttendees adds the attendees modern copy tells around the events
// of sentence si (x.events[first:] were read there).
func (x *extractor) modernAttendees(si, first int) {
	s := &x.sents[si]
	toks := s.toks
	for _, ev := range x.events[first:] {
		if ev.foreign || len(ev.triggers) == 0 || ev.triggers[0].sent != si {
			continue
		}
		tr := ev.triggers[0]
		start := x.npStart(si, tr.start)
		if start > 0 && !ev.verb {
			// not at talks between countries ("a U.S.-Israeli trade
			// meeting"): who acts there speaks for one of them
			if w := s.lower(start - 1); (w == "at" || w == "during" || callPreposition(ev, w)) && !x.countryParties(ev) {
				for _, p := range x.actorsAround(si, start-1, tr.end) {
					ev.addAttendee(p, si)
					ev.own = true
				}
			}
		}
		for j := tr.end; j+2 < len(toks) && j < tr.end+20; j++ {
			w := s.lower(j)
			switch {
			case w == ";" || w == "and" && strings.HasPrefix(toks[j+1].Tag, "VB"):
				j = len(toks)
			case (w == "," || toks[j].Tag == "NN" || toks[j].Tag == "NNP" || toks[j].Tag == "CD") && s.lower(j+1) == "attended" && s.lower(j+2) == "by":
				// "The board met on Thursday, attended by directors A, B and
				// C", "a fundraiser on Saturday night attended by A"
				k := j + 3
				for k < len(toks) && s.owner[k] < 0 && (peopleNouns[s.lower(k)] || peopleLike(s.lower(k))) {
					k++
				}
				names, _ := x.nameList(si, k, false)
				x.addPeople(ev, si, names)
			case w == "," && (s.lower(j+1) == "where" || whichOpening(s, j+1)) && ev.group != groupVisit:
				// "..., where party president Mark Golding addressed delegates",
				// "chaired the hearing, at which Commissioner Ray Stone testified"
				o := j + 2
				if s.lower(j+1) != "where" {
					o = j + 3
				}
				for v := o; v < len(toks) && v < j+14; v++ {
					if t := toks[v].Tag; strings.HasPrefix(t, "VB") {
						if (t == "VBD" || t == "VBZ" || t == "VBP") && addressVerbs[s.lower(v)] && !negated(toks, v) {
							x.addPeople(ev, si, x.subjectBefore(si, v))
						}
						x.joinedWhere(ev, si, v) // "..., where he was joined by Finance Secretary Jeremiah Frett"
						break
					}
				}
				j = len(toks)
			case w == "co-hosted" && s.lower(j+1) == "by" && j-tr.end <= 8:
				// "Tuesday's debate in South Carolina, co-hosted by CBS News"
				names, _ := x.nameList(si, j+2, false)
				for _, e := range names {
					if e >= 0 && (x.ents[e].typ == Organization || x.ents[e].typ == Person) {
						ev.addOrganizer(e, si)
					}
				}
			case w == "moderated" && s.lower(j+1) == "by" && j-tr.end <= 8:
				// "a conversation moderated by ABC's Deborah Roberts"
				if p, _ := x.journalistAt(si, j+2); p >= 0 {
					ev.addAttendee(p, si)
				}
			case (w == "flanked" || w == "joined" || w == "accompanied") && s.lower(j+1) == "by" && len(ev.attendees) > 0 && (toks[j-1].Text == "," || j == tr.end):
				// "signed the bill at a ceremony on Friday, flanked by
				// Senate President Kathleen Passidomo"
				names, _ := x.nameList(si, j+2, false)
				x.addPeople(ev, si, names)
			case w == "with" && toks[j-1].Text == "," && x.presentList(si, j+1, ev):
				// "..., with chairman A, director B and member C present"
			case w == "with" && toks[j-1].Text == ",":
				// "..., with Governor Jane Owen presiding"
				if p, end := x.journalistAt(si, j+1); p >= 0 && end < len(toks) && presideWords[s.lower(end)] {
					ev.addOrganizer(p, si)
					ev.hosts = append(ev.hosts, evFact{p, si}) // who presides is there
					ev.own = true
				}
			case (w == "testimony" || w == "evidence") && s.lower(j+1) == "from" && testimonyHeads[s.lower(tr.end-1)]:
				// "The hearing, chaired by Senator Ann Carter, heard
				// testimony from Police Commissioner Gary Brown"
				names, _ := x.nameList(si, j+2, false)
				x.addPeople(ev, si, names)
			case w == "alongside" && len(ev.attendees) > 0:
				// "testified at a hearing alongside Commissioner Gary Rowe"
				names, _ := x.nameList(si, j+1, false)
				x.addPeople(ev, si, names)
			}
		}
	}
}

// joinedWhere adds to ev the people of a passive companion verb at token
// v of sentence si, in a clause that says where ev was held: "a press
// conference, where he was joined by Finance Secretary Jeremiah Frett"
// (the subject and the companions are there).
func (x *extractor) joinedWhere(ev *event, si, v int) {
	s := &x.sents[si]
	toks := s.toks
	if v+3 >= len(toks) || !beVerbs[s.lower(v)] || negated(toks, v) || !companionVerbs[s.lower(v+1)] || s.lower(v+2) != "by" {
		return
	}
	names, _ := x.nameList(si, v+3, false)
	if len(names) == 0 {
		return
	}
	x.addPeople(ev, si, x.subjectBefore(si, v))
	x.addPeople(ev, si, names)
}

// testimonyHeads are the events where witnesses give testimony: who it is
// heard from is there.
var testimonyHeads = map[string]bool{"hearing": true, "hearings": true, "inquiry": true, "inquest": true, "sitting": true, "session": true}

// presideWords after "with NAME" say who holds an event: "with Governor
// Jane Owen presiding".
var presideWords = map[string]bool{"presiding": true, "officiating": true, "chairing": true, "hosting": true, "moderating": true}

// mindVerbs tell what someone thinks or hopes; an event phrase right after
// them is the clause's that follows.
var mindVerbs = wordSet("mindVerbs")

// addressVerbs tell who spoke where an event was held ("..., where Mark
// Golding addressed delegates").
var addressVerbs = map[string]bool{"addressed": true, "addresses": true, "spoke": true, "speaks": true, "said": true,
	"says": true, "told": true, "announced": true, "announces": true, "presented": true, "delivered": true,
	"thanked": true, "urged": true, "welcomed": true, "unveiled": true, "outlined": true, "launched": true,
	"voted": true, "testified": true, "presided": true, "answered": true, "argued": true, "questioned": true}

// countryParties reports whether a country is among ev's attendees.
func (x *extractor) countryParties(ev *event) bool {
	for _, a := range ev.attendees {
		if x.ents[a.ent].typ == Country {
			return true
		}
	}
	return false
}

// addPeople adds the people among names to ev's attendees.
func (x *extractor) addPeople(ev *event, si int, names []int) {
	for _, p := range names {
		if p >= 0 && x.ents[p].typ == Person {
			ev.addAttendee(p, si)
			ev.own = true
		}
	}
}

// actorsAround returns the people who act at an event told by the
// prepositional phrase at token at, whose event noun ends before token
// end: the subjects of the clause's verb, after the phrase when it opens
// the sentence ("At a news conference, X and Y announced"), else before it
// ("X and Y announced the deal at a news conference").
func (x *extractor) actorsAround(si, at, end int) []int {
	toks := x.sents[si].toks
	finite := func(v int) bool {
		t := toks[v].Tag
		return (t == "VBD" || t == "VBZ" || t == "VBP") && !negated(toks, v)
	}
	var v = -1
	if at <= 1 {
		for k := end; k < len(toks); k++ {
			if finite(k) {
				v = k
				break
			}
		}
		if v < 0 || !strings.Contains(x.span(si, end, v), ",") {
			return nil
		}
	} else {
		// the nearest verb before the phrase, finite: not "is scheduled
		// to meet X during his visit", "intends to recommend at its meeting"
		for k := at - 1; k >= 0 && k >= at-12; k-- {
			if t := toks[k].Text; t == "," || t == ";" || strings.EqualFold(t, "that") || strings.EqualFold(t, "who") {
				break
			}
			if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" {
				if finite(k) && !lowerIn(beVerbs, toks[k].Text) {
					v = k
				}
				break
			}
		}
		if v < 0 {
			if out := x.passiveCompanions(si, at); out != nil {
				return out // "were joined by X at"
			}
			return x.joinedAfter(si, at, end) // "was joined at the briefing by X", "Joining X at the briefing were Y"
		}
		if x.reportedSubject(si, v, at) { // event_reported_clause.go
			return nil
		}
		if mindVerbs[x.sents[si].lower(v)] { // "I think at the summit we ought to": the clause's, not the thinker's
			return nil
		}
	}
	out := append(x.onlyPeople(x.subjectBefore(si, v)), x.companions(si, v, at)...)
	return append(out, x.faceAgents(si, v)...)
}

// faceAgents returns the people after "by" when the finite verb at token
// v is "was" or "were" before a verb that puts its person object in the
// room with its subject: "At a hearing on Wednesday, Monroe Ellis was
// questioned by committee chairman Julian Robinson". The names must end
// the clause.
func (x *extractor) faceAgents(si, v int) []int {
	s := &x.sents[si]
	toks := s.toks
	if !beVerbs[s.lower(v)] || v+3 >= len(toks) || !faceVerbs[s.lower(v+1)] || s.lower(v+2) != "by" || negated(toks, v) {
		return nil
	}
	names, end := x.nameList(si, v+3, false)
	if end < len(toks) && toks[end].Text != "." && toks[end].Text != "," && toks[end].Text != ";" {
		return nil
	}
	return x.onlyPeople(names)
}

// whichOpening reports whether tokens k and k+1 open a relative clause
// told at the event: "at which", "during which".
func whichOpening(s *sentence, k int) bool {
	return k+1 < len(s.toks) && (s.lower(k) == "at" || s.lower(k) == "during") && s.lower(k+1) == "which"
}
