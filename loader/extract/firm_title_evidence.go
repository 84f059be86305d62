// Firms by the title before them: "Chief Executive Officer of Barclays",
// "the former Chief Marketing Officer for Jenny Craig, Leesa Eichberger".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// firmTitleHeads end titles whose "of" or "for" complement is the employer
// (data/firmTitleHeads.txt).
var firmTitleHeads = wordSet("firmTitleHeads")

// firmsAfterTitles adds to firm the names (read as people or left untyped)
// (or as unknown places: placeMayBeFirm) written right after a firm title's head and "of" or "for" ("officer of
// [the] NAME", "chief executive for NAME"): a person holds such a title in a
// body, and a body is the complement. The name must end the title phrase: a
// comma, a name or the end of the sentence after it.
func (x *extractor) firmsAfterTitles(firm map[string]bool) {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.typ != Person && m.typ != Other && m.typ != Place && m.typ != City {
			continue
		}
		s := &x.sents[m.sent]
		p := m.start - 1
		if p >= 0 && s.lower(p) == "the" {
			p--
		}
		if p < 1 || s.lower(p) != "of" && s.lower(p) != "for" || s.owner[p-1] >= 0 || !firmTitleHeads[s.lower(p-1)] {
			continue
		}
		if m.end < len(s.toks) && s.toks[m.end].Tag == "POS" {
			continue // "chief executive of Barclays' unit": the unit's
		}
		firm[m.name] = true
	}
}

// firmTitleOf returns where the body opens in a name read over tokens
// [start, end) that begins with a capitalised firm title and "of" or "for"
// ("Chief Marketing Officer for Jenny Craig": Jenny Craig), or start when
// it does not. The title's words are capitalised; the body has one
// capitalised word at least after "of" or "for" (and "the").
func firmTitleOf(toks []nlp.Token, start, end int) int {
	for k := start; k+2 < end; k++ {
		w := lower(toks[k].Text)
		if w == "of" || w == "for" {
			return start // "Bank of America": no title before the first "of"
		}
		if !gazetteer.Capitalised(toks[k].Text) || !firmTitleHeads[w] {
			continue
		}
		if n := lower(toks[k+1].Text); n != "of" && n != "for" {
			continue
		}
		b := k + 2
		if lowerIs(toks[b].Text, "the") {
			b++
		}
		if b < end && gazetteer.Capitalised(toks[b].Text) {
			return b
		}
		return start
	}
	return start
}

// firmTitleBodies cuts a firm title and its "of" or "for" off the body
// names of sentence si that open with them ("[Chief Marketing Officer for]
// Acme Foods"): the title is read before the name that follows, and the
// body is its affiliation.
func (x *extractor) firmTitleBodies(si int) {
	s := &x.sents[si]
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.typ != Organization && m.typ != Other || m.bend != 0 {
			continue
		}
		if b := firmTitleOf(s.toks, m.start, m.end); b > m.start {
			x.respan(k, b, m.end, Organization)
		}
	}
	x.firmTitleBodiesBeforeNames(si)
}

// firmTitleBodiesBeforeNames reads the body between a firm title's "of" or
// "for" and the name of the person who holds it, with no comma between
// ("President and Chief Financial Officer of Super Value Debra Symonette"):
// capitals no name covers there become a body's name, and a person's name
// read there right before another person's is the body's (no one's name is
// written right before another's).
func (x *extractor) firmTitleBodiesBeforeNames(si int) {
	s := &x.sents[si]
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		w := s.lower(k)
		if w != "of" && w != "for" || s.owner[k-1] >= 0 || !gazetteer.Capitalised(toks[k-1].Text) || !firmTitleHeads[s.lower(k-1)] {
			continue
		}
		b := k + 1
		if s.lower(b) == "the" {
			b++
		}
		if b >= len(toks) || !gazetteer.Capitalised(toks[b].Text) {
			continue
		}
		if o := s.owner[b]; o >= 0 {
			m := &x.mentions[o]
			if m.typ != Person || m.start != b || m.bend != 0 || m.end >= len(toks) {
				continue
			}
			if x.holderAt(si, m.end) {
				m.typ = Organization
			}
			continue
		}
		e := b
		for e < len(toks) && s.owner[e] < 0 && gazetteer.Capitalised(toks[e].Text) && strings.HasPrefix(toks[e].Tag, "NNP") && !isTitleHead(toks[e].Text) && !isHonorific(strings.TrimSuffix(s.lower(e), ".")) {
			e++
		}
		if e > b && x.holderAt(si, e) {
			x.addMention(si, b, e, Organization, false)
		}
	}
}

// firmTitleWord reports whether token k of sentence si, before the
// capitalised firm title head at token head, is a capitalised word of the
// title ("Chief [Financial] Officer of Super Value") or an "and" joining two
// titles ("President [and] Chief Financial Officer"): no name, weekday or
// month.
func (x *extractor) firmTitleWord(si, k, head int) bool {
	s := &x.sents[si]
	toks := s.toks
	if !firmTitleHeads[s.lower(head)] || !gazetteer.Capitalised(toks[head].Text) {
		return false
	}
	if s.lower(k) == "and" {
		return k > 0 && s.owner[k-1] < 0 && isTitleHead(toks[k-1].Text) && gazetteer.Capitalised(toks[k-1].Text)
	}
	return k > 0 && gazetteer.Capitalised(toks[k].Text) && (strings.HasPrefix(toks[k].Tag, "NNP") || toks[k].Tag == "JJ") && !calendarWord(toks[k].Text)
}

// holderAt reports whether a person's name opens at token k of sentence si
// that can hold the title before it: a given name first ("Debra
// Symonette"), no possessive after it ("of President Reagan's Council").
func (x *extractor) holderAt(si, k int) bool {
	s := &x.sents[si]
	if k >= len(s.toks) || s.owner[k] < 0 {
		return false
	}
	m := &x.mentions[s.owner[k]]
	if m.typ != Person || m.start != k || m.end-m.start < 2 || !s.in(k, tlGivenNames) {
		return false
	}
	return m.end >= len(s.toks) || s.toks[m.end].Tag != "POS"
}
