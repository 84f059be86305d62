// A workplace after a post and "at": "Jeremy Flynn, head of third party
// services at Vodafone", "a principal security consultant at Cisco". The
// recogniser and the "at" cue read a firm's name there as a place's; a
// post is held at a body, so a name there that no gazetteer knows as a
// place is a firm's.

package extract

import (
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// firmsAfterPostAt retypes as organisations the names read as places that
// no gazetteer knows, right after "at" that follows a post: a title's head
// (an analyst's noun: "economist at"), or a title's head and its "of"
// phrase in lower case ("director of community relations at"). Not after a person's name ("met
// President Lusinchi at Miraflores": where they met), nor after any other
// word between the post and "at" ("an engineer holding a licence at"), and
// never a name the gazetteer knows ("a professor at Leeds").
func (x *extractor) firmsAfterPostAt() {
	firm := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Place || m.demonym || m.nominal || m.bend > 0 || m.start < 2 {
			continue
		}
		s := &x.sents[m.sent]
		if s.row || s.lower(m.start-1) != "at" || !x.postBefore(m.sent, m.start-1) || gazetteerKnows(m.name) {
			continue
		}
		firm[m.name] = true
	}
	if len(firm) == 0 {
		return
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; isPlace(m.typ) && firm[m.name] {
			m.typ, m.sure = Organization, true
		}
	}
}

// postBefore reports whether the tokens before token at of sentence si end
// with a post: a title's head, or a title's head, "of" and up to five words
// in lower case that no name holds.
func (x *extractor) postBefore(si, at int) bool {
	s := &x.sents[si]
	toks := s.toks
	j := at - 1
	if j < 0 || s.owner[j] >= 0 {
		return false
	}
	if analystNouns[s.lower(j)] {
		return true // "an economist at Nomura"; not "the Queen at Balmoral"
	}
	for n := 0; j > 0 && n < 5; j, n = j-1, n+1 {
		w := toks[j].Text
		if s.owner[j] >= 0 || w == "" || gazetteer.Capitalised(w) || !isWordToken(w) {
			return false
		}
		if w == "of" {
			return n > 0 && isTitleHead(toks[j-1].Text) && s.owner[j-1] < 0
		}
	}
	return false
}

// isWordToken reports whether w is made of letters (and hyphens) only.
func isWordToken(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}
