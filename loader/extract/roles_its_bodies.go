package extract

// A title opened by "its" names the body "its" stands for as the person's
// employer: "Acme Corp said its chairman John Smith would retire", "its
// president, Jane Roe,", "Acme named a successor to John Smith, its
// founder,", "Coastal and its chairman, Oscar Wyatt". The body is the one
// bodies_units_its.go reads for "its Fluor Daniel unit": the possessor
// before it, the body before "and", the clause's subject, the one body of
// the sentence, or the article's lead firm.

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// itsTitleWords is how many words a title opened by "its" may hold before
// the name: "its senior vice president for finance and administration".
const itsTitleWords = 8

// itsAffiliation gives the person of mention m in sentence si the body
// "its" stands for when the title r read next to the name, which names no
// body, is opened by "its".
func (x *extractor) itsAffiliation(si int, m *mention, r role) {
	if r.affil >= 0 || r.plural || r.title == "" {
		return
	}
	if _, ok := readerTitle(r.title); !ok {
		return // no title was written: no post to hold at the body
	}
	its := x.itsBeforeTitle(si, m, r.title)
	if its < 0 {
		its = x.itsInApposition(si, m, r.title)
	}
	if its < 0 || x.placeBeforeIts(si, its) {
		return
	}
	b := x.itsBody(si, its)
	if b < 0 || b == m.ent || x.ents[b].typ != Organization || noBody(x.ents[b]) || x.affilRefused(b, r.title) {
		return
	}
	x.resolvedPronoun(si, its, b) // the evidence names the body by "its"
	x.addFact(m.ent, vocab.PAffiliation, b, "", si)
	p := x.ents[m.ent]
	if p.affil == nil {
		p.affil = map[int]bool{}
	}
	p.affil[b] = true
}

// itsBeforeTitle returns the token of the "its" that opens the title words
// before the name of mention m ("its chairman John Smith", "its new chief
// executive, Jane Roe"), or -1. Between them stand only words of no name,
// no verb, no determiner and no punctuation but the comma before the name,
// and the word next to the name ends the title read (not "its debt, John
// Smith, chairman," nor "its sponsor Rep. John Smith").
func (x *extractor) itsBeforeTitle(si int, m *mention, title string) int {
	s := &x.sents[si]
	toks := s.toks
	k := rankBefore(toks, m)
	if k > 0 && toks[k-1].Text == "," {
		k--
	}
	if k == 0 || !strings.HasSuffix(lower(title), s.lower(k-1)) {
		return -1
	}
	for n := 0; n <= itsTitleWords && k > 0; n++ {
		k--
		if s.lower(k) == "its" {
			// the word after "its" is the title's, a title of its own
			// ("its founder and president") or a modifier ("its former
			// chairman"), not another noun ("its sponsor Rep. John Smith")
			if n == 0 || !strings.Contains(lower(title), s.lower(k+1)) && !isTitleHead(toks[k+1].Text) && !strings.HasPrefix(toks[k+1].Tag, "JJ") && toks[k+1].Tag != "VBG" {
				return -1
			}
			return k
		}
		if !itsTitleWord(s, k) {
			return -1
		}
	}
	return -1
}

// itsInApposition returns the token of the "its" that opens an apposition
// right after the name of mention m ("John Smith, its founder,") whose
// words begin the title read, or -1.
func (x *extractor) itsInApposition(si int, m *mention, title string) int {
	s := &x.sents[si]
	k := m.end + 1
	if k+1 < len(s.toks) && s.toks[m.end].Text == "," && s.lower(k) == "its" && itsTitleWord(s, k+1) && strings.HasPrefix(lower(title), s.lower(k+1)) {
		return k
	}
	return -1
}

// placeBeforeIts reports whether the nearest name before the token its of
// sentence si that is no person's names a place: "Kazakhstan, criticised
// since the ousting of its leader X" speaks of the place, not of a body.
func (x *extractor) placeBeforeIts(si, its int) bool {
	s := &x.sents[si]
	for n := len(s.mentions) - 1; n >= 0; n-- {
		pm := &x.mentions[s.mentions[n]]
		if pm.start >= its || pm.ent < 0 || x.ents[pm.ent].typ == Person {
			continue
		}
		return pm.demonym || isPlace(x.ents[pm.ent].typ)
	}
	return false
}

// itsTitleWord reports whether token k of sentence si may be a word of a
// title opened by "its": a noun, adjective or joining word that belongs to
// no name.
func itsTitleWord(s *sentence, k int) bool {
	if s.owner[k] >= 0 {
		return false
	}
	t := s.toks[k]
	switch w := s.lower(k); {
	case w == "and" || w == "of" || w == "for" || w == "&":
		return true
	case strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBG": // "its acting chairman"
		return true
	}
	return false
}
