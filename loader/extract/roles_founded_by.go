package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// Founders told in the passive (issue 15): "Vexora was founded by Karl
// Moy", "Vexora, founded in 2010 by Karl Moy,", "Vexora, which was
// co-founded by Ann Lee and Karl Moy,". The active voice is bodyVerbs'
// ("Karl Moy founded Vexora", roles_verbs.go).

// foundedByRoles gives the people named after "founded by" the title of
// founder (bodyVerbs) at the body named right before the verb: the body, then
// an optional apposition ("Jet Airways, a low-fare airline, was founded by")
// or comma and "which" or "that", an optional form of "be", the verb,
// an optional "in" and a date of at most three words, and "by"; then one
// person, or two joined by "and".
func (x *extractor) foundedByRoles(si int) {
	s := &x.sents[si]
	for _, k := range s.mentions {
		b := &x.mentions[k]
		if b.typ != Organization || b.nominal || b.ent < 0 || x.ents[b.ent].typ != Organization {
			continue
		}
		title, by := x.foundedByAt(s, b.end)
		if by < 0 {
			continue
		}
		for _, p := range x.foundersAt(si, by+1) {
			x.addRole(p, role{title: title, affil: k}, si)
		}
	}
}

// foundedByAt reads ", which was founded in 2010 by" at token j of s: the
// founder's title and the index of "by", or -1.
func (x *extractor) foundedByAt(s *sentence, j int) (string, int) {
	n := len(s.toks)
	j = pastApposition(s, j)
	if j < n && s.toks[j].Text == "," {
		j++
		if j < n && (s.lower(j) == "which" || s.lower(j) == "that") {
			j++
		}
	}
	if j < n && (s.lower(j) == "was" || s.lower(j) == "is") {
		j++
	}
	if j >= n {
		return "", -1
	}
	title, ok := bodyVerbs[s.lower(j)]
	if !ok || title == "-" || !founderTitles[title] {
		return "", -1
	}
	j++
	if j < n && s.lower(j) == "in" {
		// "founded in 2010 by", "founded in May 1998 by": a date's words
		j++
		for d := 0; d < 3 && j < n && (s.toks[j].Tag == "CD" || months[s.lower(j)] != 0); d++ {
			j++
		}
	}
	if j >= n || s.lower(j) != "by" {
		return "", -1
	}
	return title, j
}

// pastDescription returns where a person's name starts after at most four
// words in lower case that describe them at token j of s ("actor Robert
// Redford", "telephone pioneer Alexander Graham Bell", "London-based travel
// agent Naresh Goyal"); j when no name follows them.
func pastDescription(s *sentence, j int) int {
	k := j
	for d := 0; d < 4 && k < len(s.toks); d++ {
		t := s.toks[k].Text
		if !(isLowerWord(t) && isLetterWord(t) || strings.HasSuffix(t, "-based")) || notDescribing[t] {
			break
		}
		k++
	}
	if k < len(s.toks) && gazetteer.Capitalised(s.toks[k].Text) {
		return k
	}
	return j
}

// notDescribing are the words in lower case that end a description before
// a name: determiners, possessives, conjunctions and prepositions ("by his
// son", "by and for").
var notDescribing = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true,
	"and": true, "or": true, "of": true, "in": true, "for": true, "with": true, "to": true, "at": true, "on": true}

// pastApposition returns the token after an apposition opened by an
// article at token j of s and closed by a comma before "was" or "is"
// ("Jet Airways, a low-fare airline, was founded by"); j when none.
func pastApposition(s *sentence, j int) int {
	n := len(s.toks)
	if j+2 >= n || s.toks[j].Text != "," || !articleWords[s.lower(j+1)] {
		return j
	}
	for k := j + 2; k < n && k < j+9; k++ {
		if s.toks[k].Text == "," {
			if k+1 < n && (s.lower(k+1) == "was" || s.lower(k+1) == "is") {
				return k + 1
			}
			return j
		}
		if s.owner[k] >= 0 || strings.HasPrefix(s.toks[k].Tag, "VB") && s.toks[k].Tag != "VBN" && s.toks[k].Tag != "VBG" {
			return j
		}
	}
	return j
}

// articleWords open an apposition.
var articleWords = map[string]bool{"a": true, "an": true, "the": true}

// founderTitles are the titles of bodyVerbs that a passive "by" gives the
// agent.
var founderTitles = map[string]bool{"founder": true, "co-founder": true}

// foundersAt returns the person entities named at token j of sentence si:
// one name, or two joined by "and"; none when a possessive follows a name
// ("founded by Karl Moy's father"), nor a name after "and" that is no
// person's.
func (x *extractor) foundersAt(si, j int) []int {
	s := &x.sents[si]
	var out []int
	for len(out) < 2 {
		j = pastDescription(s, j)
		m := x.mentionAt(si, j)
		if m == nil || m.start != j || m.typ != Person || m.ent < 0 || x.ents[m.ent].typ != Person {
			return out // "founded by Karl Moy and his wife": Karl Moy
		}
		if m.end < len(s.toks) && s.toks[m.end].Tag == "POS" {
			return nil
		}
		out = append(out, m.ent)
		if m.end+1 >= len(s.toks) || s.lower(m.end) != "and" {
			break
		}
		j = m.end + 1
	}
	return out
}
