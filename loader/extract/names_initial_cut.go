package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A person's name read only up to an initial is cut, and no title is read
// for the fragment (roles.go asks initialCut):
//
//   - the sentence was split after the initial: "IBM vice president Paul
//     R.", "Rep. David O'B." (an initial with an apostrophe, seed216
//     jobTitle row 22);
//   - a nickname in brackets follows the initial, the surname after it:
//     "Commissioner James E. (Jim) Nugent" (row 37).

// initialCut reports whether person mention m of a sentence ends at an
// initial that ends the sentence or that a bracketed nickname and a
// capitalised word follow.
func initialCut(toks []nlp.Token, m *mention) bool {
	if m.end-m.start < 2 || !initialWord(strings.TrimSuffix(toks[m.end-1].Text, ".")) {
		return false
	}
	k := m.end
	return k == len(toks) || k+1 == len(toks) && toks[k].Text == "." || bracketNickname(toks, k)
}

// initialWord reports whether w, without its stop, is an initial: one
// capital letter ("R"), or a capital, an apostrophe and a capital ("O'B").
func initialWord(w string) bool {
	upper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	switch len(w) {
	case 1:
		return upper(w[0])
	case 3:
		return upper(w[0]) && (w[1] == '\'') && upper(w[2])
	}
	return false
}

// bracketNickname reports whether tokens from k are one capitalised word in
// brackets and a capitalised word after them: "(Jim) Nugent".
func bracketNickname(toks []nlp.Token, k int) bool {
	return k+3 < len(toks) && toks[k].Text == "(" && gazetteer.Capitalised(toks[k+1].Text) && toks[k+2].Text == ")" && gazetteer.Capitalised(toks[k+3].Text)
}
