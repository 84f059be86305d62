// A body's name of the form "the HEAD of the X" or "the HEAD for X", whose
// head is a word that opens or ends bodies' names ("Museum", "School",
// "Bank", "Center", "Institute"), is one name: "the School of the Art
// Institute of Chicago", "the Museum of the Moving Image", "the Bank of the
// Philippine Islands", "the Center for Plants & Culture". The recogniser
// reads the head alone and the rest as a second name, a place or nothing.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// maxOfTheWords bounds the capitalised words read after the head's "of".
const maxOfTheWords = 7

// bodiesOfThe joins a body's head, read alone after "the", and the
// capitalised words after its "of" or "for" into one organisation's name.
func (x *extractor) bodiesOfThe() {
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.end-m.start != 1 || m.bend != 0 || m.nominal {
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

// ofTheEnd returns the end of the body's name that one-word mention m, a
// head after "the", opens with "of" or "for" (and "the") and capitalised
// words; m.end when it opens none. The words go on over "and", "&", "of"
// and "for" between capitalised words ("of the" too), not over "and" before
// a place, and stop at a person's name, a title's head, a time word or a
// word of another mention that starts before them; a list after a comma
// leaves the name as it was.
func (x *extractor) ofTheEnd(m *mention) int {
	s := &x.sents[m.sent]
	toks := s.toks
	head := toks[m.start].Text
	if m.start == 0 || s.lower(m.start-1) != "the" || !gazetteer.Capitalised(head) || !gazetteer.IsOrgSuffix(head) && !gazetteer.IsOrgHead(head) {
		return m.end
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
		if (w == "and" || w == "&" || w == "of" || w == "for") && j > i && j+1 < len(toks) && gazetteer.Capitalised(toks[j+1].Text) {
			if (w == "and" || w == "&") && x.placeAt(m.sent, j+1) {
				break // "the University of the Highlands and Islands and Southampton"
			}
			j++
			continue
		}
		if !gazetteer.Capitalised(t.Text) || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "VBG") || isTitleHead(t.Text) || timeWords[w] || isHonorific(w) {
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
