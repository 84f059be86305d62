// Modern events: meetings that modern copy tells with phrases the wire
// stories did not use: "sat down with", "paid a courtesy call on" (or
// "received" one "from"), "had an
// audience with", "hosted"
// or "welcomed" a person, a
// wedding ("X married Y", "X and Y tied the knot") and an interview with a
// named journalist ("in an interview with CNN's Jake Tapper").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// weddingVerbs make their subject and object, or the two people of their
// subject, a couple wed.
var weddingVerbs = map[string]bool{"married": true, "marries": true, "marry": true, "wed": true, "weds": true}

// presentBe are the forms of "be" that make "married" a state ("they are
// married"), not a wedding.
var presentBe = map[string]bool{"is": true, "are": true, "'s": true, "am": true, "'re": true, "be": true, "been": true}

// modernEvents reads the events of sentence si told with the phrases of
// modern copy: one event for each, with its two parties (who met), its
// place and its date when the clause after the phrase names them.
func (x *extractor) modernEvents(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		var word string
		var parties []int
		next := i + 1
		switch lw := s.lower(i); {
		case (lw == "sat" || lw == "sit" || lw == "sits" || lw == "sitting") && i+2 < len(toks) && s.lower(i+1) == "down" && s.lower(i+2) == "with":
			// "Lightfoot sat down with Governor Pritzker"
			if negated(toks, i) {
				continue
			}
			word = "meeting"
			guest, end := x.journalistAt(si, i+3)
			host := x.onlySubject(si, i)
			if guest < 0 || host < 0 {
				continue
			}
			parties, next = []int{host, guest}, end
			if strings.Contains(lower(x.span(si, end, min(len(toks), end+4))), "interview") {
				word = "interview"
			}
		case lw == "courtesy" && i+2 < len(toks) && (s.lower(i+1) == "call" || s.lower(i+1) == "visit") && (s.lower(i+2) == "on" || s.lower(i+2) == "to" || s.lower(i+2) == "from"):
			// "Wheatley paid a courtesy call on Governor John Rankin", "Allen
			// received a courtesy call from Ambassador Nick Perry"
			v := verbBefore(toks, i, 3)
			if v < 0 || negated(toks, v) {
				continue
			}
			guest, end := x.journalistAt(si, i+3)
			host := x.onlySubject(si, v)
			if guest < 0 || host < 0 {
				continue
			}
			word, parties, next = "visit", []int{host, guest}, end
		case lw == "audience" && s.lower(i+1) == "with" && i+2 < len(toks):
			// "Holness had an audience with Pope Francis", "was granted an
			// audience with the King, Charles III": one who received the other
			v := verbBefore(toks, i, 3)
			if v < 0 || negated(toks, v) {
				continue
			}
			guest, end := x.journalistAt(si, i+2)
			host := x.onlySubject(si, v)
			if guest < 0 || host < 0 {
				continue
			}
			word, parties, next = "meeting", []int{host, guest}, end
		case (lw == "hosted" || lw == "welcomed" || lw == "hosts" || lw == "welcomes") && (toks[i].Tag == "VBD" || toks[i].Tag == "VBZ"):
			// "Biden hosted Prime Minister Rishi Sunak at the White House"
			if negated(toks, i) {
				continue
			}
			guest, end := x.journalistAt(si, i+1)
			host := x.onlySubject(si, i)
			if guest < 0 || host < 0 || end < len(toks) && toks[end].Tag == "POS" {
				continue
			}
			word, parties, next = "meeting", []int{host, guest}, end
			if more, e := x.moreGuests(si, end); len(more) > 0 {
				parties, next = append(parties, more...), e // events_guest_lists.go
			}
		case lw == "joined" && toks[i].Tag == "VBN":
			// "Blunkett was joined by Tony Blair at Welling School" (events_joined.go)
			parties, word, next = x.joinedByParties(si, i)
			if len(parties) == 0 && s.in(i, tlHosting) {
				parties, word, next = x.hostedParties(si, i) // "was joined by X at the summit"
			}
		case (lw == "joined" || lw == "joins") && toks[i].Tag != "VBN":
			// "Sood joined Mayor Brenner at a rally"
			parties, word, next = x.joinedParties(si, i)
		case s.in(i, tlHosting): // hostingVerbs[lw]
			// "will host", "greeted", "was hosted by" (events_hosted.go)
			parties, word, next = x.hostedParties(si, i)
		case s.in(i, tlWedding) && strings.HasPrefix(toks[i].Tag, "VB") || lw == "tied" && i+2 < len(toks) && s.lower(i+1) == "the" && s.lower(i+2) == "knot":
			parties, next = x.couple(si, i)
			word = "wedding"
			// both named here: a pronoun's antecedent in a life story is
			// too often a work's title read as a person ("Bugsy ... she married")
			for _, p := range parties {
				if len(x.entityMentionsIn(p, si)) == 0 {
					parties = nil
				}
			}
		case lw == "interview" && strings.HasPrefix(toks[i].Tag, "NN") && s.lower(i+1) == "with":
			// "In an interview with CNN's Jake Tapper, Senator Sanders said"
			guest, end := x.journalistAt(si, i+2)
			host := x.clauseSpeaker(si, i, end)
			if guest < 0 || host < 0 {
				continue
			}
			word, parties, next = "interview", []int{host, guest}, end
		}
		if len(parties) < 2 || parties[0] == parties[1] {
			continue
		}
		ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: word, verb: true, own: true}
		ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
		for _, p := range parties {
			ev.addAttendee(p, si)
		}
		x.placeDateAfter(si, next, ev)
		x.events = append(x.events, ev)
	}
}

// verbBefore returns the verb within n tokens before token i ("paid a
// courtesy call"), or -1.
func verbBefore(toks []nlpToken, i, n int) int {
	for v := i - 1; v >= 0 && v >= i-n; v-- {
		if strings.HasPrefix(toks[v].Tag, "VB") {
			return v
		}
	}
	return -1
}

// couple returns the two people a wedding verb at token i weds and the
// token after the phrase: "X married Y", "X wed Y", "X and Y married",
// "X and Y tied the knot", "X and Y were married in 1994". A state ("they
// are married", "married to", "were married for 56 years") is no wedding.
func (x *extractor) couple(si, i int) ([]int, int) {
	s := &x.sents[si]
	toks := s.toks
	if negated(toks, i) || i > 0 && presentBe[s.lower(i-1)] || s.lower(i+1) == "to" || s.lower(i+1) == "for" || plannedBefore(s, i) {
		return nil, i + 1
	}
	if toks[i].Tag == "VBN" && i > 0 && s.lower(i-1) != "got" && s.lower(i-1) != "were" && s.lower(i-1) != "was" {
		return nil, i + 1 // "a married couple", "had married"
	}
	if toks[i].Tag == "VBN" || s.lower(i) == "tied" {
		// "X and Y were married", "tied the knot": two subjects
		end := i + 1
		if s.lower(i) == "tied" {
			end = i + 3
		}
		if subj := x.subjectBefore(si, i); len(subj) == 2 && x.ents[subj[0]].typ == Person && x.ents[subj[1]].typ == Person {
			return subj, end
		}
		return nil, end
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	if toks[k].Tag == "PRP" {
		return nil, i + 1 // "she married Beatty": see modernEvents
	}
	host := x.onlySubject(si, i)
	if host < 0 {
		if subj := x.subjectBefore(si, i); len(subj) == 2 && x.ents[subj[0]].typ == Person && x.ents[subj[1]].typ == Person && !x.personObject(si, i+1) {
			return subj, i + 1
		}
		return nil, i + 1
	}
	guest, end := x.journalistAt(si, i+1)
	if guest < 0 {
		return nil, i + 1
	}
	return []int{host, guest}, end
}

// personObject reports whether a person is named right at token j.
func (x *extractor) personObject(si, j int) bool {
	m := x.mentionAt(si, j)
	return m != nil && m.ent >= 0 && x.ents[m.ent].typ == Person
}

// journalistAt returns the person named from token j, past an outlet's
// possessive ("CNN's Jake Tapper", "ABC's Deborah Roberts") and a title,
// and the token after the name; -1 when no person is named there.
func (x *extractor) journalistAt(si, j int) (int, int) {
	s := &x.sents[si]
	toks := s.toks
	if b, _ := x.delegationLedBy(si, j); b > 0 {
		j = b // "hosted a delegation led by Governor Ron DeSantis"
	}
	start := j
	if j < len(toks) && toks[j].Tag == "DT" {
		j++
	}
	if m := x.mentionAt(si, j); m != nil && m.start == j && m.ent >= 0 && x.ents[m.ent].typ == Organization && m.end < len(toks) && toks[m.end].Tag == "POS" {
		j = m.end + 1
	}
	// "hosted Jamaican Prime Minister Andrew Holness", "UK Minister
	// Amanda Milling": the guest's nation before a title
	if m := x.mentionAt(si, j); m != nil && m.start == j && m.ent >= 0 && x.ents[m.ent].typ == Country && m.end < len(toks) && s.owner[m.end] < 0 && gazetteer.Capitalised(toks[m.end].Text) {
		j = m.end
	}
	p := x.personNamedAt(si, j)
	if p < 0 {
		// "the president of the AIRD, Celso Juan Marranzini,"
		return x.describedPersonAt(si, start) // events_described_guests.go
	}
	for k := j; k < len(toks) && k < j+6; k++ {
		if m := x.mentionAt(si, k); m != nil && m.ent == p {
			return p, m.end
		}
	}
	return p, j
}

// clauseSpeaker returns the one person who speaks in sentence si around an
// interview phrase [i, end): the subject of the first verb after it ("In
// an interview with X, Senator Y said"), else of the last verb before it
// ("Y said in an interview with X"); -1 when there is none.
func (x *extractor) clauseSpeaker(si, i, end int) int {
	toks := x.sents[si].toks
	for v := end; v < len(toks); v++ {
		if t := toks[v].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return x.onlySubject(si, v)
		}
	}
	for v := i - 1; v >= 0; v-- {
		if t := toks[v].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return x.onlySubject(si, v)
		}
	}
	return -1
}

// dateIn gives ev the first date of sentence si (s) that starts within
// tokens [from, to), if any.
func (ev *event) dateIn(s *sentence, si, from, to int) {
	for _, d := range s.dates {
		if d.Start >= from && d.Start < to {
			ev.date, ev.dateSent = d.Value, si
			return
		}
	}
}

// placeDateAfter gives ev the place ("in Florence", "at Government House")
// and the date its clause names from token j on, up to the clause's end.
func (x *extractor) placeDateAfter(si, j int, ev *event) {
	s := &x.sents[si]
	toks := s.toks
	end := min(len(toks), j+12)
	for k := j; k < end; k++ {
		if t := toks[k].Text; t == ";" || t == "," && k > j || strings.HasPrefix(toks[k].Tag, "VB") && k > j {
			end = k
			break
		}
	}
	ev.dateIn(s, si, j, end)
	for k := j; k+1 < end; k++ {
		if w := s.lower(k); w != "in" && w != "at" {
			continue
		}
		q := k + 1
		if s.lower(q) == "the" && q+1 < end {
			q++
		}
		if m := x.mentionAt(si, q); m != nil && m.start == q && m.ent >= 0 && (isPlace(x.ents[m.ent].typ) || x.ents[m.ent].typ == Organization && eventVenue(m.text)) {
			ev.location = &evFact{m.ent, si}
			return
		}
	}
}

// venueHeads end the names of buildings that hold events: "Jamaica House",
// "Government House", "City Hall", "Blue Roof Studios".
var venueHeads = map[string]bool{"house": true, "hall": true, "studios": true, "studio": true, "center": true,
	"centre": true, "library": true, "museum": true, "gallery": true, "arena": true, "theatre": true, "theater": true}

// eventVenue reports whether a name ends in a building's noun: a place to
// hold an event.
func eventVenue(name string) bool {
	f := strings.Fields(lower(name))
	return len(f) > 1 && (venueHeads[f[len(f)-1]] || placeHeads[f[len(f)-1]]) || venueName(name)
}
