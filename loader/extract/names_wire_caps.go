package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// The Reuters wire capitalises the word after an abbreviation's full stop
// as if a sentence began there: "the U.S. Or Japan", "the U.S. Economy",
// "U.K. Securities industry". The recogniser then reads the country and
// that word as one name.

// wireJoins are the function words the wire capitalises after a country's
// abbreviation; inside a name they join or end it.
var wireJoins = map[string]bool{"or": true, "and": true, "nor": true, "but": true, "to": true, "in": true,
	"of": true, "for": true, "from": true, "on": true, "at": true, "by": true, "as": true, "than": true}

// wireCapitals corrects a recogniser mention m of sentence si that goes on
// after a country's dotted abbreviation with a word capitalised only by the
// wire: a function word ends the name there ("U.S. Or Japan" names the U.S.
// and Japan, the second read again as a mention of its own). (A common word
// so capitalised, "the U.S. Economy", is left alone unless the article
// writes it in lower case elsewhere: then the country alone is the name.)
func (x *extractor) wireCapitals(si int, m ner.Mention) ner.Mention {
	toks := x.sents[si].toks
	for k := m.Start + 1; k < m.End; k++ {
		if !dottedCountry(toks[k-1].Text) || !gazetteer.Capitalised(toks[k].Text) {
			continue
		}
		if lowerIn(wireJoins, toks[k].Text) {
			if k+1 < m.End {
				x.modelMention(si, ner.Mention{Start: k + 1, End: m.End, Label: m.Label, Class: m.Class})
			}
			m.End = k
			break
		}
		// "The U.K. Securities industry": a dictionary word ending the
		// name before a noun, which the article writes in lower case
		// elsewhere, is a common noun; the country alone is named (not a
		// known body, nor "U.S. Steel said").
		if k+1 == m.End && m.End < len(toks) && (toks[m.End].Tag == "NN" || toks[m.End].Tag == "NNS") && !gazetteer.Capitalised(toks[m.End].Text) &&
			dictionaryWord(toks[k].Text) && x.writtenLower(lower(toks[k].Text)) {
			if _, ok := orgLookup(x.span(si, m.Start, m.End)); !ok {
				m.Start, m.End = k-1, k
				m.Label, m.Class = ner.Place, ""
			}
			break
		}
	}
	return m
}

// dottedCountry reports whether a word is a country's abbreviation with full
// stops: "U.S.", "U.K.".
func dottedCountry(w string) bool {
	if !strings.HasSuffix(w, ".") || strings.Count(w, ".") < 2 {
		return false
	}
	_, ok := gazetteer.Country(w)
	return ok
}

// writtenLower reports whether the article writes the lower-case word lw as
// a whole word somewhere.
func (x *extractor) writtenLower(lw string) bool {
	return hasWord(x.text, lw)
}
