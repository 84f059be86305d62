package extract

import "testing"

// TestNominalOwners: a title after a name whose body is a noun's possessive
// ("the company's chief executive") works for the body the story named
// before; the beat after "for" is no employer; no body named, no affiliation.
func TestNominalOwners(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Results\n\nShares of Acme Corp rose on Monday.\n\n\"We are happy,\" said John Smith, the company's chief executive.",
			want: []string{`John Smith jobTitle "chief executive"`, "John Smith affiliation Acme Corp"}},
		{text: "Water\n\nWorkers from the Department of Environmental Protection gathered around a hole.\n\n“Don’t get nervous,” instructed Milton Vale, the agency’s district supervisor for Queens.",
			want:    []string{`Milton Vale jobTitle "district supervisor"`, "Milton Vale affiliation Department of Environmental Protection"},
			notWant: []string{"Milton Vale affiliation Queens"}},
		{text: "Results\n\nProfits rose on Monday.\n\n\"We are happy,\" said John Smith, the company's chief executive.",
			want: []string{`John Smith jobTitle "chief executive"`}},
	})
}

// TestOwnedBodies: "OWNER-owned BODY" gives the body its parent when the
// story names the owner as a body; an owner it does not name gives none.
func TestOwnedBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Groceries\n\nAmazon cut prices again. Shoppers flocked to Amazon-owned Whole Foods Market last week.",
			want: []string{"Whole Foods Market parentOrganization Amazon"}},
		{text: "Oil\n\nShares of State-owned Rosneft fell.",
			notWant: []string{"Rosneft parentOrganization State"}},
		{text: "Groceries\n\nThe price was matched at Kroger-owned QFC stores in the region.",
			notWant: []string{"QFC parentOrganization Kroger"}},
	})
}

// TestFromBodyAfterTitle: a titled person "from" a body after a speech verb
// works for it ("said chief inspector Jane Roe from Thames Valley Police");
// one signed "from" a club is not said to work there.
func TestFromBodyAfterTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Pills\n\n“We are concerned,” said chief inspector Jennifer Mattis from Thames Valley Police.",
			want: []string{`Jennifer Mattis jobTitle "chief inspector"`, "Jennifer Mattis affiliation Thames Valley Police"}},
		{text: "Football\n\nUnited signed striker John Barr from Chelsea Football Club.",
			notWant: []string{"John Barr affiliation Chelsea Football Club"}},
	})
}

// TestNominalInApposition: "the TITLE" right after a person's name and
// its comma describes that person, never one named before; a verb read as
// a noun ending in "-eer" is no trade.
func TestNominalInApposition(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Gaza\n\nSherine Abed, a neonatologist at Al-Shifa Hospital, said so.\n\nNesma Hajjaj walked south, Hajjaj said.\n\nSherine Abed, the doctor working at Al Aqsa Martyrs Hospital, explained that there were 22 infants.",
			want: []string{`Sherine Abed jobTitle "doctor"`}, notWant: []string{`Nesma Hajjaj jobTitle "doctor"`}},
		{text: "Game\n\nYou are looking on helplessly as huge amounts of the populace cheer Hitler on.",
			notWant: []string{`Hitler jobTitle "populace cheer"`}},
	})
}
