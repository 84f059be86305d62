// Subjects a sentence puts on one side of a meeting with others (see
// oneSide in met.go): two who act in talks ("Lyng and Yeutter took a
// hardline stance in talks"), who meet with people the sentence does not
// name ("Strang and Jones are meeting with portfolio managers"), or who
// "also attended" a meeting others held.

package extract

import "strings"

// jointVerbs say what parties did together in talks: "agreed in talks".
var jointVerbs = wordSet("jointVerbs")

// jointProgressNouns after make say the same: "made progress in talks".
var jointProgressNouns = map[string]bool{"progress": true, "headway": true, "breakthrough": true, "breakthroughs": true}

// actsInTalks reports whether the verb at token v of sentence si, whose
// event phrase (talks, meetings) follows after "in" or "during", is
// something one side does there rather than what the parties do together:
// "took a hardline stance in talks", "will make a strong plea in
// meetings"; not "agreed in talks", "made progress in talks".
func (x *extractor) actsInTalks(si, v, start int) bool {
	s := &x.sents[si]
	w := s.lower(v)
	if jointVerbs[w] {
		return false
	}
	// "The U.S. and Brazil have each laid the blame on the other for the
	// breakdown in the negotiations": each faced the other
	for k := v + 1; k+1 < start; k++ {
		if n := s.lower(k + 1); n == "other" && (s.lower(k) == "the" || s.lower(k) == "each") || n == "another" && s.lower(k) == "one" {
			return false
		}
	}
	if strings.HasPrefix(w, "mad") || strings.HasPrefix(w, "mak") {
		for k := v + 1; k < start && k <= v+4; k++ {
			if jointProgressNouns[s.lower(k)] {
				return false
			}
		}
	}
	return true
}

// unnamedPeopleAt reports whether the phrase at token j of sentence si is a
// noun phrase of people that names no one ("portfolio managers", "the
// grain exporters", "senior officials"): who meets them together is one
// side of the meeting.
func (x *extractor) unnamedPeopleAt(si, j int) bool {
	s := &x.sents[si]
	if j < len(s.toks) && s.toks[j].Tag == "DT" {
		j++
	}
	for k := j; k < len(s.toks) && k < j+6; k++ {
		if o := s.owner[k]; o >= 0 {
			if !x.mentions[o].demonym {
				return false
			}
			continue // "senior West German monetary officials"
		}
		t := s.toks[k]
		if t.Tag == "NNS" && (peopleNouns[s.lower(k)] || peopleLike(s.lower(k))) {
			return true
		}
		if !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS") {
			return false
		}
	}
	return false
}

// withUnnamedPeople reports whether the event noun at token head of sentence
// si is followed by "with" and people the sentence does not name: "held a
// meeting with senior West German monetary officials".
func (x *extractor) withUnnamedPeople(si, head int) bool {
	s := &x.sents[si]
	return head+2 < len(s.toks) && s.lower(head+1) == "with" && x.unnamedPeopleAt(si, head+2)
}

// alsoBefore reports whether "also" modifies the verb at token v: "Myers
// and Amstutz also attended the meeting", a meeting others held.
func alsoBefore(s *sentence, v int) bool {
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		if s.lower(k) == "also" {
			return true
		}
		if s.toks[k].Tag != "RB" && s.toks[k].Tag != "MD" && !strings.HasPrefix(s.toks[k].Tag, "VB") {
			return false
		}
	}
	return false
}
