package extract

import "testing"

// TestOutletNames checks the bodies named by the word next to them: the one
// told, and the capitals before a firm's or a platform's noun.
func TestOutletNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		// one tells a person or a body: unnamed capitals after "told"
		{"“I approach my life differently now,” she told VH1 in 2002.",
			map[string]EntityType{"VH1": Organization}, nil},
		{"“This embryo is my child,” the singer told People in 2005.",
			map[string]EntityType{"People": Organization}, nil},
		{"The spokesman told Variety: “I am going to take some time.”",
			map[string]EntityType{"Variety": Organization}, nil},
		// a place no gazetteer knows, told, is a body
		{"“I have to stand tall,” she told Page Six.",
			map[string]EntityType{"Page Six": Organization}, nil},
		// not a calendar word, nor words that go on past the name
		{"The minister told Monday's meeting that prices would fall.",
			nil, []string{"Monday"}},
		// a firm's or a platform's noun after a determiner and capitals
		{"A critic of racist policing can be a Nike spokesman these days.",
			map[string]EntityType{"Nike": Organization}, nil},
		{"You may want to watch the video tutorial on my YouTube channel.",
			map[string]EntityType{"YouTube": Organization}, nil},
		{"He leads the field, per the FiveThirtyEight tracker, but not by much.",
			map[string]EntityType{"FiveThirtyEight": Organization}, nil},
		// a firm's noun: "the Globalia company", "the Ávoris airline"
		{"Iberojet will connect its flights with the European network of the Globalia company.",
			map[string]EntityType{"Globalia": Organization}, nil},
		{"Through the alliance, which will start on May 2, the Ávoris airline will offer its flights.",
			map[string]EntityType{"Ávoris": Organization}, nil},
		// no determiner before the capitals: no name
		{"Company spokesman John Smith declined to comment.",
			map[string]EntityType{"John Smith": Person}, []string{"Company"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
