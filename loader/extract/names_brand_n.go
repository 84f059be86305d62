package extract

// A brand joined by a clipped "and" ("Pay 'N Pak Stores Inc", "Stop 'n
// Shop") is one name: the recogniser starts it after the clipped word
// (affiliation-seed151 row 42, "Pak Stores Inc").

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// clippedAnd are "and" written short inside a brand's name.
var clippedAnd = map[string]bool{"'n": true, "'n'": true, "’n": true, "’n’": true, "n'": true}

// clippedAndStart returns where a mention starting at token start of
// sentence si starts once the capitalised word and the clipped "and"
// before it are taken in, or start.
func (x *extractor) clippedAndStart(si, start int) int {
	s := &x.sents[si]
	if start < 2 || !clippedAnd[s.lower(start-1)] || s.owner[start-2] >= 0 || s.owner[start-1] >= 0 || !gazetteer.Capitalised(s.toks[start-2].Text) {
		return start
	}
	return start - 2
}
