// Given names that share one surname. News names a couple or siblings with
// their surname once: "Bill and Hillary Clinton", "Barack and Michelle
// Obama", "Graham and Sherry Edwards". The recogniser reads the second
// person in full and the first given name alone, as a body's name or a
// one-word person's. A given name joined by "and" to a person's
// name of two words or more that opens with a given name is a person with
// that name's surname. Read by the shape of the coordination and the list of
// given names, never by the names themselves.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// sharedSurnames gives a lone given name before "and" and a person's full
// name the surname of that name (see the file's comment). The given name
// must stand alone: not at the end of a list or a longer name (", Lulu and
// Julio Iglesias", "Paul Simon and Art Garfunkel"), not a place or a body a
// gazetteer knows, and not the given name of another person the article
// names in full ("Oprah Winfrey ... Oprah and Gayle King").
func (x *extractor) sharedSurnames() {
	var firsts map[string][]string // given name -> surnames of the people named in full
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		toks := s.toks
		for i := 0; i+3 < len(toks); i++ {
			if s.lower(i+1) != "and" || !s.in(i, tlGivenNames) || !gazetteer.Capitalised(toks[i].Text) || !letters(toks[i].Text) {
				continue
			}
			if !x.loneGivenName(si, i) {
				continue
			}
			o := s.owner[i+2]
			if o < 0 {
				continue
			}
			second := &x.mentions[o]
			f := strings.Fields(second.name)
			if second.typ != Person || second.start != i+2 || second.end-second.start < 2 || len(f) < 2 || !s.in(i+2, tlGivenNames) || f[0] != toks[i+2].Text {
				continue
			}
			if firsts == nil {
				firsts = x.fullNameFirsts()
			}
			last := f[len(f)-1]
			if otherSurname(firsts[toks[i].Text], last) {
				continue
			}
			name := toks[i].Text + " " + last
			k := s.owner[i]
			if k < 0 {
				if k = x.addMention(si, i, i+1, Person, false); k < 0 {
					continue
				}
			}
			m := &x.mentions[k]
			m.typ, m.name, m.sure = Person, name, true
		}
	}
}

// loneGivenName reports whether token i of sentence si stands alone: no
// mention holds it with other tokens, and it follows no comma, no
// capitalised word and no name (it opens no list's last item, ends no
// longer name), and no gazetteer knows it.
func (x *extractor) loneGivenName(si, i int) bool {
	s := &x.sents[si]
	if k := s.owner[i]; k >= 0 {
		m := &x.mentions[k]
		if m.start != i || m.end != i+1 || m.bstart != 0 || m.bend != 0 || m.demonym || m.nominal {
			return false
		}
	}
	if gazetteerKnows(s.toks[i].Text) {
		return false
	}
	if i == 0 {
		return true
	}
	p := s.toks[i-1]
	return p.Text != "," && p.Text != ";" && s.owner[i-1] < 0 && !gazetteer.Capitalised(p.Text)
}

// fullNameFirsts maps the first words of the names of two words or more
// that the article's person mentions hold to their last words.
func (x *extractor) fullNameFirsts() map[string][]string {
	out := map[string][]string{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person {
			continue
		}
		if f := strings.Fields(m.name); len(f) >= 2 && m.end-m.start >= 2 {
			out[f[0]] = append(out[f[0]], f[len(f)-1])
		}
	}
	return out
}

// otherSurname reports whether surnames holds one other than last.
func otherSurname(surnames []string, last string) bool {
	for _, l := range surnames {
		if l != last {
			return true
		}
	}
	return false
}
