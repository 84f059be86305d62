package ner

// titleSurnameEnd returns k+1 when word k, a title word ("Pope", "King",
// "Bishop") right after the name run [j, k) read after a title, is the
// name's surname: the model's person mention ends on it and no capitalised
// word follows ("State Commerce Secretary Claude Pope said"), and k
// otherwise. Before another name the word is a title of its own ("Claude
// King Fahd").
func titleSurnameEnd(f *sentFeats, ms []Mention, j, k int) int {
	w := f.words
	if k == j || k >= len(w) || f.gaz[k]>>1 != gzTitle || !capitalised(w[k]) || k+1 < len(w) && capitalised(w[k+1]) {
		return k
	}
	for _, m := range ms {
		if m.Label == Person && m.Start <= j && m.End == k+1 {
			return k + 1
		}
	}
	return k
}

// nameBeforeLastTitle reports whether mention m, which ends in a title word,
// holds a name between an earlier title and that word: "State Commerce
// Secretary Claude Pope" is a titled person whose surname is a title word,
// not a job title ("Assistant Secretary", "Finance and National Economy
// Minister"). The name's words are ones news nearly always capitalises.
func nameBeforeLastTitle(f *sentFeats, m Mention) bool {
	last := m.End - 1
	k := last - 1
	for k > m.Start && f.gaz[k] == 0 && f.stats[k].bucket == 4 && capitalised(f.words[k]) {
		k--
	}
	return k < last-1 && k >= m.Start && f.gaz[k]>>1 == gzTitle
}
