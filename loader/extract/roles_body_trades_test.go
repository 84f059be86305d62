package extract

import "testing"

// TestTradeBeforeBodyNations: an apposition's title reaches its body past
// the body's trade opened by a national adjective or a country ("of French
// wine maker", "at US software firm"), and past "the" before them; a trade
// that ends in no firm's noun leaves the body unread.
func TestTradeBeforeBodyNations(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Wine\n\nPrices will rise, said Marie Dubois, president of French wine maker Vignobles Roux.",
			want: []string{"Marie Dubois affiliation Vignobles Roux", `Marie Dubois jobTitle "president"`}},
		{text: "Chips\n\nPeter Lang, chairman of the Dutch electronics group Philips, said demand was weak.",
			want: []string{"Peter Lang affiliation Philips", `Peter Lang jobTitle "chairman"`}},
		{text: "Software\n\nAnn Kerr, an analyst at US software firm Oracle, said sales were strong.",
			want: []string{"Ann Kerr affiliation Oracle"}},
		{text: "Software\n\nAnn Kerr, an analyst at US software sales Oracle, said sales were strong.",
			notWant: []string{"Ann Kerr affiliation Oracle"}},
	})
}
