package extract

import "testing"

// TestBroadcasterNumbers checks names_broadcaster_numbers.go: a station's
// or channel's number after Radio or Channel is part of a body's name.
func TestBroadcasterNumbers(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		// the recogniser stops before the number: the name grows to it
		{"The bishop said on BBC Radio 3 that the plan was unfair.",
			map[string]EntityType{"BBC Radio 3": Organization}, []string{"BBC Radio"}},
		// a number after the head word alone is a body's, not a thing
		{"The film will be shown on Channel 5 next spring.",
			map[string]EntityType{"Channel 5": Organization}, nil},
		// a year or a long number after it is no station's
		{"Radio 2005 was the theme of the Brighton fair.",
			nil, []string{"Radio 2005"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestPerformerTitles checks the performers' and music media's trades in
// the gazetteer's titles: they open no name and give a job title, and the
// outlet before them is the person's affiliation.
func TestPerformerTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Music\n\nThe list was drawn up by Capital Radio 9 DJ Harriet Mole and two critics.",
			want: []string{`Harriet Mole jobTitle "DJ"`, "Harriet Mole affiliation Capital Radio 9"}},
		{text: "Music\n\nDrummer Ravi Okafor left the band in March.",
			want: []string{`Ravi Okafor jobTitle "Drummer"`}},
	})
	checkNames(t, "The station hired DJ Tom Varley last year.",
		map[string]EntityType{"Tom Varley": Person}, []string{"DJ Tom Varley"})
}
