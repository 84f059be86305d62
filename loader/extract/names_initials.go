// Firms named by two initials joined by "and", as wire copy writes them:
// "S and P said", "C and W's project", "D and P noted". The recogniser
// reads each letter alone, or one of them, as a body.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// initialNames adds the firms of sentence si named by two initials
// (initialPairs).
func (x *extractor) initialNames(si int) {
	if x.initials == nil {
		x.initials = x.initialPairs()
	}
	if len(x.initials) == 0 {
		return
	}
	toks := x.sents[si].toks
	for i := 0; i+2 < len(toks); i++ {
		if p, ok := initialPair(toks, i); ok && x.initials[p] {
			x.addMention(si, i, i+3, Organization, false)
			i += 2
		}
	}
}

// initialPairs returns the pairs of initials that the article shows to be
// a firm's name: one that a verb or a possessive follows somewhere ("S and
// P said", "C and W's"). Pairs that stand for common nouns are none
// ("R and D", "S and L"), nor are letters in a list ("classes A and B").
// The map is empty, not nil, when the article has none.
func (x *extractor) initialPairs() map[string]bool {
	out := map[string]bool{}
	for si := range x.sents {
		toks := x.sents[si].toks
		for i := 0; i+3 < len(toks); i++ {
			p, ok := initialPair(toks, i)
			if !ok || commonInitials[p] {
				continue
			}
			if i > 0 && (letterWord(toks[i-1].Text) || toks[i-1].Text == "," || lowerIn(letterKinds, toks[i-1].Text)) {
				continue // "A, B and C", "series A and B preferred"
			}
			if n := toks[i+3]; len(n.Tag) >= 2 && n.Tag[:2] == "VB" || n.Tag == "POS" {
				out[p] = true
			}
		}
	}
	return out
}

// initialPair returns the pair of initials at token i ("S and P") and
// whether there is one.
func initialPair(toks []nlp.Token, i int) (string, bool) {
	if !letterWord(toks[i].Text) || !letterWord(toks[i+2].Text) {
		return "", false
	}
	if c := toks[i+1].Text; c != "and" && c != "&" {
		return "", false
	}
	return toks[i].Text + " and " + toks[i+2].Text, true
}

// letterWord reports whether w is one capital letter.
func letterWord(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

// letterKinds are the nouns before letters that name classes, no firm:
// "series A and B preferred", "class A and B shares".
var letterKinds = map[string]bool{"series": true, "class": true, "classes": true, "grade": true, "grades": true, "group": true, "groups": true, "type": true, "types": true, "tranche": true, "tranches": true, "category": true, "categories": true, "phase": true, "phases": true, "stage": true, "stages": true, "section": true, "sections": true, "part": true, "parts": true, "level": true, "levels": true, "vitamins": true}

// longTicker reports whether inner, the capitals in the angle brackets at
// token i, is a ticker of five letters or more: written right after a
// name's capitalised word ("Reuters Holdings PLC <RTRSY>", "Toyota
// <TOYOY>") or after "symbol" ("under the symbol <MKPWI>"), not after a
// lower-case word where a firm is named ("manufacturer <CFAS>").
func longTicker(toks []nlp.Token, i int, inner string) bool {
	if i == 0 || len(inner) < 5 || strings.ToUpper(inner) != inner || !letters(inner) {
		return false
	}
	p := toks[i-1].Text
	return gazetteer.Capitalised(p) && !strings.HasPrefix(p, "<") || p == "symbol" || p == "symbols"
}

// commonInitials stand for common nouns, no firm: research and
// development, savings and loan, cost and freight, rhythm and blues, bed
// and breakfast, profit and loss, questions and answers, mergers and
// acquisitions, accident and emergency.
var commonInitials = map[string]bool{"R and D": true, "S and L": true, "C and F": true, "R and B": true, "B and B": true, "P and L": true, "Q and A": true, "M and A": true, "A and E": true}

// letterTicker reports whether w is a one-letter ticker in angle brackets,
// as Reuters writes it after a firm's name: "Ford Motor Co <F>", "USX Corp
// <X>".
func letterTicker(w string) bool {
	return len(w) == 3 && w[0] == '<' && w[2] == '>' && letterWord(w[1:2])
}
