// Outlets, platforms and firms the recogniser leaves unnamed, shown by the
// word next to them: one tells a person or a body, not a place ("she told
// VH1 in 2002", "told Variety:"), and a firm's or a platform's noun after
// a determiner and capitals makes them a body's name ("a Nike spokesman",
// "my YouTube channel", "the FiveThirtyEight tracker", "the Globalia
// company", "the Ávoris airline").

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// tellVerbsPast are the forms of "tell" whose object, right after, is the
// one told.
var tellVerbsPast = map[string]bool{"told": true, "tells": true, "telling": true}

// toldEnds may follow the one told: punctuation, or a word that opens what
// was said or when ("told People in 2005", "told Variety that").
var toldEnds = map[string]bool{",": true, ".": true, ":": true, ";": true, "in": true, "that": true,
	"last": true, "this": true, "on": true, "earlier": true, "recently": true, "about": true,
	"after": true, "when": true, "of": true}

// outletNouns after capitals make them a firm's or a platform's name:
// "a Nike spokesman", "her YouTube channel", "the Globalia company".
var outletNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"channel": true, "tracker": true, "app": true, "website": true, "platform": true, "subscribers": true,
	"employees": true, "executives": true, "store": true, "stores": true, "headquarters": true,
	"company": true, "airline": true, "carrier": true, "firm": true, "brand": true, "chain": true,
	"retailer": true, "label": true, "publisher": true, "newspaper": true, "magazine": true, "network": true}

// outletOpeners stand before such a name: a determiner or a possessive.
var outletOpeners = map[string]bool{"a": true, "an": true, "the": true, "my": true, "his": true,
	"her": true, "its": true, "their": true, "our": true, "your": true}

// toldBodies, in sentence si: the capitals the recogniser left unnamed
// right after a form of "tell" name an outlet or a body (a person told is
// named, or known by a given name); a name it read as a place there that
// no gazetteer knows is a body's ("told Page Six").
func (x *extractor) toldBodies(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if !s.in(i, tlTellPast) || !strings.HasPrefix(toks[i].Tag, "VB") {
			continue
		}
		j := i + 1
		if k := s.owner[j]; k >= 0 {
			m := &x.mentions[k]
			if m.start == j && m.typ == Place && !m.demonym && m.end < len(toks) && toldEnds[s.lower(m.end)] {
				if _, known := gazetteer.Place(m.name); !known {
					m.typ, m.sure = Organization, true
				}
			}
			continue
		}
		e := unnamedCapitals(x, si, j, 3)
		if e == j || e >= len(toks) || !toldEnds[s.lower(e)] || !plainCapitals(x, si, j, e) {
			continue
		}
		if s.in(j, tlGivenNames) || isTitleHead(toks[j].Text) {
			continue // "told Mary", "told President ...": a person
		}
		if k := x.addMention(si, j, e, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
	}
}

// nounCuedBodies, in sentence si: "a Nike spokesman", "my YouTube
// channel": capitals the recogniser left unnamed between a determiner and
// a firm's or a platform's noun in lower case name a body.
func (x *extractor) nounCuedBodies(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if !s.in(i-1, tlOutletOpeners) || s.owner[i] >= 0 {
			continue
		}
		e := unnamedCapitals(x, si, i, 2)
		if e == i || e >= len(toks) || !outletNouns[toks[e].Text] || !plainCapitals(x, si, i, e) {
			continue
		}
		if k := x.addMention(si, i, e, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
		i = e
	}
}

// unnamedCapitals returns the end of the run of at most n unnamed capitalised
// words (or words of capitals and digits: "VH1") from token i of sentence
// si.
func unnamedCapitals(x *extractor, si, i, n int) int {
	s := &x.sents[si]
	j := i
	for j < len(s.toks) && j < i+n && s.owner[j] < 0 && gazetteer.Capitalised(s.toks[j].Text) && strings.HasPrefix(s.toks[j].Tag, "NN") {
		j++
	}
	return j
}

// plainCapitals reports whether tokens [i, j) of sentence si are plain
// words of letters and digits that no calendar word, demonym or pronoun
// is: "VH1", "Page Six", not "Monday", "French" or "I".
func plainCapitals(x *extractor, si, i, j int) bool {
	s := &x.sents[si]
	for k := i; k < j; k++ {
		w := s.toks[k].Text
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		lw := s.lower(k)
		if _, ok := weekdays[lw]; ok {
			return false
		}
		if _, ok := months[lw]; ok {
			return false
		}
		if _, ok := demonym(w); ok {
			return false
		}
		if len(w) < 2 || personPronouns[lw] {
			return false
		}
	}
	return true
}
