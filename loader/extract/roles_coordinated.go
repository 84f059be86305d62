package extract

// Titles of modern copy the apposition reads with two more words: a second
// title joined by "and" ("John Smith, the founder and CEO of Acme,") and a
// body after "with" ("an economist with Goldman Sachs").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// apposition reads an apposition's title and body (appositionOnce), and
// again without a second title when the read that joined one failed: "X,
// chairman and chief executive officer of Emhart Corp <EMH>," keeps
// "chairman".
func (x *extractor) apposition(si, end int) (role, bool) {
	x.titlesJoined, x.noJoin = false, false
	r, ok := x.appositionOnce(si, end)
	if !ok && x.titlesJoined {
		x.noJoin = true
		r, ok = x.appositionOnce(si, end)
		x.noJoin = false
	}
	return r, ok
}

// secondTitle reports whether the "and" at token j of sentence si, after a
// title's head, joins a second title: up to three words, none a name's,
// the last a title's head, closed by punctuation or by a preposition and
// the body's name ("founder and CEO of Acme", "chairman and president,").
func (x *extractor) secondTitle(si, j int) bool {
	if x.noJoin {
		return false
	}
	s := &x.sents[si]
	toks := s.toks
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		t := toks[k]
		if s.owner[k] >= 0 || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") {
			return false
		}
		if !isTitleHead(t.Text) {
			continue
		}
		joined := k+1 >= len(toks) || closes(toks[k+1])
		if !joined && x.titleBodyNext(si, k+1) {
			joined = true
		}
		if joined {
			x.titlesJoined = true
			return true
		}
	}
	return false
}

// titleBodyNext reports whether a preposition at token k of sentence si
// opens a body's name: "of Acme", not "of its affiliate".
func (x *extractor) titleBodyNext(si, k int) bool {
	s := &x.sents[si]
	switch s.lower(k) {
	case "of", "at", "for", "with":
		b := x.afterOfThe(si, k) // roles_apposition.go
		return b < len(s.toks) && s.owner[b] >= 0 && x.mentions[s.owner[b]].typ != Person
	}
	return false
}

// bodyWith reports whether the "with" at token j of sentence si names a
// body, the employer of the title before it: "an economist with Goldman
// Sachs", "a researcher with the World Health Organization" (not a place,
// nor "a lawyer with 20 years' experience").
func (x *extractor) bodyWith(si, j int) bool {
	s := &x.sents[si]
	k := j + 1
	if k < len(s.toks) && s.lower(k) == "the" {
		k++
	}
	if k >= len(s.toks) || s.owner[k] < 0 {
		return false
	}
	m := &x.mentions[s.owner[k]]
	return m.start == k && m.typ == Organization && gazetteer.Capitalised(s.toks[k].Text)
}
