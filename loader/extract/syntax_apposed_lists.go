// A plural subject named by an apposition: "The two leaders, President Joe
// Biden and President Emmanuel Macron, met in Paris", "Both men, Fahie and
// Rankin, held a joint press conference". The people the apposition lists
// are the subject; skipClause reads such an apposition as a title's and
// would skip it.

package extract

import "strings"

// apposedList returns the people of the apposition that ends at the comma
// at token k of sentence si, when it lists two or more people after a
// plural noun phrase that opens the sentence or a clause ("The two
// leaders, X and Y,", "Both ministers, X, Y and Z,"); else nil.
func (x *extractor) apposedList(si, k int) []int {
	s := &x.sents[si]
	toks := s.toks
	if k < 4 || toks[k].Text != "," {
		return nil
	}
	// the head: "the two leaders", "both men" before the apposition's comma
	p := -1
	for q := k - 1; q > 0 && q >= k-25; q-- {
		if toks[q].Text == "," && toks[q-1].Tag == "NNS" && s.owner[q-1] < 0 {
			p = q
			break
		}
	}
	if p < 0 || !pluralHeadOpens(s, p-1) {
		return nil
	}
	var out []int
	j := p + 1
	for j < k {
		e, end := x.journalistAt(si, j)
		if e < 0 || end <= j || x.ents[e].typ != Person {
			return nil
		}
		out = append(out, e)
		j = end
		if j < k && (toks[j].Text == "," || s.lower(j) == "and") {
			j++
			if j < k && s.lower(j) == "and" {
				j++ // ", and"
			}
		}
	}
	if j != k || len(out) < 2 {
		return nil
	}
	return out
}

// pluralHeadOpens reports whether the plural noun at token h heads a
// phrase of people opened by "the" or "both" that begins the sentence or
// follows a comma: "The two leaders", "Both men", "the three ministers".
func pluralHeadOpens(s *sentence, h int) bool {
	toks := s.toks
	if lw := s.lower(h); !peopleNouns[lw] && lw != "men" && lw != "women" && !isTitleHead(strings.TrimSuffix(toks[h].Text, "s")) {
		return false
	}
	q := h - 1
	for q >= 0 && q >= h-3 && (toks[q].Tag == "CD" || toks[q].Tag == "JJ") {
		q--
	}
	if q < 0 || s.lower(q) != "the" && s.lower(q) != "both" {
		return false
	}
	return q == 0 || toks[q-1].Text == ","
}
