package extract

// A title's body named by its noun after "of the": "Dr. Mustafa Al-Kahlot,
// the director of the hospital," is the director of the one hospital the
// story names ("Al-Rantisi Hospital for Children"); the title stands when
// the story names none ("John Smith, the director of the museum,").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// definiteBodyNouns are the nouns of bodies a story calls by the noun.
var definiteBodyNouns = wordSet("definiteBodyNouns")

// titleBodyNouns are the nouns of bodies a title may name.
var titleBodyNouns = wordSet("titleBodyNouns")

// definiteBody reads "of the [lower-case modifier] NOUN" at token j (the
// "of", "at" or "for" after a title's head), NOUN one of titleBodyNouns,
// closed by punctuation. It
// returns the mention of the one body of the story the noun names (-1 when
// it names none, or more than one) and whether the phrase was read.
func (x *extractor) definiteBody(si, j int) (int, bool) {
	s := &x.sents[si]
	toks := s.toks
	if lw := s.lower(j); lw != "of" && lw != "at" && lw != "for" || j+2 >= len(toks) || s.lower(j+1) != "the" {
		return -1, false
	}
	k := j + 2
	for k+1 < len(toks) && k < j+4 && s.owner[k] < 0 && toks[k].Tag == "JJ" && !gazetteer.Capitalised(toks[k].Text) {
		k++
	}
	if s.owner[k] >= 0 || toks[k].Tag != "NN" || !titleBodyNouns[s.lower(k)] || gazetteer.Capitalised(toks[k].Text) || k+1 < len(toks) && !closes(toks[k+1]) {
		return -1, false
	}
	b := x.bodyHeadedBy(s.lower(k))
	if b < 0 || len(x.ents[b].mentions) == 0 {
		// several in the story: the one named in this sentence or the one before
		return x.bodyHeadedNear(si, j, s.lower(k)), true
	}
	return x.ents[b].mentions[0], true
}

// bodyHeadedNear returns the mention of the one organisation headed by
// word (a noun of definiteBodyNouns) named in sentence si before token j or
// in the sentence before ("Al-Rantisi Hospital for Children is the only
// one. Currently, said Dr. Mustafa Al-Kahlot, the director of the
// hospital,"), or -1 when none or several are.
func (x *extractor) bodyHeadedNear(si, j int, word string) int {
	if !definiteBodyNouns[word] {
		return -1
	}
	found, at := -1, -1
	for s := si; s >= 0 && s >= si-1; s-- {
		for _, k := range x.sents[s].mentions {
			m := &x.mentions[k]
			if s == si && m.start >= j || m.ent < 0 || m.nominal || x.ents[m.ent].typ != Organization || !headedBy(x.ents[m.ent].name, word) {
				continue
			}
			if found >= 0 && found != m.ent {
				return -1
			}
			found, at = m.ent, k
		}
	}
	return at
}

// headedBy reports whether a body's name is headed by word: its last word
// or the word before "of" or "for".
func headedBy(name, word string) bool {
	name = " " + lower(name) + " "
	return strings.HasSuffix(name, " "+word+" ") || strings.Contains(name, " "+word+" of ") || strings.Contains(name, " "+word+" for ")
}

// bodyHeadedBy returns the one organisation of the story whose name's head
// is word, a noun of definiteBodyNouns: the last word ("the Belize National
// Trust") or the word before "of" or "for" ("Al-Rantisi Hospital for
// Children"), or -1.
func (x *extractor) bodyHeadedBy(word string) int {
	if !definiteBodyNouns[word] || word == "party" && x.partiesNamed() {
		return -1 // several parties named, by any name (bodies_definite_parties.go)
	}
	found := -1
	for e, ent := range x.ents {
		if ent.typ != Organization || len(ent.mentions) == 0 {
			continue
		}
		if !headedBy(ent.name, word) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}
