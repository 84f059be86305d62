// Names with a degree or honour after them. Modern copy writes a person's
// degrees between commas after the name ("Karen White, M.D., chief of
// cardiology", "Paul Stone, PhD, is director of research"): the recogniser
// may read the name as a place's before a state ("Karen White, M.D." as
// "Bethesda, Md.") or as no type it knows, and the degree as a name of its
// own. A name whose words name a person (peopleWords: a given name and more,
// or a surname of news, no gazetteer knowing it) followed by a comma and a
// degree (data/postNominals.txt) closed by a comma or the sentence's end is
// a person's, and the degree is no name. Read by the degree list and the
// name lists, never by the names themselves; a state's own abbreviation
// ("Md.", "Mass.") is no degree here.

package extract

import "strings"

// peopleByDegree types as people the names followed by ", DEGREE," and
// drops the degree's mention.
func (x *extractor) peopleByDegree() {
	var people map[string]bool
	degrees := map[[2]int]bool{} // sentence, token of a degree after a person's name
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for i := 1; i+1 < len(s.toks); i++ {
			if s.toks[i].Text != "," || s.owner[i-1] < 0 || !degreeAfterName(s, i+1) {
				continue
			}
			m := &x.mentions[s.owner[i-1]]
			if m.end != i || m.demonym || m.nominal || m.sure && m.typ != Person || m.typ != Person && !peopleWords(m.name) {
				continue
			}
			degrees[[2]int{si, i + 1}] = true
			if m.typ != Person {
				if people == nil {
					people = map[string]bool{}
				}
				people[m.name] = true
			}
		}
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ != Person && !m.sure && !m.demonym && !m.nominal && people[m.name] {
			m.typ = Person
		}
	}
	if len(degrees) > 0 {
		x.dropMentionsIf(func(m *mention) bool { return degrees[[2]int{m.sent, m.start}] && m.typ != Person })
	}
}

// degreeAfterName reports whether token j of s is a degree or honour
// ("MD", "M.D.", "PhD") closed by a comma or the sentence's end, and not a
// US state's abbreviation ("Md.", "Mass.").
func degreeAfterName(s *sentence, j int) bool {
	w := s.toks[j].Text
	if !postNominal(w) || usStates[strings.TrimSuffix(w, ".")] && strings.HasSuffix(w, ".") {
		return false
	}
	k := j + 1
	if k < len(s.toks) && s.toks[k].Text == "." && !strings.HasSuffix(w, ".") && k+1 < len(s.toks) && s.toks[k+1].Text == "," {
		k++ // "Ph.D" "." ","
	}
	return k >= len(s.toks) || s.toks[k].Text == "," || s.toks[k].Text == "." && k == len(s.toks)-1
}
