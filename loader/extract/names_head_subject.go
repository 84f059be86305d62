// A body's name whose head takes its subject after "for" or "on", maybe
// with "the", goes on over that subject when it is written in capitals:
// "UN Office for the Coordination of Humanitarian Affairs", "U.N. Centre
// on Transnational Corporations", "Joint Council for the Welfare of
// Immigrants". The recogniser stops at the head ("UN Office") and reads the
// subject as a second body ("Coordination of Humanitarian Affairs") or as
// nothing.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// subjectHeads are the last words of bodies' names that take a subject
// after "for" or "on".
var subjectHeads = wordSet("subjectHeads")

// bodiesForOn makes one body's name of a body mention that ends in a
// subject head and the subject in capitals after "for" or "on" (maybe with
// "the"). The subject's words are words of the dictionary, maybe joined by
// "of", "and" or "&" ("Ways and Means"), no weekday or month ("the
// Commission on Tuesday"), no given name, no title ("Chairman"); a mention there must be a body
// that lies inside the subject (not a person, a place or a firm read
// whole): "the Security Council on Iraq" and "the World Bank for Brazil"
// stay as they are.
func (x *extractor) bodiesForOn() {
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.bend != 0 || !gazetteer.Capitalised(x.sents[m.sent].toks[m.end-1].Text) || !subjectHeads[x.sents[m.sent].lower(m.end-1)] {
			continue
		}
		j, owned := x.subjectTail(m)
		if j <= m.end {
			continue
		}
		drop = x.markJoined(drop, k, owned)
		spans = append(spans, tokenSpan{m.sent, m.start, j})
	}
	if drop == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}

// subjectTail returns where body mention m's name ends when the subject in
// capitals after "for" or "on" goes on with it, and the mentions inside that
// subject; m.end when none does.
func (x *extractor) subjectTail(m *mention) (int, []int) {
	s := &x.sents[m.sent]
	toks := s.toks
	i := m.end
	if i+1 >= len(toks) || toks[i].Text != "for" && toks[i].Text != "on" {
		return m.end, nil
	}
	i++
	if toks[i].Text == "the" {
		i++
	}
	from := i
	j := x.subjectWords(s, from)
	if j == from {
		return m.end, nil
	}
	// a list of subjects closed by "and": "Subcommittee on Livestock,
	// Dairy and Poultry"
	for k := j; k+1 < len(toks) && toks[k].Text == ","; {
		e := x.subjectWords(s, k+1)
		if e == k+1 {
			break
		}
		if strings.Contains(x.span(m.sent, k+1, e), " and ") {
			j = e
			break
		}
		k = e
	}
	if j < len(toks) && (gazetteer.Capitalised(toks[j].Text) || toks[j].Text == "," && j+1 < len(toks) && gazetteer.Capitalised(toks[j+1].Text) || bodyNouns[toks[j].Text] || subjectHeads[toks[j].Text]) {
		return m.end, nil // the subject goes on past what is read, or is a body's: leave it
	}
	var owned []int
	for n := m.end; n < j; n++ {
		o := s.owner[n]
		if o < 0 || len(owned) > 0 && owned[len(owned)-1] == o {
			continue
		}
		om := &x.mentions[o]
		if om.typ != Organization || om.start < from || om.end > j || om.bend != 0 {
			return m.end, nil
		}
		owned = append(owned, o)
	}
	return j, owned
}

// subjectWords returns where the capitalised words of a body's subject that
// start at token i of sentence s end (i when none do): words of the
// dictionary, maybe joined by "of", "and" or "&", no weekday or month, given
// name, acronym, title or place.
func (x *extractor) subjectWords(s *sentence, i int) int {
	toks := s.toks
	j := i
	for n := i; n < len(toks) && n < i+8; n++ {
		w := toks[n].Text
		if w == "of" || w == "and" || w == "&" {
			if n == i || n+1 >= len(toks) || !gazetteer.Capitalised(toks[n+1].Text) {
				break
			}
			continue
		}
		if !gazetteer.Capitalised(w) || !dictionaryWord(w) || calendarWord(w) || s.in(n, tlGivenNames) || isAcronym(w) || isTitleHead(w) {
			break
		}
		if _, place := gazetteer.Place(w); place {
			break
		}
		j = n + 1
	}
	return j
}
