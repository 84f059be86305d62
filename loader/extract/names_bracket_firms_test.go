package extract

import "testing"

// TestBracketedFirms checks firms' names with a bracketed part before the
// legal form: one organisation, neither the words before the bracket as a
// place or person nor the legal form alone.
func TestBracketedFirms(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The issue is led by Yamaichi International (Europe) Ltd and pays 5 pct.",
			map[string]EntityType{"Yamaichi International (Europe) Ltd": Organization}, []string{"Yamaichi International", "Ltd"}},
		{"Cheung Kong (Holdings) Ltd said its profit rose.",
			map[string]EntityType{"Cheung Kong (Holdings) Ltd": Organization}, []string{"Cheung Kong", "Ltd"}},
		{"The court dismissed the appeal by York International (Cyprus) Ltd, registered as an offshore company.",
			map[string]EntityType{"York International (Cyprus) Ltd": Organization}, []string{"York International", "Ltd"}},
		// a hyphenated adjective of where opens no name
		{"A group of firms led by Hong Kong-based Industrial Equity (Pacific) Ltd said it increased its stake.",
			map[string]EntityType{"Industrial Equity (Pacific) Ltd": Organization}, []string{"Hong Kong-based Industrial Equity (Pacific) Ltd"}},
		{"The contract went to Toshiba Information Systems (U.K.) Ltd last week.",
			map[string]EntityType{"Toshiba Information Systems (U.K.) Ltd": Organization}, []string{"Ltd"}},
		// "and" ends the name before it: two firms
		{"He said Mansion House Securities (F.E.) Ltd and James Capel (Far East) Ltd would buy.",
			map[string]EntityType{"Mansion House Securities (F.E.) Ltd": Organization, "James Capel (Far East) Ltd": Organization}, []string{"James Capel"}},
		{"The deal was arranged by Morgan Grenfell & Co (Overseas) Ltd yesterday.",
			map[string]EntityType{"Morgan Grenfell & Co (Overseas) Ltd": Organization}, nil},
		{"The notes were led by Union Bank of Switzerland (Securities) Ltd and Cable and Wireless (Far East) Ltd on Monday.",
			map[string]EntityType{"Union Bank of Switzerland (Securities) Ltd": Organization, "Cable and Wireless (Far East) Ltd": Organization}, []string{"Switzerland (Securities) Ltd", "Wireless (Far East) Ltd"}},
		// "of" after a person's name is no part of the firm's
		{"Andrew Barrett of Citicorp Investment Bank (Switzerland) AG said the issue was priced well.",
			map[string]EntityType{"Andrew Barrett": Person, "Citicorp Investment Bank (Switzerland) AG": Organization}, []string{"Andrew Barrett of Citicorp Investment Bank (Switzerland) AG"}},
		// no legal form after the bracket: no firm
		{"Jane Smith (Labour) won the seat in Leeds.",
			map[string]EntityType{"Jane Smith": Person}, []string{"Jane Smith (Labour)"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
