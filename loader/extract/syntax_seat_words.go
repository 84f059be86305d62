package extract

import "strings"

// afterSeatWord returns the start of the name of a body or a person right
// after a place's mention m read from a hyphenated word of where
// ("Milwaukee-based", "Ohio-headquartered": whereTails), or 0: in a list of
// names ("had discussions with Milwaukee-based Marine Corp") the place is
// the seat of the name after it, not a name of the list.
func (x *extractor) afterSeatWord(si int, m *mention) int {
	toks := x.sents[si].toks
	if m.ent < 0 || !isPlace(x.ents[m.ent].typ) || m.end >= len(toks) {
		return 0
	}
	w := toks[m.end-1].Text
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || !whereTails[lower(w[h+1:])] {
		return 0
	}
	next := x.mentionAt(si, m.end)
	if next == nil || next.start != m.end || next.ent < 0 || next.typ != Organization && next.typ != Person {
		return 0
	}
	return m.end
}
