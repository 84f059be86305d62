package extract

import "testing"

// TestBareCommission: a bare "the Commission" is the European Commission
// only in a story about Europe's institutions (affiliation-seed174 row 23).
func TestBareCommission(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Swiss bankers met regulators today.\n\nThe Commission said it wanted the form reduced.\n\nCommission President Hermann Bodenmann said the Commission was likely to discuss the proposal.",
			notWant: []string{"Hermann Bodenmann affiliation European Commission", "Hermann Bodenmann affiliation Commission"}},
		{text: "EC farm ministers met in Brussels today.\n\nCommission President Jacques Delors said the Commission was likely to discuss the proposal.",
			want: []string{"Jacques Delors affiliation European Commission"}},
	})
}

// TestCompoundDemonym: "Anglo American spokesman" speaks for the mining
// house, not the United States (affiliation-seed174 row 24).
func TestCompoundDemonym(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Miners returned to work, mine owner Anglo American Corp of South Africa Ltd said.\n\nAnglo American spokesman John Kingsley-Jones said the company held talks with the union.",
			notWant: []string{"John Kingsley-Jones affiliation United States"}},
		{text: "Talks went on.\n\nAmerican spokesman John Smith said the company held talks with the union.",
			want: []string{"John Smith affiliation United States"}},
	})
}

// TestTitleLedBody: a whole title with its portfolio read as one body
// ("Vice President for Financial Communications") is no body.
func TestTitleLedBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "\"We will see,\" said Arthur Miller, BankAmerica's Vice President for Financial Communications, when asked.",
			notWant: []string{"Arthur Miller affiliation Vice President for Financial Communications"}},
		{text: "Tony Oates, Bond Corp's Executive Director for Finance and Administration, said the company does not comment.",
			notWant: []string{"Tony Oates affiliation Executive Director for Finance and Administration"}},
	})
}

// TestBracketedPlaceNoAlias: a place in brackets after a firm's name is
// the firm's arm there, no other name of it: "U.S." elsewhere in the story
// is still the country ("U.S. Treasury Secretary James Baker" was given
// Yamaichi International (America) Inc).
func TestBracketedPlaceNoAlias(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "There was no panic selling, said Susumu Uchiyama of Yamaichi Internatinal (America), Inc.\n\nThe turmoil was triggered by U.S. Treasury Secretary James Baker, Tsuda said.",
			want:    []string{"Susumu Uchiyama affiliation Yamaichi Internatinal"},
			notWant: []string{"James Baker affiliation Yamaichi Internatinal"}},
	})
}

// TestBankNameCutPerson: the rest of a bank's name after its opening word,
// read as a person, works for no body ("Ezzedine Saidane of Banque
// Internationale Arabe de Tunis, Mohammed Osman of Societe Bancaire du
// Liban": affiliation-seed175 row 10).
func TestBankNameCutPerson(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The annual meeting elected three Vice-Chairmen -- Ezzedine Saidane of Banque Internationale Arabe de Tunis, Mohammed Osman of Societe Bancaire du Liban and Walid Nasouli of Morgan Guaranty Trust Co of New York.",
			want:    []string{"Mohammed Osman affiliation Societe Bancaire du Liban"},
			notWant: []string{"Internationale Arabe de Tunis affiliation Societe Bancaire du Liban"}},
	})
}

// TestPartySpokesmanFor: a party's spokesman for a department does not
// work for it (affiliation-seed126 row 42).
func TestPartySpokesmanFor(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Dr Julian Lewis, the Conservative spokesman for the Cabinet Office, said he had discovered a huge acceleration in shredding.",
			notWant: []string{"Julian Lewis affiliation Cabinet Office"}},
	})
}
