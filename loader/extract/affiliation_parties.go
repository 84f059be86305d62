package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// labourCountries have a party called Labour (or its translation) that a
// story about them may name: elsewhere "Labour Minister" is a portfolio
// ("Labour Minister Almir Pazzianotto" of Brazil), not the British party.
var labourCountries = map[string]bool{
	"United Kingdom": true, "Ireland": true, "Australia": true, "New Zealand": true,
	"Israel": true, "Norway": true, "Netherlands": true, "Malta": true,
}

// foreignLabour reports whether an affiliation to body o read from
// sentence si would give the Labour Party to a Labour Minister in a story
// about a country that has no Labour party: "Labour Minister Brigadier Ike
// Nwachukwu, announcing the decision in Lagos". "Labour MP" is the party's
// wherever the story is.
func (x *extractor) foreignLabour(o, si int) bool {
	if x.ents[o].name != "Labour Party" || si < 0 || si >= len(x.sents) || !labourMinister(&x.sents[si]) {
		return false
	}
	if x.storyNation == 0 {
		x.storyNation = -1
		if sp := x.storyPlace(); sp >= 0 && x.ents[sp].typ == Country {
			x.storyNation = sp + 1
		}
	}
	if x.storyNation > 0 {
		return !labourCountries[x.ents[x.storyNation-1].name]
	}
	return lowerLabourMinister(&x.sents[si]) && !x.britishPolitics() && x.adjectiveNation() != "" && !labourCountries[x.adjectiveNation()]
}

// lowerLabourMinister reports whether a sentence writes "Labour minister"
// with a lower-case "minister": in Reuters' style the labour ministry's
// post, the party's member being "Labour MP" or "former Labour minister"
// in a story of British politics.
func lowerLabourMinister(s *sentence) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.lower(k) == "labour" && strings.HasPrefix(s.toks[k+1].Text, "minister") {
			return true
		}
	}
	return false
}

// britishWords tell a story of British politics besides its parties'
// names.
var britishWords = map[string]bool{"MP": true, "MPs": true, "Westminster": true, "Commons": true, "Whitehall": true}

// britishPolitics reports whether the article names a British party other
// than Labour ("Tories", "Liberal Democrats") or writes a word of British
// politics ("MP", "Westminster").
func (x *extractor) britishPolitics() bool {
	for _, e := range x.ents {
		if e.typ != Organization || e.name == "Labour Party" {
			continue
		}
		if o, ok := partyOf(e.name); ok && o.Country == "United Kingdom" {
			return true
		}
	}
	for si := range x.sents {
		for _, t := range x.sents[si].toks {
			if britishWords[t.Text] {
				return true
			}
		}
	}
	return false
}

// adjectiveNation returns the country the article names most by its name
// or national adjective, bodies' names included ("the Bolivian Labour
// Organization"), at least once and more than any other, else "": the
// story's country when it names no place twice.
func (x *extractor) adjectiveNation() string {
	n := map[string]int{}
	for _, e := range x.ents {
		if e.typ == Country {
			n[e.name] += len(e.mentions)
		}
	}
	for si := range x.sents {
		for _, t := range x.sents[si].toks {
			if !gazetteer.Capitalised(t.Text) {
				continue
			}
			if c, ok := gazetteer.Demonym(t.Text); ok {
				n[c]++
			}
		}
	}
	best, bestN, second := topVotes(n)
	if bestN == second {
		return ""
	}
	return best
}

// labourMinister reports whether a sentence writes "Labour Minister" (or
// "minister", "Ministers").
func labourMinister(s *sentence) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.lower(k) == "labour" && strings.HasPrefix(s.lower(k+1), "minister") {
			return true
		}
	}
	return false
}
