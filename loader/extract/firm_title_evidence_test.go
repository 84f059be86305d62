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
