// A pronoun that repeats an earlier one of its sentence: "Mourinho had
// claimed that he was in Milan talking to Adriano on the day he is alleged
// to have held a meeting with Cole". The second "he" goes on the first's
// chain (Mourinho), not to the person named between them as the object of
// a preposition (Adriano, whom he was talking to).

package extract

// pronounFamilies group the forms of one pronoun: he, his, him.
var pronounFamilies = map[string]string{"he": "he", "his": "he", "him": "he", "himself": "he",
	"she": "she", "her": "she", "hers": "she", "herself": "she"}

// chainedPronoun returns the token of an earlier pronoun of the same family
// as the one at token k of sentence si when person mention m, the candidate
// antecedent, is named between the two as the object of a preposition
// ("talking to Adriano", "a meeting with Cole"); else -1.
func (x *extractor) chainedPronoun(si, k int, m *mention) int {
	s := &x.sents[si]
	fam, ok := pronounFamilies[s.lower(k)]
	if !ok || m.sent != si || m.start >= k {
		return -1
	}
	l := x.titleLeft(si, m.start, m.typ)
	if l == 0 || l >= len(s.toks) {
		return -1
	}
	if p := s.toks[l-1]; !(p.Tag == "IN" || p.Tag == "TO") || s.lower(l-1) == "that" {
		return -1
	}
	for j := m.start - 1; j >= 0; j-- {
		if s.owner[j] < 0 && pronounFamilies[s.lower(j)] == fam && (s.toks[j].Tag == "PRP" || s.toks[j].Tag == "PRP$") {
			return j
		}
	}
	return -1
}
