// Names taken up by "who". English takes up a person with "who" and a body
// or a thing with "which" ("Robert House, who, along with his associates",
// "Tannenbaum and Schmidt, who believed"): a name the recogniser read as a
// body's, whose words name people (a given name, a surname of news) and no
// gazetteer knows, is a person's when ", who" follows it, or follows the
// names it is coordinated with. Read by the relative pronoun and the name
// lists, never by the names themselves.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// peopleByWho types as people the names read as bodies that ", who" takes
// up: the name right before it, and the names joined to it by "and" or
// commas. A body's possessive or "of" before the names may own the clause
// ("the chairman of Acme, who").
func (x *extractor) peopleByWho() {
	var people map[string]bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for i := 1; i+1 < len(s.toks); i++ {
			if s.toks[i].Text != "," || s.lower(i+1) != "who" || s.owner[i-1] < 0 {
				continue
			}
			for k := s.owner[i-1]; k >= 0; {
				m := &x.mentions[k]
				if m.start > 0 && (s.lower(m.start-1) == "of" || s.toks[m.start-1].Tag == "POS") {
					break
				}
				if m.typ == Organization && !m.sure && !m.demonym && !m.nominal && peopleWords(m.name) {
					if people == nil {
						people = map[string]bool{}
					}
					people[m.name] = true
				}
				// the name before: "Tannenbaum and Schmidt", "Blake, Mouton and Reddin"
				j := m.start - 1
				if j < 1 || s.lower(j) != "and" && s.toks[j].Text != "," {
					break
				}
				k = s.owner[j-1]
				if k >= 0 && x.mentions[k].end != j {
					break
				}
			}
		}
	}
	if people == nil {
		return
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Organization && !m.sure && people[m.name] {
			m.typ = Person
		}
	}
}

// peopleWords reports whether a name of one to three words reads as a
// person's: capitalised words, no acronym, no gazetteer knowing it as a
// body or a place, and either a given name followed by more words or a
// surname news knows last, no dictionary word, with no word that marks a
// body.
func peopleWords(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 3 || gazetteerKnows(name) {
		return false
	}
	for _, w := range f {
		if !letters(strings.TrimSuffix(w, ".")) || !gazetteer.Capitalised(w) || isAcronym(w) || gazetteer.IsOrgSuffix(w) && len(f) == 1 {
			return false
		}
	}
	first, last := lower(f[0]), lower(f[len(f)-1])
	if givenNames[first] && len(f) > 1 {
		return true // "Robert House", "Tanni Grey Thompson"
	}
	for _, w := range f {
		if gazetteer.IsOrgSuffix(w) || gazetteer.IsOrgHead(w) {
			return false // "the European Community, who"
		}
	}
	return surnames[last] && !dictionaryWord(last) // not "Community"
}
