package extract

import "testing"

// TestUnnamedBodyCutFromTitle: a body's name the recogniser missed after
// "of" is no part of the title ("Chief Operating Officer of Sony"); a post's
// field of work ("Vice President of Finance") and an office's seat ("MP for
// Witney") are.
func TestUnnamedBodyCutFromTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Broadband\n\n\"In the future, all content will be fused onto the network,\" said Ken Kutaragi, Chief Operating Officer of Sony.",
			want:    []string{`Ken Kutaragi jobTitle "Chief Operating Officer"`},
			notWant: []string{`Ken Kutaragi jobTitle "Chief Operating Officer of Sony"`}},
		{text: "Bonds\n\nChristopher Sibson, secretary general of IPMA, said the rules are not expected to have a noticeable impact on the market.",
			want: []string{`Christopher Sibson jobTitle "secretary general"`}},
		{text: "Retail\n\nStuart Rose, head of M&S, said last year its prices were too high.",
			want: []string{`Stuart Rose jobTitle "head"`}},
		{text: "Results\n\nJoel Graff, Vice President of Finance, said he expects to report an improved first quarter.",
			want: []string{`Joel Graff jobTitle "Vice President of Finance"`}},
		{text: "Election\n\nConservative policy co-ordinator David Cameron, MP for Witney, added: \"It would be funny.\"",
			want: []string{`David Cameron jobTitle "MP for Witney"`}},
	})
}
