package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

// Figures of earnings tables. A row compares this period's figure with last
// year's by "vs", and a figure is a number or a word that stands for one:
// "Shr loss 1.73 dlrs vs nil", "Shrs 65.13 mln vs same", "Shr loss six
// cts vs not available", "Revs n.a. vs 4.2 mln".

// figureWords stand for a figure in a table row: none, the same as the
// other side, not available or not meaningful. A side that opens with
// "not" is one too ("vs not available", "vs not given").
var figureWords = map[string]bool{"nil": true, "same": true, "none": true, "n.a.": true, "n/a": true, "na": true, "nm": true}

// figuresCompared reports whether a sentence compares two figures by "vs"
// (or "v"): a number or a figure word on both sides of its first one.
func figuresCompared(toks []nlp.Token) bool {
	for i, t := range toks {
		if l := lower(t.Text); l == "vs" || l == "vs." || l == "v" || l == "v." {
			after := toks[i+1:]
			return i > 0 && hasFigure(toks[:i]) && (hasFigure(after) || len(after) > 0 && lower(after[0].Text) == "not")
		}
	}
	return false
}

// hasFigure reports whether tokens hold a number or a figure word.
func hasFigure(toks []nlp.Token) bool {
	for _, t := range toks {
		if numeric(t) || figureWords[lower(t.Text)] {
			return true
		}
	}
	return false
}

// shortRowTokens is the most tokens a row ending in a full stop has:
// "Shrs 494.35 mln vs 494.22 mln." has seven.
const shortRowTokens = 10

// hasFiniteVerb reports whether a sentence holds a finite verb or a modal:
// "Profits rose to 4.5 mln vs 3.1 mln." is prose.
func hasFiniteVerb(toks []nlp.Token) bool {
	for _, t := range toks {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "VBN", "MD":
			return true
		}
	}
	return false
}

// endsInNumber reports whether a sentence's last token is a number: "Qtr
// ends Dec 31", "Year ended June 30".
func endsInNumber(toks []nlp.Token) bool {
	return len(toks) > 0 && numeric(toks[len(toks)-1])
}
