package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// cutAtBrackets cuts the recogniser's names where they join names over
// Reuters' angle brackets: a bracketed name is whole, and no name joins it to
// the next at "and" or a comma. "<Consolidated Energy Corp> and Harken Oil
// and Gas Inc <HOGI>" was read as one organisation from "Energy" to "Inc" (a
// node "Energy Corp> and Harken Oil" once the rules had cut it); the pieces
// are now the bracketed name (which bracketNames reads) and "Harken Oil and
// Gas Inc" after it, with the recogniser's label. A cut falls between a token
// closing a bracket ("Corp>") and a connector after it, and between a
// connector and a token opening a bracket ("and <Dominion"); the connectors
// are no part of a piece, and a piece of one word or with no capitalised word
// outside brackets (a ticker) is dropped. A name with a bracket and no
// connector beside it ("Citicorp's <CCI> Citibank") is left to the rules.
func cutAtBrackets(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	var out []ner.Mention
	for _, m := range ms {
		if !bracketJoin(toks, m) {
			out = append(out, m)
			continue
		}
		start := m.Start
		for k := m.Start; k+1 < m.End; k++ {
			if bracketCut(toks, k) {
				out = appendPiece(toks, out, m, start, k+1)
				start = k + 1
			}
		}
		out = appendPiece(toks, out, m, start, m.End)
	}
	return out
}

// bracketJoin reports whether mention m joins names over a Reuters bracket.
func bracketJoin(toks []nlp.Token, m ner.Mention) bool {
	for k := m.Start; k+1 < m.End; k++ {
		if bracketCut(toks, k) {
			return true
		}
	}
	return false
}

// bracketCut reports whether a name read over tokens k and k+1 is cut
// between them: a closing bracket, then a connector, or a connector, then
// an opening bracket.
func bracketCut(toks []nlp.Token, k int) bool {
	a, b := toks[k].Text, toks[k+1].Text
	return strings.HasSuffix(a, ">") && bracketConnector(b) || bracketConnector(a) && strings.HasPrefix(b, "<")
}

// appendPiece adds tokens [i, j) of mention m, without the connectors at
// its ends, when a capitalised word outside brackets is left.
func appendPiece(toks []nlp.Token, out []ner.Mention, m ner.Mention, i, j int) []ner.Mention {
	for i < j && bracketConnector(toks[i].Text) {
		i++
	}
	for j > i && bracketConnector(toks[j-1].Text) {
		j--
	}
	if j-i < 2 {
		return out // one word: a cut name ("and Alex. Brown and Sons Inc") the label is not sure of
	}
	for k := i; k < j; k++ {
		if t := toks[k].Text; !reutersBracket(t) && gazetteer.Capitalised(t) {
			p := m
			p.Start, p.End = i, j
			return append(out, p)
		}
	}
	return out // a ticker, or nothing
}

// bracketConnector reports whether a word joins two names in a list.
func bracketConnector(w string) bool {
	return w == "," || w == "&" || lowerIs(w, "and")
}
