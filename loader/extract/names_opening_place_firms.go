package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A body named after its town or country opens a sentence: "Denver Grain
// Exchange said ...", "Malta Shipping Co said ...". The recogniser has no
// capital there to tell a name's first word from the sentence's, and reads
// the place alone and the rest as the body ("Denver", "Grain Exchange"). A
// place that opens the sentence and runs, with a space and no mark between,
// into a capitalised body whose last word ends organisations' names
// (Exchange, Radio) or is a legal form after another word (Shipping Co) is
// the body's first word. Within a sentence the capitals tell the
// recogniser, and "the Denver Grain Exchange" is read whole. A dateline in
// capitals ("DENVER - Grain Exchange officials said") is no part of a name.

// joinOpeningPlaceFirm joins to the body after it the place that opens the
// sentence of toks (see the file's comment); ms are the recogniser's names
// of toks, in order.
func joinOpeningPlaceFirm(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	if len(ms) < 2 {
		return ms
	}
	place, body := ms[0], ms[1]
	if place.Label != ner.Place || place.Start != firstWordIndex(toks) || body.Label != ner.Organization || body.Start != place.End {
		return ms
	}
	if toks[body.Start].Start != toks[place.End-1].End+1 || !gazetteer.Capitalised(toks[body.Start].Text) || datelinePlace(toks[place.Start:place.End]) {
		return ms
	}
	last := strings.TrimSuffix(toks[body.End-1].Text, ".")
	if !gazetteer.IsOrgSuffix(last) && (body.End-body.Start < 2 || !legalSuffix[lower(last)] && !legalForms[lower(last)]) {
		return ms // a legal form alone is no body's name ("Denver Inc")
	}
	ms[1] = ner.Mention{Start: place.Start, End: body.End, Label: ner.Organization}
	return ms[1:]
}

// firstWordIndex returns the index of the sentence's first word: its first
// token after opening quotes and brackets.
func firstWordIndex(toks []nlp.Token) int {
	i := 0
	for i < len(toks) && (toks[i].Text == "``" || toks[i].Text == "\"" || toks[i].Text == "“" || toks[i].Text == "(" || toks[i].Text == "'") {
		i++
	}
	return i
}

// datelinePlace reports whether the place's words are a dateline's: in
// capitals, one of them longer than an abbreviation ("DENVER", not "U.S.").
func datelinePlace(words []nlp.Token) bool {
	long := false
	for _, w := range words {
		if !shouted(w.Text) {
			return false
		}
		long = long || len(w.Text) > 3 && !strings.Contains(w.Text, ".")
	}
	return long
}
