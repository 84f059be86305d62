// The reach of a title before a name: "former President Donald Trump",
// "Secretary of Defense Lloyd Austin" are a title and a name, read past a
// lower-case modifier and a body named inside the title.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// titleWord reports whether token k of sentence s, inside a title that
// opens at token j, is a lower-case word of a title: a modifier ("former",
// "acting") or "of" between two capitalised words ("Secretary of
// Defense").
func titleWord(s *sentence, j, k int) bool {
	toks := s.toks
	if titleModifiers[s.lower(k)] && k+1 < len(toks) && gazetteer.Capitalised(toks[k+1].Text) {
		return true
	}
	return s.lower(k) == "of" && k > j && k+1 < len(toks) && isTitleHead(toks[k-1].Text) && gazetteer.Capitalised(toks[k+1].Text)
}

// titleBody reports whether the name at tokens [start, end) of sentence s
// is a body inside a title ("Secretary of Defense Lloyd Austin",
// "Minister of Finance Nigel Clarke"): after "of" and a title's head, and
// followed by a capitalised word.
func titleBody(s *sentence, start, end int) bool {
	toks := s.toks
	return start >= 2 && s.lower(start-1) == "of" && isTitleHead(toks[start-2].Text) && end < len(toks) && gazetteer.Capitalised(toks[end].Text)
}
