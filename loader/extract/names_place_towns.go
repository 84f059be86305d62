// Names read as bodies' that their context writes as places: a town before
// a comma and its US state's abbreviation ("the annual meeting May 6 in
// Dothan, Ala."), a river, lake or other natural feature between "the" and
// its lower-case noun ("a tunnel under the Huangpu river").

package extract

import "strings"

// townBeforeState reports whether mention m is followed by a comma and a US
// state's abbreviation that no name holds: "Dothan, Ala.", "Malvern, Pa.".
func (x *extractor) townBeforeState(m *mention) bool {
	s := &x.sents[m.sent]
	k := m.end
	if k+1 >= len(s.toks) || s.toks[k].Text != "," {
		return false
	}
	a := s.toks[k+1].Text
	return stateAbbreviation(a) && usStates[strings.TrimSuffix(a, ".")]
}

// naturalFeature reports whether w is the lower-case noun of a natural
// feature written after its name ("the Huangpu river", "the Kariba lake"):
// a switch, no map, as localAreaNoun.
func naturalFeature(w string) bool {
	switch w {
	case "river", "lake", "sea", "strait", "straits", "estuary", "delta", "peninsula", "mountains", "valley", "gulf":
		return true
	}
	return false
}

// theFeatureOf reports whether mention m stands between "the" and a
// natural feature's noun in lower case that no name holds.
func (x *extractor) theFeatureOf(m *mention) bool {
	s := &x.sents[m.sent]
	return m.start > 0 && s.lower(m.start-1) == "the" && m.end < len(s.toks) && s.owner[m.end] < 0 && naturalFeature(s.toks[m.end].Text)
}
