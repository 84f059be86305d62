package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Bodies a title implies without naming them: a lower-case body before a
// title ("trust member Robert Ruano": the trust the story names), the house
// a title sits in ("Independent Senator Anthony Vieira": the Senate the story
// names) and the place a possessive noun stands for ("the Territory's
// Premier Andrew Fahie": the territory the story is about).

// titleHouses map a title to the last word of its house's name.
var titleHouses = wordMap("titleHouses")

// bodyNouns are the last words of bodies' names written in lower case
// before a title for the body the story names.
var bodyNouns = wordSet("bodyNouns")

// placeKinds are nouns that stand for the place a story is about.
var placeKinds = wordSet("placeKinds")

// impliedAffiliation links a person given a title without a body (role r,
// read before the name starting at token start of sentence si) to the body
// or place the title implies, when the story names exactly one.
func (x *extractor) impliedAffiliation(person, si, start int, r role) {
	x.countySeatAffiliation(person, si, r) // roles_county_seats.go: "Supervisor Ann Lowe"
	if r.affil >= 0 || r.title == "" || r.plural {
		return
	}
	words := strings.Fields(lower(r.title))
	if len(words) == 0 {
		return
	}
	b := -1
	ref := -1 // the word that implies the body, its mention in the sentence
	// "the Territory's Premier": the possessive before the title
	open := x.titleOpening(si, start, len(words))
	if p := open; p >= 2 {
		toks := x.sents[si].toks
		if toks[p-1].Tag == "POS" && x.sents[si].owner[p-2] < 0 && placeKinds[x.sents[si].lower(p-2)] && p >= 3 && x.sents[si].lower(p-3) == "the" {
			b, ref = x.storyPlace(), p-2
		}
	}
	if b < 0 {
		head := strings.TrimSuffix(words[len(words)-1], "s")
		if h, ok := titleHouses[head]; ok {
			b = x.bodyEndingIn(h)
			if k := open + len(words) - 1; open >= 0 && strings.TrimSuffix(strings.TrimSuffix(x.sents[si].lower(k), "."), "s") == head {
				ref = k // "Senator"
			}
		} else if first := r.title[0]; len(words) > 1 && first >= 'a' && first <= 'z' && bodyNouns[words[0]] {
			// "trust member": a body's last word, in lower case, before
			// the title ("Telecommunications Minister", "trade minister"
			// name a field)
			b = x.bodyEndingIn(words[0])
			if open >= 0 && x.sents[si].lower(open) == words[0] {
				ref = open
			}
		} else if len(words) == 1 && open == 1 && x.sents[si].owner[0] < 0 && bodyNouns[x.sents[si].lower(0)] {
			// "Trust member Robert Ruano said": the body's word opening
			// the sentence, capitalised there, left out of the title
			b, ref = x.bodyEndingIn(x.sents[si].lower(0)), 0
		}
	}
	if b < 0 || b == person || x.ents[person].affil[b] {
		return
	}
	x.addFact(person, vocab.PAffiliation, b, "", si)
	x.referringWord(si, ref, b)
	p := x.ents[person]
	if p.affil == nil {
		p.affil = map[int]bool{}
	}
	p.affil[b] = true
}

// titleOpening returns the token where a title of n words before the name
// at token start begins, past honorifics and a comma ("The country's
// president, William Ruto,"), or -1.
func (x *extractor) titleOpening(si, start, n int) int {
	toks := x.sents[si].toks
	j := honorificsBefore(toks, start) // roles_before.go
	if j > 0 && toks[j-1].Text == "," {
		j--
	}
	j -= n
	if j < 0 {
		return -1
	}
	return j
}

// bodyEndingIn returns the one organisation of the story whose name ends
// in word ("Senate", "the Belize National Trust"), or -1 when there is none
// or more than one.
func (x *extractor) bodyEndingIn(word string) int {
	if len(word) < 4 {
		return -1
	}
	found := -1
	for e, ent := range x.ents {
		if ent.typ != Organization || len(ent.mentions) == 0 {
			continue
		}
		name := lower(ent.name)
		if name != word && !strings.HasSuffix(name, " "+word) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// storyPlace returns the country or region a story is about: the one named
// most often, at least twice and more often than any other, or -1.
func (x *extractor) storyPlace() int {
	best, bestN, second := -1, 0, 0
	for e, ent := range x.ents {
		if ent.typ != Country && ent.typ != Place {
			continue
		}
		n := 0
		for _, k := range ent.mentions {
			if !x.mentions[k].demonym {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, second = e, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 2 || bestN == second {
		return -1
	}
	return best
}
