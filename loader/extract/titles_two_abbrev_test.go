package extract

import "testing"

// TestTwoWordAbbreviatedTitles: an abbreviated title of two words is read
// whole ("Atty. Gen.", "Lt. Gov.", "Brig. Gen."; gazetteer titles.txt), not
// cut to its second word, and the first abbreviation ends no sentence
// (blind seed122 jobTitle row 3). A US state after a town ends a sentence
// before a capitalised word, so the next sentence's subject is no name that
// begins with the state (blind seed122 met row 7).
func TestTwoWordAbbreviatedTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "He learned of it only when Atty. Gen. Edwin Meese told him on November 25.",
			want:    []string{`Edwin Meese jobTitle "Atty. Gen."`},
			notWant: []string{`Edwin Meese jobTitle "Gen."`}},
		{text: "Lt. Gov. Jim Smith said he would run.",
			want: []string{`Jim Smith jobTitle "Lt. Gov."`}},
		{text: "Brig. Gen. Tom Jones spoke to reporters.",
			want: []string{`Tom Jones jobTitle "Brig. Gen."`}},
		{text: "The interests include its gold mine in Wenatchee, Wash. Asamera said its talks with Breakwater Resources Ltd have been terminated.",
			want:    []string{`Asamera met Breakwater Resources Ltd`},
			notWant: []string{`Wash. Asamera met Breakwater Resources Ltd`}},
	})
}

// TestTitledPlurals: a title word before the plural of a common noun names a
// business, no titled person (blind seed122 jobTitle row 22).
func TestTitledPlurals(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The company discontinued operations such as Designer Depots, Furr's Cafeterias and Bishop Buffets last year.",
			notWant: []string{`Depots jobTitle "Designer"`, `Buffets jobTitle "Bishop"`}},
		{text: "President Reagan met Judge Tom Woods on Monday. Judge Woods said the talks went well.",
			want: []string{`Tom Woods jobTitle "Judge"`}},
	})
}
