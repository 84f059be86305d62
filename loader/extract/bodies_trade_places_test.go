package extract

import "testing"

// TestTownTradeBodies: "TOWN TRADE BODY" locates the body in the town; a
// country's word or a town that is a firm's name too does not.
func TestTownTradeBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Coffee\n\nShares of Seattle coffee chain Starbucks rose on Monday.",
			want: []string{"Starbucks location Seattle"}},
		{text: "Banks\n\nShares of London bank Barclays fell.",
			want: []string{"Barclays location London"}},
		{text: "Cars\n\nOther luxury car makers, most notably the Toyota subsidiary Lexus, have enjoyed success.",
			notWant: []string{"Lexus location Toyota"}},
		{text: "Banks\n\nShares of British bank Barclays fell.",
			notWant: []string{"Barclays location Britain", "Barclays location United Kingdom"}},
	})
}
