package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Trade terms and reference rates are written as acronyms ("180 dlrs a
// tonne FOB", "CIF imports", "15 basis points over LIBOR", "three-month
// SIBOR plus 20 basis points") and read as bodies' names. An acronym is
// such a term where the page writes it after a price's unit (priceUnits,
// or after one and a comma when a mark or the sentence's end follows it),
// after a gap between rates and "over" or "above"
// (rateGapWords, rateCompareWords), after a tenor ("three-month"), before
// "plus" or "minus" and a number, or before a noun such terms qualify
// (tradeTermHeads); dropThingAcronyms counts such a use as a thing's.

var (
	priceUnits       = wordSet("priceUnits")
	rateCompareWords = wordSet("rateCompareWords")
	rateGapWords     = wordSet("rateGapWords")
	tradeTermHeads   = wordSet("tradeTermHeads")
)

// priceTermUse reports whether the acronym at token i of s is used as a
// trade term or a reference rate (see the file's comment).
func priceTermUse(s *sentence, i int) bool {
	toks := s.toks
	if i > 0 {
		if priceUnits[s.lower(i-1)] || i > 1 && toks[i-1].Text == "," && priceUnits[s.lower(i-2)] && closesClause(toks, i+1) {
			return true // "180 dlrs a tonne FOB", "27 cents a lb, FOB, delivered" (not "at 4.56 dlrs, USDA could")
		}
		if tenor(s.lower(i - 1)) {
			return true // "three-month LIBOR"
		}
		if rateCompareWords[s.lower(i-1)] && i > 1 && (rateGapWords[s.lower(i-2)] || toks[i-2].Tag == "CD") {
			return true // "points over LIBOR", "1/8 over LIBOR"
		}
	}
	if i+1 < len(toks) {
		next := s.lower(i + 1)
		if (next == "plus" || next == "minus") && i+2 < len(toks) && toks[i+2].Tag == "CD" {
			return true
		}
		if tradeTermHeads[next] {
			return true
		}
	}
	return false
}

// tenor reports whether w is a loan's tenor: "three-month", "6-month".
func tenor(w string) bool {
	n, ok := strings.CutSuffix(w, "-month")
	return ok && n != "" && (numberWords[n] || allDigits(n))
}

// closesClause reports whether token k ends the sentence or is a comma,
// a semicolon or a full stop.
func closesClause(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch toks[k].Text {
	case ",", ";", ".":
		return true
	}
	return false
}
