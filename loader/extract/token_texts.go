package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

// tokenTexts returns the texts of toks, in order.
func tokenTexts(toks []nlp.Token) []string {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.Text)
	}
	return words
}
