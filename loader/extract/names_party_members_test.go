package extract

import "testing"

// TestPartyMembers: a party named by its adjective before a member's title
// or by its member noun after a state, the state a legislator serves, and
// lists under an abbreviated plural title.
func TestPartyMembers(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Deficit\n\n“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat.",
			want: []string{`Mark Warner jobTitle "Senator"`, "Mark Warner affiliation Democratic Party"}},
		{text: "Deficit\n\nSenator James Lankford, an Oklahoma Republican who warned of the deficit, played down that threat.",
			want: []string{"James Lankford affiliation Republican Party"}},
		{text: "Rain\n\nClark today held discussions with Treasury Secretary James Baker and Democratic Sens. Patrick Moynihan of New York, Christopher Dodd of Connecticut and George Mitchell of Maine.",
			want: []string{`Patrick Moynihan jobTitle "Sen."`, `Christopher Dodd jobTitle "Sen."`, `George Mitchell jobTitle "Sen."`,
				"Patrick Moynihan affiliation Democratic Party", "George Mitchell affiliation Democratic Party", "Patrick Moynihan affiliation New York"},
			notWant: []string{"Patrick Moynihan homeLocation New York"}},
		{text: "Budget\n\nHowever, Democratic Senator Kent Conrad said the proposals were costly.",
			want: []string{`Kent Conrad jobTitle "Senator"`, "Kent Conrad affiliation Democratic Party"}},
		// a longer party's name, a portfolio, a state before the party word
		{text: "Remarks\n\nFormer Liberal Democrat MP Jackie Ballard recalled a stream of remarks.",
			notWant: []string{"Jackie Ballard affiliation Democratic Party"}},
		{text: "Strike\n\nHe said talks in Rio de Janeiro with Labor Minister Almir Pazzianotto ended today.",
			notWant: []string{"Almir Pazzianotto affiliation Labour Party"}},
		{text: "Wheat\n\nKansas Republican Congressman Pat Roberts urged the administration to offer subsidies.",
			want: []string{"Pat Roberts affiliation Kansas"}},
		// a home, not a seat
		{text: "Storm\n\nJohn Smith of Texas said the storm was bad.",
			notWant: []string{"John Smith affiliation Texas"}},
	})
}
