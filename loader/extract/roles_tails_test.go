package extract

import "testing"

// TestRoleTails: where or when a post is held, after the title or its body,
// closes the apposition; a fellow at a body holds a post; a skipper is one.
func TestRoleTails(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Shares\n\n“It is bad,” said Adam Abel, an analyst in London.",
			want: []string{`Adam Abel jobTitle "analyst"`}},
		{text: "Shares\n\n“It is bad,” Gary Gott, an economist at Barclays based in London, said on Monday.",
			want: []string{`Gary Gott jobTitle "economist"`, "Gary Gott affiliation Barclays"}},
		{text: "Shares\n\nMary Jones, a software engineer working out of Washington, led the team.",
			want: []string{`Mary Jones jobTitle "software engineer"`}},
		{text: "Deficits\n\nCharles Schultze, chairman of the Council of Economic Advisers in the Carter administration, once summed up the danger.",
			want: []string{`Charles Schultze jobTitle "chairman"`, "Charles Schultze affiliation Council of Economic Advisers"}},
		{text: "Taxes\n\n“Stop,” said Eugene Steuerle, a fellow at the Urban Institute and a co-founder of the Tax Policy Center.",
			want: []string{`Eugene Steuerle jobTitle "fellow"`, "Eugene Steuerle affiliation Urban Institute", `Eugene Steuerle jobTitle "co-founder"`}},
		{text: "Halibut\n\nFrom the deck of his schooner, skipper Wade Bassi has better insight than most.",
			want: []string{`Wade Bassi jobTitle "skipper"`}},
		// no tail: the phrase goes on ("in the case"), and a fellow
		// without a body is no post
		{text: "Court\n\nJohn Roe, a lawyer in the case against the city, said so.",
			notWant: []string{`John Roe jobTitle "lawyer"`}},
		{text: "Football\n\nHe scored with his fellow Spaniard Raul Garcia.",
			notWant: []string{`Raul Garcia jobTitle "fellow"`}},
	})
}
