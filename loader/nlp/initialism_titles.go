// Initialisms before a person's title: the segmenter may take the stop of
// "U.S." for the end of a sentence when a title that often opens one follows
// ("met with U.S. Ambassador Nick Perry", "and U.S. Senator Bob Dole said").

package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	before, last, ok := lastField(prev)
	if !ok || !capitalInitialism(last) {
		return false
	}
	_, w, ok := lastField(before)
	if !ok {
		return false
	}
	if w = strings.ToLower(w); w == "the" || w == "a" || w == "an" {
		return false
	}
	first, rest, ok := firstField(next)
	if !ok || !initialismTitles[first] {
		return false
	}
	second, _, ok := firstField(rest)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(second)
	return unicode.IsUpper(r)
}

// lastField splits s before its last space-separated word, as the last
// element of strings.Fields(s) without splitting the whole sentence (the
// segmenter asks at every sentence's end).
func lastField(s string) (before, last string, ok bool) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if s == "" {
		return "", "", false
	}
	return s[:i+1], s[i+1:], true
}

// firstField splits s after its first space-separated word.
func firstField(s string) (first, rest string, ok bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if s == "" {
		return "", "", false
	}
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, "", true
	}
	return s[:i], s[i:], true
}

// capitalInitialism reports whether w is an initialism of capitals: "U.S.",
// "U.K.", not "a.m.".
func capitalInitialism(w string) bool {
	return initialism(w) && strings.ToUpper(w) == w
}
