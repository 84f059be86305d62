package extract

import "testing"

// TestMeetingsOfBodies: "meetings of A and B" are each body's own meetings,
// a bracketed name in the list too (seed130 row 19, seed131 row 29).
func TestMeetingsOfBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "G-7 TO MEET\n\n\"On Tuesday I shall be going to Washington for meetings of the (IMF) Interim Committee and Development Committee, and we shall of course be having a meeting of the G-7,\" Lawson said.\nThe IMF Interim Committee is to meet formally in Washington next Thursday, while the Development Committee was set to convene on Friday, Treasury officials said.",
			notWant: []string{"Development Committee met IMF Interim Committee", "IMF Interim Committee met Development Committee"}},
	})
}

// TestFirmAtTrade: a firm after "at" and its trade is no person with a
// title (seed131 row 36); a person after a trade word keeps it.
func TestFirmAtTrade(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Mike McGuire, a research director at analyst Gartner, told the BBC that Apple had done a good job.",
			notWant: []string{`Gartner jobTitle "analyst"`}},
		{text: "The figures were welcomed by analyst Mark Boyar, who said the firm had done a good job.",
			want: []string{`Mark Boyar jobTitle "analyst"`}},
	})
}

// TestOpeningJurisdiction: a court's area opening the sentence is the post's
// (seed130 row 30: "District Attorney" read as "Attorney").
func TestOpeningJurisdiction(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "District Attorney Bruce L Castor Jr, who was in charge of the case, said that detectives found nothing.",
			want: []string{`Bruce L Castor Jr jobTitle "District Attorney"`}, notWant: []string{`Bruce L Castor Jr jobTitle "Attorney"`}},
		{text: "Veteran Judge Mark Boyar said the case was closed.",
			notWant: []string{`Mark Boyar jobTitle "Veteran Judge"`}},
	})
}
