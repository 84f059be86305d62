// A definite description ("the bank", "the court") takes the one body
// whose name begins or ends with its noun; not when that body is named only
// further down and another body holding the noun in its name ("Bank of
// Ceylon", read into "Central Bank of Ceylon") was named before it: "the
// bank" is the bank already spoken of ("The bank is holding talks with the
// Export Development Board", before "The Asian Development Bank ... expressed
// interest in a stake"). The description then gets no party.

package extract

import "strings"

// namedBefore reports whether entity e has a mention before token i of
// sentence si.
func (x *extractor) namedBefore(e, si, i int) bool {
	for _, k := range x.ents[e].mentions {
		m := &x.mentions[k]
		if m.sent < si || m.sent == si && m.start < i {
			return true
		}
	}
	return false
}

// otherNamedFirst reports whether organisation e, the one whose name begins
// or ends with noun w, is named only after token i of sentence si while
// another organisation with w among its name's words is named before it.
func (x *extractor) otherNamedFirst(e int, w string, si, i int) bool {
	if x.namedBefore(e, si, i) {
		return false
	}
	for o, ent := range x.ents {
		if o == e || ent.typ != Organization || !x.namedBefore(o, si, i) {
			continue
		}
		for _, f := range strings.Fields(ent.name) {
			if strings.EqualFold(f, w) {
				return true
			}
		}
	}
	return false
}
