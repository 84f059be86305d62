// Firms' names read in pieces: "Freeport McMoran Inc" read as the place
// Freeport and the firm McMoran Inc, "Circle K said" after "Circle K Corp"
// read as a place and a letter, "Hudson's Bay said" after "Hudson's Bay
// Co" read as the place Bay, "McDonnell Douglas Corp" opening a sentence
// read as the firm (or the person) McDonnell and the firm Douglas Corp.
// The pieces are one firm's name.

package extract

import "strings"

// joinSplitFirms joins into one organisation's name a mention read as a
// place or a thing (no country, no national adjective) and the words
// around it when they spell a firm's name: the place's words and a firm's
// name ending in a legal form right after them ("Freeport McMoran Inc"; a
// person's or an organisation's name of one or two words without a legal
// form of its own is such a piece too, unless a verb comes right before it:
// "McDonnell" of "McDonnell Douglas Corp"), or the words of an
// organisation's name the article writes with a legal form, written
// without it ("Circle K" of "Circle K Corp", "Hudson's Bay" of "Hudson's Bay
// Co").
func (x *extractor) joinSplitFirms() {
	var short map[string]bool // organisations' names of two words or more without their legal forms
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.nominal || m.bend != 0 {
			continue
		}
		f := strings.Fields(m.name)
		n := len(f)
		for n > 1 && legalForms[legalWord(f[n-1])] {
			n--
		}
		if n < len(f) && n >= 2 {
			if short == nil {
				short = map[string]bool{}
			}
			short[strings.Join(f[:n], " ")] = true
		}
	}
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if !splitFirmPiece(m) || x.verbObject(m) || m.demonym || m.nominal || m.bend != 0 || drop != nil && drop[k] {
			continue
		}
		i, j, ok := x.firmAround(m, short)
		if !ok {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		s := &x.sents[m.sent]
		for t := i; t < j; t++ {
			if o := s.owner[t]; o >= 0 {
				drop[o] = true
			}
		}
		spans = append(spans, tokenSpan{m.sent, i, j})
	}
	if spans == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}

// firmAround returns the tokens [i, j) of the firm's name that mention m
// is a piece of (see joinSplitFirms), and whether there is one. Every
// mention the span holds lies inside it.
func (x *extractor) firmAround(m *mention, short map[string]bool) (int, int, bool) {
	s := &x.sents[m.sent]
	toks := s.toks
	inside := func(i, j int) bool {
		for t := i; t < j; t++ {
			if o := s.owner[t]; o >= 0 && (x.mentions[o].start < i || x.mentions[o].end > j || x.mentions[o].bend != 0) {
				return false
			}
		}
		return true
	}
	// "Freeport McMoran Inc": a firm's name with its legal form right after
	if b := x.mentionAt(m.sent, m.end); b != nil && b.start == m.end && b.typ == Organization && b.end-b.start <= 3 && m.typ != Country {
		if f := strings.Fields(b.name); len(f) >= 2 && legalForms[legalWord(f[len(f)-1])] && inside(m.start, b.end) {
			return m.start, b.end, true
		}
	}
	if short == nil || m.typ == Organization || m.typ == Person {
		return 0, 0, false
	}
	// "Circle K", "Hudson's Bay": an organisation's name without its legal form
	for i := max(0, m.start-2); i <= m.start; i++ {
		for j := m.end; j <= m.end+2 && j <= len(toks); j++ {
			if j-i >= 2 && short[x.span(m.sent, i, j)] && inside(i, j) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// splitFirmPiece reports whether mention m may be the first piece of a
// firm's name read in pieces: a place, a city or a thing, or a person's or
// an organisation's name of one or two words that ends in no legal form
// ("McDonnell" of "McDonnell Douglas Corp", read as either).
func splitFirmPiece(m *mention) bool {
	switch m.typ {
	case Place, City, Other:
		return true
	case Organization, Person:
		f := strings.Fields(m.name)
		return len(f) <= 2 && !legalForms[legalWord(f[len(f)-1])]
	}
	return false
}

// verbObject reports whether a person's or an organisation's mention m
// comes right after a verb: there it is the verb's object and a name after
// it opens a clause of its own ("told Reuters Intel Corp will make the
// chips"), not the rest of its name.
func (x *extractor) verbObject(m *mention) bool {
	s := &x.sents[m.sent]
	return (m.typ == Organization || m.typ == Person) && m.start > 0 && strings.HasPrefix(s.toks[m.start-1].Tag, "VB")
}
