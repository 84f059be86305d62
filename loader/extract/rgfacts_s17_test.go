package extract

import "testing"

// TestUnitsAfterIts checks bodies_units_its.go: a unit named after "its"
// (before or after the unit's noun, alone or in a list after a plural noun)
// or after its parent's name and ticker is the parent's; "X and its unit" is
// X's, not the speaker's; "it" and "the company" stand for the lead firm;
// two bodies before "its" leave the parent open.
func TestUnitsAfterIts(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Fluor\n\nTracor Inc said its Tracor Applied Sciences unit was awarded a 1.9 mln dlr contract.",
			want: []string{"Tracor Applied Sciences parentOrganization Tracor Inc"}},
		{text: "Lines\n\nMcLean Industries Inc said its shipping subsidiary, United States Lines Inc, filed for bankruptcy.",
			want: []string{"United States Lines Inc parentOrganization McLean Industries Inc"}},
		{text: "Bevis\n\nBevis Industries Inc said it received inquiries. On March 18, the company said it engaged Tucker, Anthony to seek purchasers of its operating units, Greenville Tube Corp and MD Pneumatics Inc.",
			want: []string{"Greenville Tube Corp parentOrganization Bevis Industries Inc", "MD Pneumatics Inc. parentOrganization Bevis Industries Inc"}},
		{text: "Bid\n\nThe bid is opposed by United Technologies Corp <UTX> unit <Pratt and Whitney>, General Electric Co and Rolls-Royce.",
			want: []string{"Pratt and Whitney parentOrganization United Technologies Corp"}},
		{text: "Fined\n\nTexas Air Corp's <TXN> Continental Airlines unit was fined.",
			want: []string{"Continental Airlines parentOrganization Texas Air Corp"}},
		{text: "Ratings\n\nMoody's Investors Service Inc said it downgraded 700 mln dlrs of debt of Dana Corp and its unit Dana Credit Corp.",
			want: []string{"Dana Credit Corp parentOrganization Dana Corp"}, notWant: []string{"Dana Credit Corp parentOrganization Moody's Investors Service Inc"}},
		{text: "Receiver\n\nSeaway Multi-Corp Ltd said Peat Marwick Ltd was appointed receiver-manager of its operating subsidiary, Levy-Russell Ltd.",
			notWant: []string{"Levy-Russell Ltd parentOrganization Peat Marwick Ltd"}},
		{text: "Stocks\n\nPhilips Petroleum <P> gained 3/4 to 15-7/8, USX Corp <X>, with its Marathon Oil Co unit, rose 1/2.",
			notWant: []string{"Marathon Oil Co parentOrganization Philips Petroleum"}},
	})
}

// TestBodyClauseCloses checks roles_body_closes.go: an apposition's title
// closed after its body by "which" or by the speaker's verb with no comma,
// and a firm's trade before the body's name.
func TestBodyClauseCloses(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Stake\n\nHowever, Matt Williams, a fund manager at Perpetual Trustees said taking the stake was a precursor to a takeover.",
			want: []string{`Matt Williams jobTitle "fund manager"`, "Matt Williams affiliation Perpetual Trustees"}},
		{text: "Spam\n\n\"It is bad,\" said Mike Newton, a spokesman for the Business Software Alliance which commissioned the survey.",
			want: []string{`Mike Newton jobTitle "spokesman"`, "Mike Newton affiliation Business Software Alliance"}},
		{text: "Glazer\n\nJoe McLean, an analyst at accountancy firm Grant Thornton, said the support was crucial.",
			want: []string{`Joe McLean jobTitle "analyst"`, "Joe McLean affiliation Grant Thornton"}},
		{text: "Lufthansa\n\n\"We are doing research,\" Michael Lamberty, a Lufthansa spokesman told the BBC.",
			want: []string{`Michael Lamberty jobTitle "spokesman"`, "Michael Lamberty affiliation Lufthansa"}},
		{text: "Oil\n\nThe state-run Ecuadorean State Oil Corporation (CEPE) has named Jaime Sanchez Valdivieso as its new general manager replacing Carlos Romo Leroux, a CEPE spokesman said.",
			notWant: []string{`Carlos Romo Leroux jobTitle "spokesman"`}},
		{text: "Channel\n\nPhil Redmond, now chairman of Mersey TV, told Tessa Jowell he would run it.",
			want: []string{`Phil Redmond jobTitle "chairman"`, "Phil Redmond affiliation Mersey TV"}},
	})
}
