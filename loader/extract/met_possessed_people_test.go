package extract

import "testing"

// TestDescribedPeopleMet: a person met who is named in apposition to a
// description ("Taiwan's president, Tsai Ing-wen", "his French
// counterpart, Emmanuel Macron") is read as met, on either side of the
// meeting; a target reached ("the bank's demands"), a clause's subject
// after a comma ("the minister, Smith said") and a firm's name run on by
// commas are not (met_possessed_people.go).
func TestDescribedPeopleMet(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nThe House Speaker, Anna Lind, met Taiwan's president, Karl Brenner, in Taipei on Wednesday.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nAnna Lind met the prime minister, Karl Brenner, in London.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nAnna Lind met his French counterpart, Karl Brenner, in Paris.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nAnna Lind held talks with her Australian counterpart, Karl Brenner, in Bali.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nAnna Lind and her Australian counterpart, Karl Brenner, held talks in Bali.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nAnna Lind met Norway's foreign minister on Monday.",
			notWant: []string{"Anna Lind met Norway"}},
		{text: "Bank\n\nAnna Lind said the plan would meet the bank's demands, Karl Brenner said.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nAnna Lind met the minister, Karl Brenner said on Monday.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
		{text: "Filing\n\nHis aide, Anna Lind, met April 1 with the bank's financial advisor, Karl Brenner, Unterberg, Towbin Inc.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
	})
}

// TestNamelessConjunctComma: after a nameless conjunct and a bare comma
// ("the officials, Smith said"), a name before a verb opens a clause of its
// own, as after a name (syntax.go nameList).
func TestNamelessConjunctComma(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nAnna Lind met the officials, Karl Brenner said on Monday.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nAnna Lind met bankers, officials and Karl Brenner on Monday.",
			want: []string{"Anna Lind met Karl Brenner"}},
	})
}
