package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// ambiguousDemonyms are the national adjectives of two countries
// ("Congolese": the Democratic Republic of the Congo and the Republic of
// the Congo), with the countries.
var ambiguousDemonyms = wordMap("ambiguousDemonyms")

// ambiguousDemonym reports whether national adjective word is one of two
// countries' and, when it is, the one of them the article names (by
// itself, "" when it names neither or both): "Congolese president
// Sassou-Nguesso" is no one country's president unless the story says
// Congo-Brazzaville or Zaire.
func (x *extractor) ambiguousDemonym(word string) (country string, ambiguous bool) {
	cs, ok := ambiguousDemonyms[word]
	if !ok {
		return "", false
	}
	named := ""
	for si := range x.sents {
		toks := x.sents[si].toks
		for i := 0; i < len(toks); i++ {
			if !gazetteer.Capitalised(toks[i].Text) {
				continue
			}
			// the longest country name from token i: "Democratic
			// Republic of the Congo" holds "Republic of the Congo"
			c, end := "", 0
			for j := i + 1; j <= len(toks) && j <= i+6; j++ {
				if n, ok := gazetteer.Country(x.span(si, i, j)); ok {
					c, end = n, j
				}
			}
			if end == 0 {
				continue
			}
			i = end - 1
			if !oneOf(cs, c) {
				continue
			}
			if named != "" && named != c {
				return "", true
			}
			named = c
		}
	}
	return named, true
}

// oneOf reports whether s is one of the words of list (|).
func oneOf(list, s string) bool {
	for _, w := range strings.Split(list, "|") {
		if w == s {
			return true
		}
	}
	return false
}
