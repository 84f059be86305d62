// A subject's home told in an apposition: "Burroughs Wellcome, of Research
// Triangle Park, N.C., has scheduled a press conference": the state ending
// the address is no subject of the verb; the firm before it is.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// homeApposition reports whether the place mention m of sentence si ends a
// home address opened by "of" right after a comma ("Burroughs Wellcome, of
// Research Triangle Park, N.C.,"): the subject is looked for before it.
func (x *extractor) homeApposition(si int, m *mention) bool {
	toks := x.sents[si].toks
	if m.ent < 0 || !isPlace(x.ents[m.ent].typ) || m.start < 2 || toks[m.start-1].Text != "," {
		return false
	}
	// back over the address's first part: capitalised words and names
	k := m.start - 2
	for k >= 0 && k > m.start-8 && (gazetteer.Capitalised(toks[k].Text) || x.sents[si].owner[k] >= 0) {
		k--
	}
	if k < 1 || k == m.start-2 || toks[k-1].Text != "," {
		return false
	}
	if !lowerIs(toks[k].Text, "of") { // not ", in February, U.S. officials"
		return false
	}
	return true
}
