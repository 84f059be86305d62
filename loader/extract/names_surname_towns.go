// A town's name that is a word of a person's full name in the article, after
// the given name, is that person's when a sentence shows a person there and
// no mention stands where a place does: "Bolivian central bank governor
// Javier Nogales Iturri said ... Nogales said the banks" (Nogales, a town
// the gazetteer knows), not "John Washington ... flew to Washington".

package extract

import "strings"

// surnameTowns types as people's the one-word names read as towns or places
// (no country) that are a word after the given name of a person the article
// names in full, when one of their mentions speaks, is taken up by a
// pronoun, owns a person's noun or does what only people do ("Nogales
// said", "Nogales said he", "Nogales's wife"), and none stands where a
// place does (placeEvidence). A name after "the" or a capitalised word, or
// sure of its type, keeps it.
func (x *extractor) surnameTowns() {
	var words map[string]bool // words after the given name of people's full names
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal {
			continue
		}
		f := strings.Fields(m.name)
		if len(f) < 2 || !lowerIn(givenNames, f[0]) {
			continue
		}
		for _, w := range f[1:] {
			if len(w) > 2 && letters(w) {
				if words == nil {
					words = map[string]bool{}
				}
				words[w] = true
			}
		}
	}
	if words == nil {
		return
	}
	town := func(m *mention) bool {
		return (m.typ == City || m.typ == Place) && !m.demonym && !m.nominal && !m.sure && m.bend == 0 && m.end == m.start+1 && words[m.name]
	}
	var shown, placed map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if !town(m) {
			continue
		}
		if x.placeEvidence(m) || x.afterThe(m) || x.cutFromName(m) {
			if placed == nil {
				placed = map[string]bool{}
			}
			placed[m.name] = true
			continue
		}
		s := &x.sents[m.sent]
		if m.end < len(s.toks) && saidVerbs[s.lower(m.end)] || x.pronounAfter(m) || x.personsPossessive(m) || x.personVerbAfter(m) || x.meetingParty(m) {
			if shown == nil {
				shown = map[string]bool{}
			}
			shown[m.name] = true
		}
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; town(m) && shown[m.name] && !placed[m.name] {
			m.typ = Person
		}
	}
}
