package extract

import "testing"

// TestTradeAfterBody: words of a firm's trade after "the" and a body's name
// close the apposition's title there, and make an unknown name a firm's
// after a preposition; not a region's name opening the sentence.
func TestTradeAfterBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Retail\n\nThe combination has been steady, said Tom Forte, who follows Amazon as a managing director at the D.A. Davidson brokerage.",
			want: []string{`Tom Forte jobTitle "managing director"`, "Tom Forte affiliation D.A. Davidson"}},
		{text: "Deals\n\nThe deal was good, said Anne Hill, an analyst at the Piper Sandler investment firm.",
			want: []string{`Anne Hill jobTitle "analyst"`, "Anne Hill affiliation Piper Sandler"}},
		{text: "TV\n\nHDTV is the latest must-have, says Jo Flaherty, a senior broadcaster with the CBS network in the US.",
			want: []string{`Jo Flaherty jobTitle "senior broadcaster"`, "Jo Flaherty affiliation CBS"}},
		{text: "Results\n\nThe South Yorkshire company said it hoped to return to profit, chief executive Gerry Spindler said.",
			notWant: []string{"Gerry Spindler affiliation South Yorkshire"}},
	})
}
