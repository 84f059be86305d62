package extract

import "testing"

// TestPronounChains: a pronoun repeating an earlier one of its sentence
// goes on that one's chain, not to the person named between them after a
// preposition (pronoun_chains.go).
func TestPronounChains(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Football\n\nAnd club boss Karl Brenner had claimed that he was in Oslo talking to Ravi Sood on the day he is alleged to have held a secret meeting with defender Anna Lind.",
			want: []string{"Karl Brenner met Anna Lind"}, notWant: []string{"Ravi Sood met Anna Lind"}},
		// no earlier pronoun: the last person named
		{text: "Football\n\nKarl Brenner praised Ravi Sood after he held a secret meeting with Anna Lind.",
			want: []string{"Ravi Sood met Anna Lind"}},
		// the person between is a subject, not after a preposition
		{text: "Football\n\nHe said Karl Brenner was angry because he had held a secret meeting with Anna Lind.",
			want: []string{"Karl Brenner met Anna Lind"}},
	})
}
