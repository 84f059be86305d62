package nlp

import "github.com/newsgraph/newsgraph/loader/internal/strtable"

// termIndex is the tagger's map from strings to entries once the model is
// read, laid out for lookups (strtable: one slot read a lookup). The
// tagger looks up every token three or four times. A string's value also
// holds its class in the model's tag map (the tags of unambiguous words),
// so that the lookup of a token's context word, which is the token itself
// for most tokens, answers both: the entry plus one in the low 24 bits (0:
// none), the class plus one in the high 8 bits (0: none).
type termIndex struct{ strtable.Table }

const (
	termEntryBits = 24
	termEntryMask = 1<<termEntryBits - 1
	// maxTermEntries is the most entries a termIndex holds.
	maxTermEntries = termEntryMask - 1
)

// newTermIndex indexes the strings of terms, which map to entries (below
// maxTermEntries), and of known, which map to classes (below 255).
func newTermIndex(terms map[string]int32, known map[string]uint8) termIndex {
	keys, vals := make([]string, 0, len(terms)+len(known)), make([]uint32, 0, len(terms)+len(known))
	for s, e := range terms {
		v := uint32(e + 1)
		if c, ok := known[s]; ok {
			v |= uint32(c+1) << termEntryBits
		}
		keys, vals = append(keys, s), append(vals, v)
	}
	for s, c := range known {
		if _, ok := terms[s]; !ok {
			keys, vals = append(keys, s), append(vals, uint32(c+1)<<termEntryBits)
		}
	}
	return termIndex{strtable.NewFrom(keys, vals)}
}

// get returns the entry of s, or -1.
func (x *termIndex) get(s string) int32 {
	return int32(x.find(s)&termEntryMask) - 1
}

// getKnown returns the entry of s (-1 for none) and its class in the tag
// map (-1 for none).
func (x *termIndex) getKnown(s string) (entry int32, class int16) {
	v := x.find(s)
	return int32(v&termEntryMask) - 1, int16(v>>termEntryBits) - 1
}

// find returns the packed value of s, 0 when s is not indexed.
func (x *termIndex) find(s string) uint32 { return x.Get(s) }
