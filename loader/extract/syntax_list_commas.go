// Commas inside a coordinated list of subjects (syntax_subjects.go): the
// serial comma before "and" ("Fahie, Rankin, and Hall held") and a person's
// description in apposition ("Andrew Fahie, the Premier, and John Rankin";
// "The Premier, Andrew Fahie, and Governor John Rankin addressed"), and
// semicolons between list items described in apposition ("A, chairman of
// the trust; B, its secretary; and C").

package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

// pastListComma returns the token to read the next list item at, for the
// comma at token pe just before a conjunction: the last token of the name
// before it when the comma closes a list item, else pe itself. A name
// before the comma counts only with a third item before it ("A, B, and C")
// or a description opening the clause before it ("The Premier, A, and B"):
// a lone "A, and B" joins two clauses more often than two names.
func (x *extractor) pastListComma(si, pe int, typ EntityType) int {
	s := &x.sents[si]
	toks := s.toks
	if pe < 2 || toks[pe].Text != "," {
		return pe
	}
	// "Andrew Fahie, the Premier, and": past the description
	if typ == Person {
		if d := x.describedBefore(si, pe); d >= 1 && toks[d].Text == "," {
			if pm := x.mentionAt(si, d-1); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
				return d - 1
			}
			return pe
		}
	}
	pm := x.mentionAt(si, pe-1)
	if pm == nil || pm.ent < 0 || x.ents[pm.ent].typ != typ {
		return pe
	}
	l := x.titleLeft(si, pm.start, typ)
	if l < 2 || toks[l-1].Text != "," {
		return pe
	}
	if qm := x.mentionAt(si, l-2); qm != nil && qm.ent >= 0 && x.ents[qm.ent].typ == typ {
		return pe - 1 // "A, B, and C"
	}
	if typ == Person && x.openingDescription(si, l-1) {
		return pe - 1 // "The Premier, A, and B"
	}
	return pe
}

// openingDescription reports whether the words before the comma at token
// c of sentence si are a description of one person that opens the
// sentence or a clause after a comma: "The Premier", "the company's chief
// executive", "Her deputy".
func (x *extractor) openingDescription(si, c int) bool {
	s := &x.sents[si]
	toks := s.toks
	if c < 2 || s.owner[c-1] >= 0 || !isTitleHead(toks[c-1].Text) {
		return false
	}
	for n := c - 2; n >= 0 && n >= c-6; n-- {
		switch t := toks[n].Tag; {
		case t == "PRP$" || s.lower(n) == "the":
			return n == 0 || toks[n-1].Text == ","
		case t == "POS" || t == "JJ" || t == "NN" || t == "NNP":
		default:
			return false
		}
	}
	return false
}

// semicolonItem reports whether a list's next item, a name, opens at token
// j after a semicolon, past "and": "; and Ravi Sood", "; Anna Lind, its
// secretary".
func (x *extractor) semicolonItem(si, j int) bool {
	toks := x.sents[si].toks
	if j < len(toks) && isConj(toks[j].Text) {
		j++
	}
	j = x.nameListLead(si, j)
	m := x.mentionAt(si, j)
	return m != nil && m.start == j && m.typ == Person
}

// semicolonNext returns the token after the semicolon at j that closes a
// list item described in apposition (skipApposition stops there only
// before a name), past "and", setting commaOnly as a bare comma does; ok is
// false when token j is no semicolon.
func semicolonNext(toks []nlp.Token, j int, commaOnly *bool) (int, bool) {
	if j >= len(toks) || toks[j].Text != ";" {
		return j, false
	}
	*commaOnly = true
	j++
	if j < len(toks) && isConj(toks[j].Text) {
		*commaOnly = false
		j++
	}
	return j, true
}
