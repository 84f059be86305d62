package extract

import "testing"

// TestTownInRegion: "Town, Region" where the gazetteer puts the town in that
// region, also before a list's "and" and a name after the comma; not where
// the gazetteer's town is elsewhere, nor a list of regions.
func TestTownInRegion(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Court\n\nThe case was filed in the U.S. Bankruptcy Court in Midland, Texas, Bell said.",
			want: []string{"Midland containedInPlace Texas"}},
		{text: "Network\n\nTCN began building a network to link San Antonio, Austin, Dallas and Houston, Texas.",
			want: []string{"Houston containedInPlace Texas"}, notWant: []string{"Dallas containedInPlace Texas"}},
		{text: "Elvis\n\nA three-day Elvis convention took place in Blackpool, England, over the weekend.",
			want: []string{"Blackpool containedInPlace England"}},
		{text: "Elvis\n\nA convention took place in Glasgow, England, over the weekend.",
			notWant: []string{"Glasgow containedInPlace England"}},
		{text: "Oil\n\nOil output rose in Houston, Texas and Oklahoma last year.",
			notWant: []string{"Houston containedInPlace Texas"}},
	})
}

// TestPartyTitleOpening: a party word (one word or two) opening a title
// before a name at the start of a sentence is the person's party.
func TestPartyTitleOpening(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Register\n\nLiberal Democrat leader Charles Kennedy registered donations.",
			want: []string{"Charles Kennedy affiliation Liberal Democrats", `Charles Kennedy jobTitle "Liberal Democrat leader"`}},
		{text: "Register\n\nTory leader Michael Howard's only fresh entry is a hamper.",
			want: []string{"Michael Howard affiliation Conservative Party"}},
		{text: "Asylum\n\nLiberal Democrat home affairs spokesman Mark Oaten said Labour was right.",
			want: []string{"Mark Oaten affiliation Liberal Democrats", `Mark Oaten jobTitle "Liberal Democrat home affairs spokesman"`}},
		{text: "Asylum\n\nConservative estimates by analyst John Smith were low.",
			notWant: []string{"John Smith affiliation Conservative Party"}},
	})
}

// TestNamedUnits: "FIRM's UNIT division", a unit named with the firm's first
// word, and "FIRM, owned by OWNER," give the parent organisation; a share
// owned does not.
func TestNamedUnits(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Deal\n\nEsselte Business Systems Inc's Esselte Meto division said it has acquired the Antonson America Co.",
			want: []string{"Esselte Meto parentOrganization Esselte Business Systems Inc"}},
		{text: "Hotels\n\nHoliday Corp's Holiday Inn Hotel Group said it will add a record 17 hotels.",
			want: []string{"Holiday Inn Hotel Group parentOrganization Holiday Corp"}},
		{text: "Traffic\n\nAmerican Airlines Inc, owned by AMR Corp, said its load factor dropped.",
			want: []string{"American Airlines Inc parentOrganization AMR Corp"}},
		{text: "Utilities\n\nThe Mississippi Supreme Court ordered cuts at the company's Mississippi Power and Light Co subsidiary.",
			notWant: []string{"Mississippi Power and Light Co parentOrganization Mississippi Supreme Court"}},
		{text: "Stake\n\nWardley Ltd, 50 pct owned by Hongkong and Shanghai Banking Corp, said it would grow.",
			notWant: []string{"Wardley Ltd parentOrganization Hongkong and Shanghai Banking Corp"}},
	})
}

// TestPlacePossessor: a place whose possessive names the body a person
// serves gives way to that body; a town that modifies a firm's noun is no
// one's home; a country named after the person, and a place that possesses
// the post, stay.
func TestPlacePossessor(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Boerse\n\nBut, Hans Reckers, a board member of Germany's central bank, the Bundesbank, said trading should stay.",
			want: []string{"Hans Reckers affiliation Bundesbank"}, notWant: []string{"Hans Reckers nationality Germany"}},
		{text: "Brokers\n\nRene Rivkin, head of Sydney brokerage house Rivkin James Capel Ltd, said many brokers will resist.",
			notWant: []string{"Rene Rivkin homeLocation Sydney"}},
		{text: "Vote\n\nHeinz Hofer of Switzerland was elected executive committee chairman and Mette Mogstad of Norway vice chairman, they added.",
			want: []string{"Mette Mogstad homeLocation Norway"}},
		{text: "Trade\n\nAssad Omar, Afghanistan's envoy to the United Nations in Geneva, said accession would help.",
			want: []string{"Assad Omar affiliation Afghanistan"}},
	})
}

// TestAdjectiveAndVerbTitles: a title word that is an adjective before a
// common noun, or a verb after "to", holds no title; the post stays.
func TestAdjectiveAndVerbTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Props\n\nEngland have lost two props while blind-side flanker Lewis Moody is a major concern.",
			notWant: []string{`Lewis Moody jobTitle "major"`}},
		{text: "Bank\n\nKhoo is a major shareholder of the National Bank of Brunei.",
			notWant: []string{`Khoo jobTitle "major"`}},
		{text: "Chelsea\n\nJarosik found space in the area to powerfully head Lampard's corner goalwards.",
			notWant: []string{`Lampard jobTitle "head"`}},
		{text: "Ford\n\nJohn Smith, a general manager at Ford, said so.",
			want: []string{`John Smith jobTitle "general manager"`}},
	})
}
