// Lists of names, one to a line: signatories ("Saladin Ambar, Rutgers
// University"), rankings ("26. Serj Tankian"), credits. Each line is short,
// written in capitals and has no verb, so it reads as a title-case heading,
// whose names dropCapitalsOnly drops (headings.go). Three lines or more in a
// row, each opened by a name (after a list number) that runs to the line's
// end or to a comma, are a list of names, not headings: a name of two or
// three capitalised words opened by a given name is a person's there ("Paul
// Stanley", which the recogniser reads as a place by the town), the name
// opening a line is kept as the recogniser typed it, and a body's name after
// the comma whose last word is a body's ("Rutgers University") is kept, and
// so is a name closing a line after a person's and a comma, no title and no
// place: the body the person is listed with ("Phil Anselmo, Pantera"). Read
// by the lines' shape, never by the names.

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// listEntryRun is the fewest lines in a row that make a list of names.
const listEntryRun = 3

// nameListLines reports, per sentence, whether it is a line of a list of
// names (see the file's comment); nil when the article has none.
func (x *extractor) nameListLines() []bool {
	var out []bool
	run := []int{} // the entries of the current run, in order
	flush := func() {
		if len(run) >= listEntryRun {
			if out == nil {
				out = make([]bool, len(x.sents))
			}
			for _, si := range run {
				out[si] = true
			}
		}
		run = run[:0]
	}
	for si := range x.sents {
		switch {
		case listMarkerOnly(&x.sents[si]):
			// "26." split from the name after it: no break in the run
		case x.nameEntry(si):
			run = append(run, si)
		default:
			flush()
		}
	}
	flush()
	return out
}

// listMarkerOnly reports whether a sentence is only a list's number or
// bullet ("26.", "•").
func listMarkerOnly(s *sentence) bool {
	return len(s.toks) > 0 && entryStart(s) == len(s.toks)
}

// entryStart returns the first token after a list's number or bullet.
func entryStart(s *sentence) int {
	i := 0
	for i < len(s.toks) && (s.toks[i].Tag == "CD" || isListMark(s.toks[i].Text)) {
		i++
	}
	return i
}

func isListMark(t string) bool {
	switch t {
	case ".", ")", "•", "-", "–", "*", "·":
		return true
	}
	return false
}

// nameEntry reports whether sentence si is a short line without a verb
// opened by a name that runs to its end or to a comma, a bracket or a dash.
func (x *extractor) nameEntry(si int) bool {
	s := &x.sents[si]
	if s.row || len(s.toks) > 12 || endsProse(s.toks) {
		return false
	}
	i := entryStart(s)
	if i >= len(s.toks) || s.owner[i] < 0 {
		return false
	}
	m := &x.mentions[s.owner[i]]
	if m.start != i || m.bstart != 0 || m.bend != 0 {
		return false
	}
	if m.end < len(s.toks) {
		switch s.toks[m.end].Text {
		case ",", "(", "–", "-", ":":
		default:
			return false
		}
	}
	for _, t := range s.toks {
		if strings.HasPrefix(t.Tag, "VB") {
			return false
		}
	}
	return true
}

// listedName reports whether mention m, on a line of a list of names,
// stands (see the file's comment), typing the opening name of a given
// name's shape as a person.
func (x *extractor) listedName(m *mention) bool {
	s := &x.sents[m.sent]
	f := strings.Fields(m.name)
	if m.start == entryStart(s) {
		if len(f) >= 2 && len(f) <= 3 && allCapitalised(f) && (lowerIn(givenNames, f[0]) || ner.SeenName(f[0])) {
			m.typ = Person
			return true
		}
		return m.typ == Person || m.typ == Organization && gazetteer.IsOrgSuffix(f[len(f)-1])
	}
	if m.start > 0 && s.toks[m.start-1].Text == "," && len(f) >= 2 && gazetteer.IsOrgSuffix(f[len(f)-1]) {
		m.typ = Organization
		return true
	}
	if x.personsBody(m) {
		m.typ = Organization
		return true
	}
	return false
}

// personsBody reports whether mention m closes a line of a list of names
// after a comma, the line opened by a person's name: the body the person
// is listed with ("Phil Anselmo, Pantera", "Ann Lee, Oxfam"). A title
// ("Jo Baker, Editor") or a place a gazetteer knows ("Ann Lee, Boston") is
// no body.
func (x *extractor) personsBody(m *mention) bool {
	s := &x.sents[m.sent]
	if m.start == 0 || s.toks[m.start-1].Text != "," || m.end != len(s.toks) || m.typ == Event {
		return false
	}
	p := x.mentionAt(m.sent, entryStart(s))
	if p == nil || p.typ != Person || p.end != m.start-1 {
		return false
	}
	f := strings.Fields(m.name)
	if isTitleHead(f[len(f)-1]) || knownTitle(lower(m.name)) {
		return false
	}
	_, place := gazetteer.Place(m.name)
	return !place
}

// allCapitalised reports whether every word opens with a capital letter.
func allCapitalised(f []string) bool {
	for _, w := range f {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}
