// A body's name of the form "the HEAD of the X" or "the HEAD for X", whose
// head is a word that opens or ends bodies' names ("Museum", "School",
// "Bank", "Center", "Institute"), is one name: "the School of the Art
// Institute of Chicago", "the Museum of the Moving Image", "the Bank of the
// Philippine Islands", "the Center for Plants & Culture". The recogniser
// reads the head alone and the rest as a second name, a place or nothing.
// A name of up to six words after "the" whose last word ends bodies'
// names and is no firm's legal form goes on the same way: "the U.S.
// Bankruptcy Court for the Southern District of New York", "the U.N.
// Economic and Social Commission for Asia and the Pacific" ("Circle
// Rubber Corp of Newark" is a firm and its town).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// maxOfTheWords bounds the capitalised words read after the head's "of".
const maxOfTheWords = 7

// maxOfTheHeadWords bounds the words of a name that ends in a body's head.
const maxOfTheHeadWords = 6

// bodiesOfThe joins a body's head, read alone after "the", and the
// capitalised words after its "of" or "for" into one organisation's name.
func (x *extractor) bodiesOfThe() {
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.end-m.start > maxOfTheHeadWords || m.bend != 0 || m.nominal {
			continue
		}
		j := x.ofTheEnd(m)
		if j <= m.end {
			continue
		}
		s := &x.sents[m.sent]
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
		for n := m.end; n < j; n++ {
			if o := s.owner[n]; o >= 0 {
				drop[o] = true
			}
		}
		spans = append(spans, tokenSpan{m.sent, m.start, j})
	}
	if drop == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}

// ofTheEnd returns the end of the body's name that mention m, a head (or a
// name ending in a head) after "the", opens with "of" or "for" (and "the")
// and capitalised words; m.end when it opens none. The words go on over
// "and", "&", "of" and "for" between capitalised words ("of the" too), over
// "and the" from a place to a place ("for Asia and the Pacific"), not over
// "and" before a place, and stop at a word with digits ("for M1 Abrams"), a
// person's name, a title's head, a time word or a word of another mention
// that starts before them; a list after a comma, or after a name of more
// words a lower-case noun, leaves the name as it was.
func (x *extractor) ofTheEnd(m *mention) int {
	s := &x.sents[m.sent]
	toks := s.toks
	head := toks[m.end-1].Text
	if m.start == 0 || s.lower(m.start-1) != "the" || !gazetteer.Capitalised(head) || !gazetteer.IsOrgSuffix(head) && !gazetteer.IsOrgHead(head) {
		return m.end
	}
	if m.end-m.start > 1 && (!gazetteer.IsOrgSuffix(head) || legalWordIn(x.span(m.sent, m.start, m.end))) {
		return m.end // "the Circle Rubber Corp of Newark": a firm and its town
	}
	i := m.end
	if i+1 >= len(toks) || s.lower(i) != "of" && s.lower(i) != "for" {
		return m.end
	}
	i++
	if s.lower(i) == "the" {
		i++
	}
	j := i
	for j < len(toks) && j < i+maxOfTheWords {
		t := toks[j]
		w := s.lower(j)
		if (w == "of" || w == "for") && j > i && j+2 < len(toks) && s.lower(j+1) == "the" && gazetteer.Capitalised(toks[j+2].Text) {
			j += 2 // "Office of the Comptroller of the Currency"
			continue
		}
		if w == "and" && j > i && j+2 < len(toks) && s.lower(j+1) == "the" && gazetteer.Capitalised(toks[j+2].Text) && x.placeAt(m.sent, i) && x.placeAt(m.sent, j+2) {
			j += 2 // "Economic Commission for Latin America and the Caribbean"
			continue
		}
		if (w == "and" || w == "&" || w == "of" || w == "for") && j > i && j+1 < len(toks) && gazetteer.Capitalised(toks[j+1].Text) {
			if (w == "and" || w == "&") && x.placeAt(m.sent, j+1) {
				break // "the University of the Highlands and Islands and Southampton"
			}
			j++
			continue
		}
		if !gazetteer.Capitalised(t.Text) || strings.ContainsAny(t.Text, "0123456789") || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "VBG") || isTitleHead(t.Text) || timeWords[w] || isHonorific(w) {
			break
		}
		if o := s.owner[j]; o >= 0 && (x.mentions[o].typ == Person || x.mentions[o].start < i) {
			break
		}
		j++
	}
	for j > i && !gazetteer.Capitalised(toks[j-1].Text) {
		j-- // a connector the words stopped after
	}
	if j == i || j < len(toks) && gazetteer.Capitalised(toks[j].Text) {
		return m.end // the name goes on past what can be read
	}
	if m.end-m.start > 1 && j < len(toks) && strings.HasPrefix(toks[j].Tag, "NN") && isLetterWord(toks[j].Text) {
		return m.end // the words name a lower-case noun: "for the Congressional Joint Economic committee"
	}
	if j+1 < len(toks) && toks[j].Text == "," && gazetteer.Capitalised(toks[j+1].Text) && !x.placeAt(m.sent, j+1) {
		return m.end // a list of its subjects: "Department of the Environment, Food and Rural Affairs"
	}
	if o := s.owner[j-1]; o >= 0 && x.mentions[o].end > j {
		return m.end
	}
	if _, ok := gazetteer.Place(x.span(m.sent, m.start, j)); ok {
		return m.end
	}
	return j
}

// placeAt reports whether token i of sentence si opens a place's mention or
// is a place the gazetteer knows.
func (x *extractor) placeAt(si, i int) bool {
	if o := x.mentionAt(si, i); o != nil && o.start == i && isPlace(o.typ) {
		return true
	}
	_, ok := gazetteer.Place(x.sents[si].toks[i].Text)
	return ok
}
