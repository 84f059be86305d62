package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// bodyShapes retypes the names of sentence si by their shape whatever the
// recogniser said: "Air" before a country or a people names an airline ("Air
// Jamaica", "Air Lanka"), no place; a state's abbreviation after a town and
// a comma ("Albany, N.Y.") is a place, no body, whatever its context says
// (firms.go).
func (x *extractor) bodyShapes(si int) {
	s := &x.sents[si]
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend > 0 || m.typ == Event {
			continue
		}
		switch {
		case m.typ != Organization && airlineName(s.toks[m.start:m.end]):
			m.typ = Organization
		case m.end-m.start == 1 && stateAbbreviation(s.toks[m.start].Text) && x.afterPlaceComma(si, m):
			m.typ, m.sure = Place, true // no firm by its context (firms.go)
		}
	}
}

// airlineName reports whether words are "Air" and a country's or a people's
// name: an airline's name.
func airlineName(ts []nlp.Token) bool {
	if len(ts) < 2 || ts[0].Text != "Air" {
		return false
	}
	words := make([]string, 0, len(ts)-1)
	for _, t := range ts[1:] {
		words = append(words, t.Text)
	}
	rest := strings.Join(words, " ")
	if _, ok := gazetteer.Country(rest); ok {
		return true
	}
	_, ok := demonym(rest)
	return ok
}

// gerundTail extends a recogniser mention m of a body's name with "of" in it
// over the capitalised words the recogniser left after a capitalised "-ing"
// word: "Association of Tin [Producing Countries]", "Association of Zinc
// Producing [Countries]". The words go on while they are capitalised nouns,
// no title's or weekday's.
func gerundTail(toks []nlp.Token, m ner.Mention) ner.Mention {
	if m.Label != ner.Organization || m.End+1 >= len(toks) {
		return m
	}
	of := false
	for _, t := range toks[m.Start:m.End] {
		if t.Text == "of" {
			of = true
		}
	}
	end := m.End
	if w := toks[end].Text; gerund(w) {
		end++ // "Association of Tin [Producing Countries]"
	} else if !gerund(toks[end-1].Text) {
		return m // "Association of Zinc Producing [Countries]" goes on
	}
	if !of {
		return m
	}
	from := end
	for end < len(toks) && gazetteer.Capitalised(toks[end].Text) && strings.HasPrefix(toks[end].Tag, "NN") && !isTitleHead(toks[end].Text) {
		if _, wd := lowerHas(weekdays, toks[end].Text); wd {
			break
		}
		end++
	}
	if end == from {
		return m // no noun after the "-ing" word ends the name
	}
	m.End = end
	return m
}

// gerund reports whether a word is a capitalised "-ing" word: "Producing".
func gerund(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ing") && gazetteer.Capitalised(w)
}
