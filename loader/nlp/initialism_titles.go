// Initialisms before a person's title: the segmenter may take the stop of
// "U.S." for the end of a sentence when a title that often opens one follows
// ("met with U.S. Ambassador Nick Perry", "and U.S. Senator Bob Dole said").

package nlp

import (
	"strings"
	"unicode"
)

// initialismTitles are the titles of people that a country's initialism
// stands before ("U.S. Ambassador", "U.K. Envoy"). Not "Vice" nor the
// ministries' words: "its surplus with the U.S. Vice Finance Minister Ronald
// Ho said" is two sentences.
var initialismTitles = map[string]bool{
	"Ambassador": true, "Senator": true, "Sen.": true, "Rep.": true, "Representative": true,
	"Congressman": true, "Congresswoman": true, "Envoy": true, "Consul": true, "Admiral": true,
	"Attorney": true,
}

// initialismTitle reports whether the segmenter cut a sentence between an
// initialism and a title with a name ("with U.S. | Ambassador William
// Brown"): prev ends in an initialism of two or more letters that no article
// opens ("the U.S." ends a noun phrase), and next starts with one of
// initialismTitles and a capitalised word, on the same line.
func initialismTitle(prev, next, between string) bool {
	if strings.ContainsAny(between, "\n\r") {
		return false
	}
	f := strings.Fields(prev)
	if len(f) < 2 || !capitalInitialism(f[len(f)-1]) {
		return false
	}
	if w := strings.ToLower(f[len(f)-2]); w == "the" || w == "a" || w == "an" {
		return false
	}
	g := strings.Fields(next)
	if len(g) < 2 || !initialismTitles[g[0]] {
		return false
	}
	r := []rune(g[1])
	return unicode.IsUpper(r[0])
}

// capitalInitialism reports whether w is an initialism of capitals: "U.S.",
// "U.K.", not "a.m.".
func capitalInitialism(w string) bool {
	return initialism(w) && strings.ToUpper(w) == w
}
