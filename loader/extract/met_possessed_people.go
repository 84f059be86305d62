// Whom a meeting verb meets when its object is a possessive: "met
// Taiwan's president, Tsai Ing-wen", "met China's foreign minister" are
// people met; "meet the bank's demands" is a target reached (see
// satisfiesPeople).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// possessedPerson reports whether the tokens after the possessive at token
// k of sentence si are a person's description: modifiers, then a title or
// a people noun as the head ("president", "foreign minister", "envoy",
// "officials").
func (x *extractor) possessedPerson(si, k int) bool {
	s := &x.sents[si]
	toks := s.toks
	head := -1
	for j := k; j < len(toks) && j < k+5 && s.owner[j] < 0; j++ {
		t := toks[j].Tag
		if t != "JJ" && t != "NN" && t != "NNS" && t != "NNP" && t != "VBN" {
			break
		}
		head = j
	}
	if head < 0 {
		return false
	}
	lw := s.lower(head)
	return isTitleHead(strings.TrimSuffix(lw, "s")) || isTitleHead(lw) || peopleNouns[lw] || peopleLike(lw)
}

// describedName returns the token where the person a described object
// names is named: "Taiwan's president, Tsai Ing-wen", "Taiwan's President
// Tsai Ing-wen", "the prime minister, Narendra Modi", "his French
// counterpart, Emmanuel Macron", for the phrase opening at token j of
// sentence si; -1 when it is no such description. The name must close its
// phrase (a comma, a preposition, a conjunction, the end): in "met the
// minister, Smith said" Smith opens a clause.
func (x *extractor) describedName(si, j int) int {
	s := &x.sents[si]
	toks := s.toks
	if j >= len(toks) {
		return -1
	}
	k := j
	if m := x.mentionAt(si, j); m != nil && !m.demonym {
		if m.start != j || m.end+1 >= len(toks) || toks[m.end].Tag != "POS" {
			return -1
		}
		k = m.end + 1 // "Taiwan's"
	} else if s.lower(j) == "the" || toks[j].Tag == "PRP$" {
		k = j + 1
	} else {
		return -1
	}
	// the description: modifiers (a national adjective among them) and a
	// title as its head
	head := -1
	for n := k; n < len(toks) && n < k+5; n++ {
		if m := x.mentionAt(si, n); m != nil {
			if !m.demonym {
				break
			}
			n = m.end - 1
			continue
		}
		if t := toks[n].Tag; t != "JJ" && t != "NN" && t != "NNP" {
			break
		}
		head = n
	}
	if head < 0 || !isTitleHead(toks[head].Text) {
		return -1
	}
	k = head + 1
	if k < len(toks) && toks[k].Text == "," {
		k++
		k = titleBeforeName(s, k) // "her counterpart, Minister Dennis Moses"
	}
	p := x.mentionAt(si, k)
	if p == nil || p.start != k || p.ent < 0 || x.ents[p.ent].typ != Person {
		return -1
	}
	if e := p.end; e < len(toks) && toks[e].Text != "," && toks[e].Tag != "." && toks[e].Tag != "IN" && toks[e].Tag != "TO" && !isConj(toks[e].Text) {
		return -1
	}
	// "Symbion's financial advisor, L.F. Rothschild, Unterberg, Towbin
	// Inc.": names run on by bare commas are one firm's
	if e := p.end; e+1 < len(toks) && toks[e].Text == "," && s.owner[e+1] >= 0 {
		return -1
	}
	return k
}

// titleBeforeName returns the token after the capitalised title words
// (at most three: "Minister", "Foreign Minister", "Deputy Prime Minister")
// that open at token k of s, outside any name; k when none does.
func titleBeforeName(s *sentence, k int) int {
	n := k
	for n < len(s.toks) && n < k+3 && s.owner[n] < 0 && gazetteer.Capitalised(s.toks[n].Text) &&
		(isTitleHead(s.toks[n].Text) || titleModifiers[s.lower(n)]) {
		n++
	}
	return n
}

// describedBefore returns the token before a description that ends at the
// comma at token j of sentence si and stands in apposition to the name
// after it ("Blinken and his Australian counterpart, Penny Wong, held
// talks": from the comma before Penny Wong, the "and" before "his"); -1
// when the words before the comma are no such description.
func (x *extractor) describedBefore(si, j int) int {
	s := &x.sents[si]
	toks := s.toks
	if j < 2 || toks[j].Text != "," {
		return -1
	}
	h := j - 1 // the description's title head
	if s.owner[h] >= 0 {
		// "Tom Grant, the mayor of Fairview, and Ann Boyd" (syntax_described_lists.go)
		if h = x.titleOfNameBefore(si, j); h < 0 {
			return -1
		}
	} else if !isTitleHead(toks[h].Text) {
		return -1
	}
	for n := h - 1; n >= 0 && n >= h-5; n-- {
		if m := x.mentionAt(si, n); m != nil {
			if m.demonym {
				n = m.start
				continue
			}
			if m.end < len(toks) && toks[m.end].Tag == "POS" && m.end == n+1 {
				return m.start - 1 // "Australia's foreign minister"
			}
			return -1
		}
		switch t := toks[n].Tag; {
		case t == "PRP$" || s.lower(n) == "the":
			return n - 1
		case t == "POS":
			if m := x.mentionAt(si, n-1); m != nil && m.ent >= 0 {
				return m.start - 1
			}
			return -1
		case t != "JJ" && t != "NN" && t != "NNP":
			return -1
		}
	}
	return -1
}
