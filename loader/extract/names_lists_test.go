package extract

import (
	"testing"
)

// TestSpanJunk checks the span rules of names_firm_place.go, names_works.go
// and names_lists.go by mechanism: "of" and a place after a firm's final
// legal form is the firm's seat, not its name; a plural noun and "of"
// opening the sentence are no part of a firm's legal name; a common noun
// the wire capitalised after a country's abbreviation is no name's word; names read inside a work's
// title (a capitalised run with a word prose writes in lower case) are no
// names, wherever the article writes them; a dictionary word written only
// in headings in title case is no name; "and" after a list's comma joins
// two names; "and" inside a longer firm's name the article writes elsewhere
// joins one; a bare list of names (a team list) is a row; a person listed
// with a firm stays a person.
func TestSpanJunk(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"firm of a country", "News Corp Ltd of Australia said it has started its tender offer.",
			map[string]EntityType{"News Corp Ltd": Organization, "Australia": Country}, []string{"News Corp Ltd of Australia"}},
		{"firm of a town", "Colonial Bancorp Inc of New Holland, Pa., said it agreed to the merger.",
			map[string]EntityType{"Colonial Bancorp Inc": Organization, "New Holland": Place}, []string{"Colonial Bancorp Inc of New Holland"}},
		{"a legal name goes on after Corp of", "He bought shares of Anglo American Corp of South Africa Ltd last week.",
			map[string]EntityType{"Anglo American Corp of South Africa Ltd": Organization}, []string{"Anglo American Corp"}},
		{"a plural and of open the sentence", "Shares of Anglo American Corp rose on the news.",
			map[string]EntityType{"Anglo American Corp": Organization}, []string{"Shares of Anglo American Corp"}},
		{"a body's name opening with a singular stays", "Bank of Tokyo Ltd said it would raise its prime rate.",
			map[string]EntityType{"Bank of Tokyo Ltd": Organization}, nil},
		{"a common noun the wire capitalised after U.K.", "The U.K. Securities industry has been lobbying hard. Other securities firms agreed.",
			map[string]EntityType{"United Kingdom": Country}, []string{"U.K. Securities"}},
		{"a firm after U.S. stays", "U.S. Steel said output rose, and steel prices fell.",
			map[string]EntityType{"U.S. Steel": Organization}, nil},
		{"song title", "Eminem denied Elvis a fourth number one after his song, Like Toy Soldiers, stormed to the top of the charts. Martika's 1980s hit Toy Soldiers was sampled.",
			map[string]EntityType{"Elvis": Person}, []string{"Soldiers", "Toy Soldiers", "Like Toy Soldiers"}},
		{"song title after a comma", "The track claimed the top spot ahead of the latest re-release, Are You Lonesome Tonight, on Sunday.",
			nil, []string{"Lonesome Tonight", "You Lonesome Tonight"}},
		{"a show's star keeps his name", "And last week Only Fools and Horses star David Jason criticised the state of British television.",
			map[string]EntityType{"David Jason": Person}, []string{"Horses", "Fools"}},
		{"a sentence in title case is no title", "Why Voters Are Leaving Tony Blair For Charles Kennedy",
			map[string]EntityType{"Tony Blair": Person, "Charles Kennedy": Person}, nil},
		{"a word only in headings in title case", "Trouble With Your Vine Not Flowering?\n\nFlowering is reputedly in spring, the gardener Tom Hale said. Is Bougainvillea Considered Toxic or Poisonous to People, Kids, Pets?\n\nIt is not poisonous.",
			map[string]EntityType{"Tom Hale": Person}, []string{"Poisonous", "Flowering"}},
		{"list of firms", "Last month, Paramount, Universal and Warner Brothers said they were opting for the format.",
			map[string]EntityType{"Universal": Organization, "Warner Brothers": Organization}, []string{"Universal and Warner Brothers"}},
		{"a place before the comma is no list", "Cocaine was found in a vessel in Las Croabas, Customs and Border Protection announced on Tuesday.",
			map[string]EntityType{"Customs and Border Protection": Organization}, []string{"Border Protection"}},
		{"a firm of two names in a list", "Unilever, Procter and Gamble Co and Nestle raised their prices.",
			map[string]EntityType{"Procter and Gamble Co": Organization}, []string{"Gamble Co", "Procter"}},
		{"and inside a longer name", "Harper and Row Publishers Inc agreed to the offer. The offer is conditioned on 51 pct of Harper and Row's shares.",
			map[string]EntityType{"Harper and Row Publishers Inc": Organization}, []string{"Harper"}},
		{"a team list is a row", "Kirwan named his side on Tuesday.\n\nG Intoppa, S Perugini, CA del Fava, S Orlando, P Griffen, R Pedrazzi, KP Robertson.",
			nil, []string{"Fava", "CA", "KP Robertson"}},
		{"a list in prose is no row", "Kirwan said Britain, France, Germany, Italy, Spain and Portugal would sign.",
			map[string]EntityType{"Germany": Country, "Portugal": Country}, nil},
		{"a person listed with a firm", "Violations would follow if Samjens, formed by Asher Edelman and Dominion Textiles Inc of Canada, were to succeed.",
			map[string]EntityType{"Asher Edelman": Person, "Dominion Textiles Inc": Organization, "Canada": Country}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestSpanJunkTitles: the span rules keep the job titles around them: a
// firm's seat after "of" still closes an analyst's apposition, and a work's
// title before "director" is no part of the title.
func TestSpanJunkTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Prices will fall, said Louis Marckesano, an analyst for Janney Montgomery Scott Inc of Philadelphia.",
			want: []string{`Louis Marckesano jobTitle "analyst"`, "Louis Marckesano affiliation Janney Montgomery Scott Inc"}},
		{text: "Mike Leigh will compete for the prize with Roger Michell For Enduring Love and My Summer Of Love director Pawel Pawlikowski.",
			want: []string{`Pawel Pawlikowski jobTitle "director"`}, notWant: []string{`Pawel Pawlikowski jobTitle "For Enduring Love and My Summer Of Love director"`}},
	})
}

// TestOrgNameShapes checks s16-orgs' three span and type rules: a month
// opening a firm's legal name, a list whose item before the comma ends in a
// city's name, and the last of a list of people read as a body.
func TestOrgNameShapes(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a month opens a firm's name", "May Department Stores Co is raising 100 mln dlrs. The May Department Stores Co said it sold a unit.",
			map[string]EntityType{"May Department Stores Co": Organization}, []string{"Department Stores Co"}},
		{"the month before a body is a date", "The outlook for an agreement at the September International Coffee Organization meeting is hard to predict.",
			map[string]EntityType{"International Coffee Organization": Organization}, []string{"September International Coffee Organization"}},
		{"a trade's noun opens the sentence", "Underwriter Moseley Holding Corp said an initial public offering is underway.",
			map[string]EntityType{"Moseley Holding Corp": Organization}, []string{"Underwriter Moseley Holding Corp"}},
		{"the head before and", "Charter Federal Savings and Loan Association of Bristol, Va., said it agreed to the merger.",
			map[string]EntityType{"Charter Federal Savings and Loan Association of Bristol": Organization}, []string{"Loan Association of Bristol", "Charter"}},
		{"a month after in is a date", "In March Toyota Motor Corp raised its prices.",
			map[string]EntityType{"Toyota Motor Corp": Organization}, []string{"March Toyota Motor Corp"}},
		{"a list after a city's name", "Among those already targeted are Bank of America, UBS, Credit Suisse First Boston, Deutsche Bank and Citigroup.",
			map[string]EntityType{"Deutsche Bank": Organization, "Citigroup": Organization}, []string{"Deutsche Bank and Citigroup"}},
		{"the last of a list of people", "Charles' songs cast their spell on such stalwarts as Joe Cocker, Steve Winwood, Eric Burdon and Van Morrison.",
			map[string]EntityType{"Van Morrison": Person, "Joe Cocker": Person}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
