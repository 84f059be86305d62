package extract

import "strings"

// Posts held "as" a title (issue 15): after the body a verb names ("Carl
// Dunn joined Acme Corp as chief financial officer"), in a relative clause
// after the name ("Tom Forte, who follows Amazon as a managing director at
// D.A. Davidson,"), and fronted before a pronoun that holds it ("As
// president of Acme Corp, he cut costs", "By 2017, as Senate majority
// leader, he shepherded the tax cut").

// asPost reads the post after the "as" at token a of sentence si ("as a
// managing director at D.A. Davidson", "as Senate majority leader") as an
// apposition is read: a title, its affiliation, closed by punctuation.
func (x *extractor) asPost(si, a int) (role, bool) {
	s := &x.sents[si]
	if a+1 >= len(s.toks) || s.lower(a) != "as" {
		return role{affil: -1}, false
	}
	r, ok := x.appositionAt(si, a, a+1)
	return r, ok && r.title != ""
}

// clauseAsPost reads ", who VERB [object] as TITLE [at BODY]" from token j,
// the token after "who": an active verb (not "is", read elsewhere) and at
// most five words before "as", none of them a person, a pronoun ("who
// described him as") or a comma.
func (x *extractor) clauseAsPost(si, j int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	no := role{affil: -1}
	if j >= len(toks) || !asClauseVerb(toks[j].Tag) || beVerbs[s.lower(j)] || asPartVerbs[s.lower(j)] {
		return no, false
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		t := toks[k]
		if s.lower(k) == "as" {
			return x.asPost(si, k)
		}
		if t.Tag == "," || t.Tag == "." || t.Tag == ":" || t.Tag == "PRP" || t.Tag == "CC" || isVerbTag(t.Tag) {
			return no, false
		}
		if m := x.mentionAt(si, k); m != nil && m.typ == Person {
			return no, false
		}
	}
	return no, false
}

// asClauseVerb reports whether a tag is a finite verb's: a clause's verb.
func asClauseVerb(tag string) bool {
	return tag == "VBZ" || tag == "VBD" || tag == "VBP"
}

// asPartVerbs put a part played or a description before "as", not a post:
// "who starred as the President", "who described himself as".
var asPartVerbs = wordSet("asPartVerbs")

// frontedAsRoles reads "As TITLE [of BODY], he|she ..." at the opening of
// sentence si, or after a fronted phrase ("By 2017, as Senate majority
// leader, he"): the post is the pronoun's person's. A name after the comma
// is read by roles (frontedTitle).
func (x *extractor) frontedAsRoles(si int) {
	s := &x.sents[si]
	toks := s.toks
	a := 0
	if s.lower(0) != "as" {
		a = -1
		for i := 1; i < len(toks) && i < 6; i++ {
			if toks[i].Text == "," {
				a = i + 1
				break
			}
			if toks[i].Tag == "PRP" || isVerbTag(toks[i].Tag) {
				break
			}
		}
		if a < 0 || toks[0].Tag != "IN" && toks[0].Tag != "RB" {
			return
		}
	}
	if a+3 >= len(toks) || s.lower(a) != "as" {
		return
	}
	r, ok := x.asPost(si, a)
	if !ok {
		return
	}
	c := a + 1
	for c < len(toks) && toks[c].Text != "," {
		c++
	}
	if c+2 >= len(toks) {
		return
	}
	if toks[c+1].Tag != "PRP" {
		x.frontedAsName(si, c+1, r) // "As a professor at MIT, Thomas Malone"
		return
	}
	if w := s.lower(c + 1); w != "he" && w != "she" {
		return
	}
	e := x.antecedent(si, c+1, true)
	if e < 0 || x.ents[e].typ != Person {
		return
	}
	x.resolvedPronoun(si, c+1, e)
	x.addRole(e, r, si)
}

// frontedAsName gives the post r of a fronted "As TITLE [at BODY]," to the
// person named right after the comma, at token k of sentence si (past an
// honorific): "As a professor of management at MIT, Mr Malone has built".
// The name must stand alone: no list after it.
func (x *extractor) frontedAsName(si, k int, r role) {
	s := &x.sents[si]
	toks := s.toks
	if k < len(toks) && isHonorific(strings.TrimSuffix(s.lower(k), ".")) && s.owner[k] < 0 {
		k++
	}
	m := x.mentionAt(si, k)
	if m == nil || m.start != k || m.typ != Person || m.ent < 0 || x.ents[m.ent].typ != Person {
		return
	}
	if m.end >= len(toks) || toks[m.end].Text == "," || isAnd(s.lower(m.end)) || s.lower(m.end) == "or" {
		return // "As ministers, Tom Smith and Jane Doe": a list
	}
	x.addRole(m.ent, r, si)
}
