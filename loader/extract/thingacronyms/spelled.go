package main

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// spelledFunctionWords stand between an acronym's spelled-out words
// without giving it a letter: "Office of Management and Budget (OMB)".
var spelledFunctionWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "to": true, "&": true}

// spelledUse tells how the words before "(ACRONYM)" spell it out: a term in
// lower case ("gross national product (GNP)") is a thing, unless it holds a
// body's word ("a multilateral investment guarantee agency"); capitalised
// words holding an organisation's suffix or head ("Chicago Board of Trade
// (CBT)") are a body; anything else says nothing.
type spelledUse int

const (
	spelledNone spelledUse = iota
	spelledTerm
	spelledBody
)

// spelledBefore reads the words of toks before index open (an opening
// bracket) that spell acronym a out, and says what they spell. Hyphenated
// words give a letter for each part ("payment-in-kind (PIK)"), and the
// words must spell every letter, in order.
func spelledBefore(toks []string, open int, a string, bodyHeads map[string]bool) spelledUse {
	letters := a
	var words []string
	for k := open - 1; k >= 0 && letters != ""; k-- {
		w := toks[k]
		if w == "-" {
			continue // "payment-in-kind": the tokenizer splits at hyphens
		}
		if !isWord(w) {
			return spelledNone
		}
		inCompound := k > 0 && toks[k-1] == "-" || k+1 < open && toks[k+1] == "-"
		if spelledFunctionWords[strings.ToLower(w)] && !inCompound {
			continue // "Office of Management and Budget (OMB)", not "payment-in-kind (PIK)"
		}
		initial := strings.ToUpper(w[:1])
		if !strings.HasSuffix(letters, initial) {
			return spelledNone
		}
		letters = letters[:len(letters)-1]
		words = append(words, w)
	}
	if letters != "" || len(words) < 2 {
		return spelledNone
	}
	lowerCase, capitalised := true, true
	for _, w := range words {
		if spelledFunctionWords[w] {
			continue
		}
		if w[0] >= 'A' && w[0] <= 'Z' {
			lowerCase = false
		} else {
			capitalised = false
		}
	}
	body := false
	for _, w := range words {
		c := strings.ToUpper(w[:1]) + w[1:]
		if gazetteer.IsOrgSuffix(c) || gazetteer.IsOrgHead(c) || bodyHeads[strings.ToLower(w)] {
			body = true
		}
	}
	switch {
	case lowerCase && !body:
		return spelledTerm // "gross national product (GNP)", not "a multilateral investment guarantee agency (MIGA)"
	case capitalised && body:
		return spelledBody
	}
	return spelledNone
}

// isWord reports whether tok is made of letters only.
func isWord(tok string) bool {
	for _, r := range tok {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return tok != ""
}
