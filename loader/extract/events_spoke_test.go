package extract

import "testing"

// TestSpeakersAtPlace: two people who "spoke" in a clause opened by
// "where" or "at which" made speeches at the place or gathering; they did
// not talk with each other. Two who spoke on a day did.
func TestSpeakersAtPlace(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Rally\n\nThe party held a rally on Sunday, where party leader Tom Barker and deputy leader Ann Mills spoke.",
			notWant: []string{"Tom Barker met Ann Mills"}},
		{text: "Rally\n\nThe union staged a march through the town, at which Tom Barker and Ann Mills spoke.",
			notWant: []string{"Tom Barker met Ann Mills"}},
		{text: "Call\n\nPresident Tom Barker and Chancellor Ann Mills spoke on Tuesday.",
			want: []string{"Tom Barker met Ann Mills"}},
	})
}
