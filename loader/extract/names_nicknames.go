// A nickname in quotes inside a person's name ("C.N. “Bud” Moore", "Renaldo
// "Peewee" Gilkes") cuts the name in two or three: the recogniser reads the
// given name or the initials apart ("C.N." even as a body's) and the
// nickname with or without the surname. The given name or initials, the
// nickname in quotes and the surname are one person's name; the name
// without the nickname is its alias. Read by the words' shape (given names,
// initials, capitals between quotation marks), never by the names.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// nicknameSpan is a person's name around a nickname in quotes, over tokens
// [i, j) of sentence si, and the name without the nickname.
type nicknameSpan struct {
	tokenSpan
	alias string
}

// joinNicknamedPeople makes one person's mention of a given name or
// initials (one or two words), a one-word capitalised nickname between
// quotation marks and a surname of one or two capitalised words, where
// every mention over those words lies within them.
func (x *extractor) joinNicknamedPeople() {
	var found []nicknameSpan
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		for i := 1; i+3 < len(s.toks); i++ {
			if sp, ok := x.nicknameAt(si, i); ok {
				found = append(found, sp)
				i = sp.j - 1
			}
		}
	}
	if found == nil {
		return
	}
	drop := make([]bool, len(x.mentions))
	for _, sp := range found {
		s := &x.sents[sp.si]
		for k := sp.i; k < sp.j; k++ {
			if o := s.owner[k]; o >= 0 {
				drop[o] = true
			}
		}
	}
	x.removeMentions(drop)
	for _, sp := range found {
		if k := x.addMention(sp.si, sp.i, sp.j, Person, false); k >= 0 {
			x.mentions[k].sure = true
			x.mentions[k].alias = sp.alias
		}
	}
}

// nicknameAt reads a nicknamed person's name whose opening quotation mark
// is token q of sentence si (see joinNicknamedPeople).
func (x *extractor) nicknameAt(si, q int) (nicknameSpan, bool) {
	s := &x.sents[si]
	toks := s.toks
	if !quoteMark(toks[q].Text) || !quoteMark(toks[q+2].Text) || !nameWord(toks[q+1].Text) || !nameWord(toks[q+3].Text) {
		return nicknameSpan{}, false
	}
	start := q
	for start > 0 && q-start < 2 && givenOrInitials(toks[start-1].Text) {
		start--
	}
	if start == q {
		return nicknameSpan{}, false
	}
	end := q + 4
	if end < len(toks) && (nameWord(toks[end].Text) || generational(toks[end].Text)) {
		end++
	}
	if !x.mentionsWithin(si, start, end, func(m *mention) bool { return !m.demonym && m.typ != Event && m.bstart == 0 && m.bend == 0 }) {
		return nicknameSpan{}, false
	}
	alias := x.span(si, start, q) + " " + x.span(si, q+3, end)
	return nicknameSpan{tokenSpan{si, start, end}, cleanName(alias, Person)}, true
}

// givenOrInitials reports whether w is a capitalised given name or a
// person's initials ("C.N.").
func givenOrInitials(w string) bool {
	return initialsWord(w) || gazetteer.Capitalised(w) && lowerIn(givenNames, w)
}

// nameWord reports whether w is a capitalised word of letters.
func nameWord(w string) bool { return letters(w) && gazetteer.Capitalised(w) }
