package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

// dropAlternatives removes the dates a sentence gives as alternatives, joined
// by "or" ("the talks are likely to be held in April or June", "on Monday or
// on Tuesday", "late May, or June"): a careful reader dates the event by
// neither (event-seed145 row 34). A range or a list joined by "and" stays.
func dropAlternatives(toks []nlp.Token, out []dateExpr) []dateExpr {
	if len(out) < 2 {
		return out
	}
	drop := make([]bool, len(out))
	for k := 0; k+1 < len(out); k++ {
		if orBetween(toks, out[k].End, out[k+1].Start) {
			drop[k], drop[k+1] = true, true
		}
	}
	kept := out[:0]
	for k, d := range out {
		if !drop[k] {
			kept = append(kept, d)
		}
	}
	return kept
}

// orBetween reports whether the tokens from i to j are "or", maybe after a
// comma and before a date's preposition.
func orBetween(toks []nlp.Token, i, j int) bool {
	if j <= i || j-i > 3 || j > len(toks) {
		return false
	}
	or := false
	for _, t := range toks[i:j] {
		switch w := lower(t.Text); {
		case w == "or":
			or = true
		case w == ",":
		case or && datePreps[w]:
		default:
			return false
		}
	}
	return or
}
