package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A firm's name cut at its "and": "First National Bank and [Trust Co of
// Washington]", "American Savings and [Loan Association of Florida]",
// "Bozrah Light and [Power Co]". The recogniser keeps the words after the
// "and" as the name and loses the words before it, or reads them as a name
// of their own. A name that is one common noun and a legal form ("Trust
// Co", "Power Co", "Finance Ltd", "Loan Association"), maybe with "of" and
// a place after it, is no firm's whole name but the tail of one: the
// capitalised words right before the "and" are its head. joinAndHeads
// (names_and_heads.go) joins such heads when no name holds them and the
// word before the "and" is no body's last word; this joins them also over
// a name read there ("American Savings") and after a bank ("National Bank
// and Trust Co").

// tailLegalWords are the words that may follow the one common noun of a
// name that is only the tail of a longer one, besides the legal forms.
var tailLegalWords = map[string]bool{"association": true, "company": true}

// joinAndTails joins to each organisation named only by a common noun and
// a legal form right after "and" the capitalised words before the "and"
// (at most six, from a word in lower case, a determiner or the sentence's
// start), with the names read inside them, unless they are a place's or a
// person's name after a preposition ("in Florida and Trust Co banks").
func (x *extractor) joinAndTails() {
	type join struct{ k, start int }
	var joins []join
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.demonym || m.bstart != m.bend || m.start < 2 {
			continue
		}
		s := &x.sents[m.sent]
		if s.row || s.lower(m.start-1) != "and" || !x.tailOnlyName(m) {
			continue
		}
		and := m.start - 1
		i := and
		for i > 0 && i > and-6 && gazetteer.Capitalised(s.toks[i-1].Text) && isLetterWord(s.toks[i-1].Text) && determiners[s.lower(i-1)] == "" {
			i--
		}
		if i == and || i > 0 && gazetteer.Capitalised(s.toks[i-1].Text) && isLetterWord(s.toks[i-1].Text) && determiners[s.lower(i-1)] == "" {
			continue // no head, or a longer run than a name's head
		}
		if w := strings.TrimSuffix(s.lower(and-1), "."); legalForms[w] || legalSuffix[w] {
			continue // two firms: "Smith Inc and Trust Co"
		}
		if i > 0 && s.owner[i-1] >= 0 && s.owner[i-1] == s.owner[i] || s.owner[and-1] >= 0 && s.owner[and-1] == s.owner[and] {
			continue // a name running over the head's ends
		}
		if o := s.owner[i]; o >= 0 && s.owner[and-1] == o && x.mentions[o].typ != Organization && i > 0 && s.toks[i-1].Tag == "IN" {
			continue // a place and a firm: "Sun Banks in Florida and Trust Co banks", "the Sobey family of Nova Scotia and Empire Company Ltd"
		}
		joins = append(joins, join{k, i})
	}
	if joins == nil {
		return
	}
	type span struct{ si, i, j int }
	spans := make([]span, 0, len(joins))
	drop := make([]bool, len(x.mentions))
	for _, j := range joins {
		m := x.mentions[j.k]
		s := &x.sents[m.sent]
		drop[j.k] = true
		for t := j.start; t < m.start; t++ {
			if o := s.owner[t]; o >= 0 {
				drop[o] = true
			}
		}
		spans = append(spans, span{m.sent, j.start, m.end})
	}
	x.removeMentions(drop)
	for _, p := range spans {
		x.addMention(p.si, p.i, p.j, Organization, false)
	}
}

// tailOnlyName reports whether mention m's name, up to an "of", is one
// capitalised common noun and legal forms: "Trust Co", "Power Co Inc",
// "Loan Association" (of Florida).
func (x *extractor) tailOnlyName(m *mention) bool {
	return tailOnlySpan(&x.sents[m.sent], m.start, m.end)
}

// tailOnlySpan reports whether tokens [start, end) of sentence s, up to an
// "of", are one capitalised common noun and legal forms (see tailOnlyName).
func tailOnlySpan(s *sentence, start, end int) bool {
	stop := end
	for t := start + 1; t < stop; t++ {
		if s.lower(t) == "of" {
			end = t
			break
		}
	}
	if end-start < 2 {
		return false
	}
	if w := s.toks[start].Text; !gazetteer.Capitalised(w) || !isLetterWord(w) || len(w) < 3 || !dictionaryWord(w) {
		return false
	}
	for t := start + 1; t < end; t++ {
		w := strings.TrimSuffix(s.lower(t), ".")
		if !legalForms[w] && !legalSuffix[w] && !tailLegalWords[w] {
			return false
		}
	}
	return true
}
