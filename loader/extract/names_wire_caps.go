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
// so capitalised, "the U.S. Economy", is left alone: read as the country, it
// weighs the article towards it, and bodies every country has go with it.)
func (x *extractor) wireCapitals(si int, m ner.Mention) ner.Mention {
	toks := x.sents[si].toks
	for k := m.Start + 1; k < m.End; k++ {
		if !dottedCountry(toks[k-1].Text) || !gazetteer.Capitalised(toks[k].Text) {
			continue
		}
		if wireJoins[lower(toks[k].Text)] {
			if k+1 < m.End {
				x.modelMention(si, ner.Mention{Start: k + 1, End: m.End, Label: m.Label, Class: m.Class})
			}
			m.End = k
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
