package extract

import "testing"

// TestItsBodies: a title opened by "its", before the name or in an
// apposition after it, gives the person the body "its" stands for
// (roles_its_bodies.go); "its" after a place, or before a noun that is no
// part of the title, gives none.
func TestItsBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Retail\n\nHalvard Foods Inc said its chairman Peter Grange would retire in June.",
			want: []string{"Peter Grange affiliation Halvard Foods Inc", `Peter Grange jobTitle "chairman"`}},
		{text: "Retail\n\nHalvard Foods Inc said its chief executive, Mara Quinn, would start in June.",
			want: []string{"Mara Quinn affiliation Halvard Foods Inc"}},
		// a word of tenure before the title set off by a comma (roles_described.go definiteTitle)
		{text: "Retail\n\nHalvard Foods Inc said its new chief executive, Mara Quinn, would start in June.",
			want: []string{"Mara Quinn affiliation Halvard Foods Inc", `Mara Quinn jobTitle "chief executive"`}},
		{text: "Retail\n\nHalvard Foods Inc said the newly-appointed chairman, Mara Quinn, would start in June.",
			want: []string{`Mara Quinn jobTitle "chairman"`}},
		// a word that is no title after the tenure word reads no title
		{text: "Retail\n\nHalvard Foods Inc said its new plant, Mara Quinn said, would open in June.",
			notWant: []string{"Mara Quinn affiliation Halvard Foods Inc", `Mara Quinn jobTitle "plant"`}},
		{text: "Retail\n\nHalvard Foods Inc said Mara Quinn, its founder and president, had resigned.",
			want: []string{"Mara Quinn affiliation Halvard Foods Inc", `Mara Quinn jobTitle "founder"`, `Mara Quinn jobTitle "president"`}},
		{text: "Courts\n\nThe regulator fined Brasco Group and its former chief executive Tom Varley last year.",
			want: []string{"Tom Varley affiliation Brasco Group"}},
		{text: "Politics\n\nThe Ruling Front said Bolivia, criticised since the ousting of its veteran leader Ivan Petrescu, would vote.",
			notWant: []string{"Ivan Petrescu affiliation Ruling Front"}},
		{text: "Trade\n\nThe Dalton Trust's vote on the bill was put off, its sponsor Senator Ruth Baines said.",
			notWant: []string{"Ruth Baines affiliation Dalton Trust"}},
		{text: "Oil\n\nKelmar Energy Corp will close its old refinery, Sam Oduya, chairman, told Reuters in an interview.",
			notWant: []string{"Sam Oduya affiliation Kelmar Energy Corp"}},
	})
}
