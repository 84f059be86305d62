package extract

// Posts and employers told in a clause of their own in modern copy (issue
// 15): "is exiting her role as communications head at studio Warner Bros.",
// "From the Copernicus Climate Change Service, Samantha Burgess confirms".

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// postNouns are the nouns of a post held "as" a title: "her role as".
var postNouns = map[string]bool{"role": true, "job": true, "post": true, "position": true, "tenure": true, "stint": true, "time": true}

// clauseRoles reads the posts and employers of sentence si told in clauses
// roles does not read next to a name.
func (x *extractor) clauseRoles(si int) {
	s := &x.sents[si]
	if len(s.toks) < 5 {
		return
	}
	if p, a := x.frontedFrom(si); p >= 0 {
		x.addRole(p, role{affil: a}, si)
	}
	for _, k := range s.mentions {
		if a := x.possessorBody(si, &x.mentions[k]); a >= 0 {
			x.addRole(x.mentions[k].ent, role{affil: a}, si)
		}
	}
	x.verbRoles(si) // roles_verbs.go
	for k := 0; k+3 < len(s.toks); k++ {
		if w := s.lower(k); (w == "her" || w == "his" || w == "their") && postNouns[s.lower(k+1)] && s.lower(k+2) == "as" {
			x.roleAs(si, k)
		}
	}
}

// frontedFrom reads "From [the] BODY, PERSON": the person (an entity) and
// the body (a mention index), or -1.
func (x *extractor) frontedFrom(si int) (int, int) {
	s := &x.sents[si]
	toks := s.toks
	if s.lower(0) != "from" {
		return -1, -1
	}
	k := 1
	if s.lower(k) == "the" {
		k++
	}
	om := x.mentionAt(si, k)
	if om == nil || om.start != k || om.typ != Organization || om.ent < 0 || x.ents[om.ent].typ != Organization || om.end+1 >= len(toks) || toks[om.end].Text != "," {
		return -1, -1
	}
	pm := x.mentionAt(si, om.end+1)
	if pm == nil || pm.start != om.end+1 || pm.typ != Person || pm.ent < 0 || x.ents[pm.ent].typ != Person {
		return -1, -1
	}
	// the person is the clause's subject: a verb follows the name
	if pm.end >= len(toks) || !(verbAfter(toks[pm.end]) || misreadVerb(toks, pm.end)) {
		return -1, -1
	}
	return pm.ent, s.owner[k]
}

// roleAs reads "her role as TITLE [at|of|with|for [the] [noun] BODY]" at
// token k (the possessive) of sentence si, for the person opening the
// sentence: "Dee Dee Myers ... is exiting her role as communications head
// at studio Warner Bros."
func (x *extractor) roleAs(si, k int) {
	s := &x.sents[si]
	toks := s.toks
	// the holder: a person opening the sentence, the only one before k
	// outside dashes and brackets is not needed: the first one is the subject
	if len(s.mentions) == 0 {
		return
	}
	pm := &x.mentions[s.mentions[0]]
	if pm.start > 1 || pm.typ != Person || pm.ent < 0 || x.ents[pm.ent].typ != Person || pm.start >= k {
		return
	}
	j := k + 3
	if j < len(toks) && (s.lower(j) == "the" || s.lower(j) == "a" || s.lower(j) == "an") {
		j++
	}
	start := j
	head := -1
	for j < len(toks) && j < start+5 && s.owner[j] < 0 {
		t := toks[j]
		if !(t.Tag == "NN" || t.Tag == "NNS" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "NNP" || t.Tag == "VBG" || isTitleHead(t.Text)) {
			break // "communications head" (tagged a verb)
		}
		if isTitleHead(t.Text) && !notTrades[s.lower(j)] {
			head = j // not a deed's: "his role as a defender of the currency"
		}
		j++
	}
	if head < 0 || head+1 != j {
		return
	}
	r := role{title: x.span(si, start, j), affil: -1}
	if j+1 < len(toks) {
		switch s.lower(j) {
		case "at", "of", "with", "for":
			b := j + 1
			if s.lower(b) == "the" {
				b++
			}
			// "at studio Warner Bros.": a lower-case noun of the body's kind
			if b+1 < len(toks) && s.owner[b] < 0 && toks[b].Tag == "NN" && !gazetteer.Capitalised(toks[b].Text) {
				b++
			}
			if om := x.mentionAt(si, b); om != nil && om.start == b && om.typ == Organization {
				r.affil = s.owner[b]
			}
		}
	}
	x.addRole(pm.ent, r, si)
}

// frontedPhrase reports whether token i of sentence si (a description,
// "the singer") opens the main clause after a fronted phrase: "In a
// conversation moderated by ABC's Deborah Roberts, the singer discussed".
// The people named in that phrase are not who the description stands for.
func frontedPhrase(s *sentence, i int) bool {
	return i > 2 && s.toks[i-1].Text == "," && s.toks[0].Tag == "IN"
}

// possessorBody returns the body whose person a name is, written with a
// curly possessive right before it ("ABC’s Deborah Roberts"), as a mention
// index, or -1. The relation model reads the straight one ("ABC's") and
// leaves works and products alone ("Apple's Newton"); it was trained on
// text with no curly apostrophes, so this rule stands in for it there.
func (x *extractor) possessorBody(si int, pm *mention) int {
	s := &x.sents[si]
	p := pm.start - 1
	if pm.typ != Person || pm.ent < 0 || x.ents[pm.ent].typ != Person || p < 1 || s.toks[p].Tag != "POS" || !strings.HasPrefix(s.toks[p].Text, "’") || s.owner[p-1] < 0 {
		return -1
	}
	om := &x.mentions[s.owner[p-1]]
	if om.typ != Organization || om.ent < 0 || x.ents[om.ent].typ != Organization || om.end != p {
		return -1
	}
	return s.owner[p-1]
}
