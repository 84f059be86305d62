package extract

import "testing"

// TestTitlesSeed64: seed64's wrong job titles by mechanism.
func TestTitlesSeed64(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The inquiry questioned fired White House aide Lt. Col. Oliver North on Tuesday.",
			want:    []string{`Oliver North jobTitle "aide"`},
			notWant: []string{`Oliver North jobTitle "aide Lt. Col."`}},
		{text: "Minerals and Energy Minister John Kaputin said the mine would reopen.",
			want:    []string{`John Kaputin jobTitle "Minerals and Energy Minister"`},
			notWant: []string{`John Kaputin jobTitle "and Energy Minister"`}},
		{text: "Howard will meet officials of the Trade Ministry, and Posts and Telecommunications Minister Shunjiro Karasawa.",
			want: []string{`Shunjiro Karasawa jobTitle "Posts and Telecommunications Minister"`}},
		{text: "Thomas McDade, a lawyer for Coastal, said the suit had no merit.",
			want:    []string{`Thomas McDade jobTitle "lawyer"`},
			notWant: []string{`Thomas McDade jobTitle "lawyer for Coastal"`}},
		{text: "In a letter, Claremont and Walsh representatives Stephen Walsh and John Cirigliano said they were pleased. Tom Smith and John Cirigliano, representatives of Claremont, said so.",
			want: []string{`John Cirigliano jobTitle "representative"`}},
		{text: "Fisheries Minister Ross Finnie met the fleet. They will also speak to Mr Finnie, representatives of the Royal Society and the Sea Fish Industry Authority.",
			notWant: []string{`Ross Finnie jobTitle "representative"`, `Ross Finnie jobTitle "representatives"`}},
		{text: "Michael T. Fuller was named chief executive. Fuller was formerly president of <Mr.",
			want:    []string{`Michael T. Fuller jobTitle "president"`},
			notWant: []string{`Michael T. Fuller jobTitle "president of <Mr"`}},
		// kept: a firm's legal form before it,
		// a plural body after a singular head, an office's "for"
		{text: "Jefferies and Co Director of Trading James Melton said the firm has been busy.",
			want: []string{`James Melton jobTitle "Director of Trading"`}},
		{text: "\"Ireland ticks all the boxes,\" Roy Asher, chief investment officer of Hibernian Investment Managers, told Reuters.",
			want: []string{`Roy Asher jobTitle "chief investment officer of Hibernian Investment Manager"`}},
		{text: "U.S. Attorney for Manhattan Rudolph Giuliani said the charges were filed.",
			want: []string{`Rudolph Giuliani jobTitle "U.S. Attorney for Manhattan"`}},
	})
}
