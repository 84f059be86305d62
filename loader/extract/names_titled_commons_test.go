package extract

import "testing"

// TestTitledCommonNames: common nouns after a capitalised word read as a
// title name a thing, no titled person (affiliation-seed156 row 30); a
// name of short syllables a dictionary also spells stays a person's, and
// "Treasury Financial Secretary" is a title, not a body "Treasury
// Financial" (row 43).
func TestTitledCommonNames(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Audi of America Inc said it introduced the \"Audi Private Purchase Plan\" in which it will offer certificates to owners.",
			notWant: []string{"Purchase Plan affiliation Audi of America Inc", `Purchase Plan jobTitle "Private"`}},
		{text: "Chinese Planning Minister Song Ping said growth would slow.",
			want: []string{`Song Ping jobTitle "Planning Minister"`}},
		{text: "Britain will keep its powers, Treasury Financial Secretary Norman Lamont told Parliament.",
			want:    []string{`Norman Lamont jobTitle "Treasury Financial Secretary"`},
			notWant: []string{"Norman Lamont affiliation Treasury Financial"}},
	})
}
