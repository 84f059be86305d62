package extract

import "strings"

// A name the gazetteer knows as a town that a trade's noun right before it
// calls a firm: "car maker Toyota", "phone network Orange", "key rival
// Sapporo" (firmsByContext).

// paperNouns are the nouns of bodies (orgNouns) that name papers:
// before a town they open a quote or a paper's name ("the newspaper
// Moscow will answer", "a daily Amsterdam newspaper"), not a firm named
// after it.
var paperNouns = map[string]bool{"newspaper": true, "daily": true, "weekly": true, "paper": true, "magazine": true, "tabloid": true}

// firmNounTown reports whether mention m, read as a town or a place, is a
// firm a trade's noun calls it (firmNoun): not a paper's noun (paperNouns),
// and no common noun after the name, which the name would qualify ("firm
// Chicago wheat futures", "three daily Atlanta flights").
func (x *extractor) firmNounTown(m *mention) bool {
	s := &x.sents[m.sent]
	if m.start == 0 || !x.firmNoun(m) {
		return false
	}
	if paperNouns[s.lower(m.start-1)] {
		return false
	}
	if m.end < len(s.toks) {
		if t := s.toks[m.end]; (t.Tag == "NN" || t.Tag == "NNS") && t.Text == strings.ToLower(t.Text) {
			return false
		}
	}
	return true
}
