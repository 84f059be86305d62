package extract

import "testing"

// TestFirmTitleBodies: a body after a firm title's "of" or "for" is a body,
// cut off a title glued to it, and the affiliation of the person named
// after the comma; an office's complement stays no body.
func TestFirmTitleBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Ads\n\nIn 2014 the former Chief Marketing Officer for Acme Foods, Leesa Eichberger, spoke to the website.",
			want: []string{`Leesa Eichberger jobTitle "former Chief Marketing Officer"`, "Leesa Eichberger affiliation Acme Foods"}},
		{text: "Banks\n\nThe Chief Executive Officer of Barclays, John Smith, spoke to the website.",
			want: []string{`John Smith jobTitle "Chief Executive Officer"`, "John Smith affiliation Barclays"}},
		{text: "Banks\n\nThe chief executive of Barclays, John Smith, spoke to the website.",
			want: []string{"John Smith affiliation Barclays"}},
		// "Director" takes an office: no body after it
		{text: "Court\n\nThe Director of Public Prosecutions, John Smith, spoke to the website.",
			notWant: []string{"John Smith affiliation Public Prosecutions"}},
	})
}

// TestFirmTitleBodiesBeforeNames: the body between a firm title's "of" and
// the holder's name, with no comma, is the holder's affiliation and leaves
// the title whole; an office's complement stays in the title.
func TestFirmTitleBodiesBeforeNames(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Prices\n\nThere is no end in sight, President and Chief Financial Officer of Super Value Debra Symonette said yesterday.",
			want: []string{`Debra Symonette jobTitle "President and Chief Financial Officer"`, "Debra Symonette affiliation Super Value"}},
		{text: "Court\n\nThe Director of Public Prosecutions John Smith said so.",
			want:    []string{`John Smith jobTitle "Director of Public Prosecutions"`},
			notWant: []string{"John Smith affiliation Public Prosecutions"}},
	})
}
