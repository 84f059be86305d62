package extract

// Words between a person and a body, read by the relation model as works
// for (related.go), that say the person does not work for or belong to the
// body: a stake held ("own 29% of United"), a unit or a parent named between
// ("RepublicBank Dallas NA, a unit of RepublicBank Corp": two bodies, the
// first read as a person), a second conjunct that the cue belongs to ("a
// joint venture with Martin Eby and a subsidiary of Hunt Corp"), and a bare
// "for" with no title, verb or comma before it: a nomination ("Marc Forster for
// Finding Neverland"), a choice ("chosen by President Reagan for the Bank
// position"), a seat ("entered Parliament for Sheffield Brightside").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// stakeWords say that a part of a body, not its work, is held: "own 29% of
// United", "a 5 pct stake in".
var stakeWords = map[string]bool{"%": true, "pct": true, "percent": true, "stake": true, "stakes": true, "cent": true}

// bodyPartNouns name one body as a part or the parent of another: "a unit of",
// "its ... subsidiary".
var bodyPartNouns = map[string]bool{"unit": true, "units": true, "subsidiary": true, "subsidiaries": true, "division": true, "affiliate": true, "affiliates": true, "offshoot": true, "arm": true}

// conjunctOpeners open, after "and", a new noun phrase the relation's cue
// then belongs to: "Martin Eby and a subsidiary of Hunt Corp".
var conjunctOpeners = map[string]bool{"a": true, "an": true, "another": true, "the": true, "its": true, "his": true, "her": true, "their": true}

// noWorkBetween reports whether the words between person mention hm and
// body mention tm (in either order) of sentence s, or the word after the
// body, say the person neither works for nor belongs to the body.
func noWorkBetween(s *sentence, hm, tm *mention) bool {
	i, j := hm.end, tm.start
	if tm.end <= hm.start {
		i, j = tm.end, hm.start
	}
	if j < i {
		return false
	}
	// "its Ogden Martin System of Berks Inc subsidiary": one unit's name
	// ("president of its Britt Airways unit" is the unit's)
	if j == i+1 && s.lower(i) == "of" && tm.end < len(s.toks) && bodyPartNouns[s.lower(tm.end)] {
		return true
	}
	var words []string
	title, comma := false, false
	for k := i; k < j; k++ {
		w := s.lower(k)
		comma = comma || w == ","
		if stakeWords[w] || strings.HasSuffix(w, "%") {
			return true
		}
		if isTitleHead(s.toks[k].Text) {
			title = true
		}
		if w == "and" && k+1 < j && newConjunct(s, k+1) {
			return true
		}
		if w != "the" && w != "a" && w != "an" && w != "," {
			words = append(words, w)
		}
	}
	if !title {
		for _, w := range words {
			if bodyPartNouns[w] {
				return true
			}
		}
	}
	// ", for the Liberal Democrats," speaks for the party
	return !comma && strings.Join(words, " ") == "for"
}

// newConjunct reports whether token k, after "and", opens a new noun phrase:
// a determiner ("and a subsidiary of") or a capitalised word that is no
// name and no title ("and Grandchild of The Holocaust").
func newConjunct(s *sentence, k int) bool {
	t := s.toks[k].Text
	return conjunctOpeners[s.lower(k)] || s.owner[k] < 0 && gazetteer.Capitalised(t) && !isTitleHead(t) && !gazetteer.IsTitle(s.lower(k))
}
