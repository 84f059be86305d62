// Companions at a gathering told in a prepositional phrase: who appears
// "with", "alongside", "beside" or "next to" its actor ("Hochul appeared
// with Adams at a news conference", "sat next to Adams at the hearing"), the agent of "joined", "flanked" or "accompanied by" in the
// passive ("Hochul and Adams were joined by Stewart-Cousins at a rally")
// and in an apposition ("Hochul, flanked by Adams, announced the plan at a
// news conference"). Read by actorsAround (event_attendees_modern.go).

package extract

import "strings"

// companionVerbs are the participles whose agent after "by" is there with
// the subject.
var companionVerbs = map[string]bool{"joined": true, "flanked": true, "accompanied": true}

// companions returns the people with the actors of the clause whose finite
// verb is token v, the gathering's phrase opening at token at: "VERB
// with|alongside|beside|next to NAMES at", "questioned|thanked NAMES at" (faceVerbs) and
// "ACTOR, joined by NAMES, VERB". The names
// must fill the gap to the phrase (or to the verb's comma), so that "signed
// a deal with Smith's firm at" or a name list running on reads nothing.
func (x *extractor) companions(si, v, at int) []int {
	s := &x.sents[si]
	toks := s.toks
	var out []int
	if v < at {
		k := v + 1
		for k < at && toks[k].Tag == "RB" && companionPrep(s, k) < 0 { // "beside" may be tagged an adverb
			k++
		}
		if k < at && s.lower(k) == "together" && k+1 < at && s.lower(k+1) == "with" {
			k++
		}
		if faceVerbs[s.lower(v)] {
			// "questioned Attorney General Garland during a hearing": who
			// is questioned there was there
			if names, end := x.nameList(si, v+1, false); end == at {
				out = append(out, x.onlyPeople(names)...)
			}
		}
		if first := companionPrep(s, k); k < at && first > 0 && first < at {
			if names, end := x.nameList(si, first, false); end == at {
				out = append(out, x.onlyPeople(names)...)
			}
		}
	}
	return append(out, x.appositionCompanions(si, v)...)
}

// appositionCompanions returns the head of an apposition right before the
// verb at token v and the people the apposition puts with it: "Hochul,
// flanked by Adams, announced", "Hochul, who was joined by Adams,
// announced", "Hochul, alongside Adams, announced" (companionOpening).
func (x *extractor) appositionCompanions(si, v int) []int {
	s := &x.sents[si]
	toks := s.toks
	if v < 4 || toks[v-1].Text != "," {
		return nil
	}
	for k := v - 2; k >= 1 && k >= v-16; k-- {
		if toks[k].Text != "," {
			continue
		}
		first := companionOpening(s, k+1)
		if first < 0 || first >= v {
			continue
		}
		names, end := x.nameList(si, first, false)
		if end != v-1 && end != v { // nameList steps past a last comma
			return nil
		}
		if m := x.mentionAt(si, k-1); m != nil && m.end == k && m.ent >= 0 && x.ents[m.ent].typ == Person {
			return append([]int{m.ent}, x.onlyPeople(names)...)
		}
		return nil
	}
	return nil
}

// passiveCompanions reads "ACTORS were joined|flanked|accompanied by NAMES
// at": the subject and the agents, the names filling the gap to token at.
func (x *extractor) passiveCompanions(si, at int) []int {
	s := &x.sents[si]
	toks := s.toks
	for k := at - 1; k >= 2 && k >= at-20; k-- {
		if t := toks[k].Text; t == ";" || x.clauseVerbAt(si, k) && !beVerbs[s.lower(k)] {
			return nil
		}
		if s.lower(k) != "by" || !companionVerbs[s.lower(k-1)] || !beVerbs[s.lower(k-2)] || negated(toks, k-2) {
			continue
		}
		names, end := x.nameList(si, k+1, false)
		if end != at {
			return nil
		}
		if p, _, _ := x.hostedParties(si, k-1); p != nil {
			return nil // "Lula was joined by Fernandez at the summit": read as hosting
		}
		subj := x.onlyPeople(x.subjectBefore(si, k-2))
		if len(subj) == 0 {
			return nil
		}
		return append(subj, x.onlyPeople(names)...)
	}
	return nil
}

// onlyPeople returns the people among the entities ents.
func (x *extractor) onlyPeople(ents []int) []int {
	var out []int
	for _, e := range ents {
		if e >= 0 && x.ents[e].typ == Person {
			out = append(out, e)
		}
	}
	return out
}

// companionOpening returns the first token of the names an apposition
// opening at token k puts with its head: "flanked by", "who was joined by",
// "alongside", "along with", "together with"; -1 for any other opening.
func companionOpening(s *sentence, k int) int {
	n := len(s.toks)
	switch w := s.lower(k); {
	case companionVerbs[w] && k+1 < n && s.lower(k+1) == "by":
		return k + 2
	case w == "who" && k+3 < n && (s.lower(k+1) == "was" || s.lower(k+1) == "were") && companionVerbs[s.lower(k+2)] && s.lower(k+3) == "by":
		return k + 4
	case w == "alongside" || w == "beside" || w == "next" && k+1 < n && s.lower(k+1) == "to":
		return companionPrep(s, k)
	case (w == "along" || w == "together") && k+1 < n && s.lower(k+1) == "with":
		return k + 2
	}
	return -1
}

// companionPrep returns the token after a preposition of company at token
// k, or -1: "with", "alongside", "beside" ("stood beside Adams at the
// briefing"), "next to" ("sat next to Adams at the hearing").
func companionPrep(s *sentence, k int) int {
	switch s.lower(k) {
	case "with", "alongside", "beside":
		return k + 1
	case "next":
		if k+1 < len(s.toks) && s.lower(k+1) == "to" {
			return k + 2
		}
	}
	return -1
}

// joinedAfter reads the companions told after the gathering's phrase from
// token at to token end: "ACTORS was|were joined at the briefing by
// NAMES" and "Joining ACTORS at the briefing were NAMES", a date or a
// place's phrase ("on Monday", "in Road Town") allowed before "by" or the
// verb. The names after must end the clause; the actors fill the gap.
func (x *extractor) joinedAfter(si, at, end int) []int {
	s := &x.sents[si]
	toks := s.toks
	k := end
	for k < len(toks) && k < end+6 && s.lower(k) != "by" && !beVerbs[s.lower(k)] {
		if t := toks[k].Text; t == "," || t == ";" || strings.HasPrefix(toks[k].Tag, "VB") {
			return nil
		}
		k++
	}
	if k+1 >= len(toks) {
		return nil
	}
	after, e := x.nameList(si, k+1, false)
	if e < len(toks) && toks[e].Text != "." && toks[e].Text != "," && toks[e].Text != ";" {
		return nil
	}
	var actors []int
	switch {
	case s.lower(k) == "by" && at >= 3 && companionVerbs[s.lower(at-1)] && beVerbs[s.lower(at-2)] && !negated(toks, at-2):
		actors = x.onlyPeople(x.subjectBefore(si, at-2))
	case beVerbs[s.lower(k)] && !negated(toks, k) && at >= 2 && s.lower(0) == "joining":
		if names, ne := x.nameList(si, 1, false); ne == at {
			actors = x.onlyPeople(names)
		} else if at == 2 && (s.lower(1) == "him" || s.lower(1) == "her") {
			// "Joining her at the event were X and Y": the person she is
			if e := x.antecedent(si, 1, true); e >= 0 {
				actors = []int{e}
			}
		}
	}
	if len(actors) == 0 {
		return nil
	}
	return append(actors, x.onlyPeople(after)...)
}
