package extract

import (
	"slices"
	"testing"
	"time"
)

// A national body named without a country, in a story where no country
// leads (mainCountry finds none), is the one of the capital the story was
// filed from; not when its sentences report from another country's city or
// body, and a Treasury only where the gazetteer knows the capital's one.
func TestCapitalBody(t *testing.T) {
	const leadless = "Brazil and Argentina held trade talks on Tuesday.\n\nBrazil wants lower tariffs, and Argentina agreed.\n\nBrazil signed the accord.\n\n"
	for _, c := range []struct {
		name, dateline, text, want string
	}{
		{"capital's ministry", "SANTIAGO", leadless + "The Finance Ministry said it expected exports to rise.", "Chile Finance Ministry"},
		{"capital's central bank", "LIMA", leadless + "The Central Bank said reserves rose.", "Peru Central Bank"},
		{"capital's known treasury", "WASHINGTON", leadless + "Treasury Secretary Hugh Dalton said the talks went well.", "Treasury Department"},
		{"no known treasury there", "LIMA", leadless + "Treasury Secretary Hugh Dalton said the talks went well.", "Treasury"},
		{"not filed from a capital", "VALPARAISO", leadless + "The Finance Ministry said it expected exports to rise.", "Finance Ministry"},
		{"no dateline", "", leadless + "The Finance Ministry said it expected exports to rise.", "Finance Ministry"},
		{"another country's city reports", "SANTIAGO", leadless + "Radio broadcasts in Havana quoted a Finance Ministry spokesman on the talks.", "Finance Ministry"},
		{"a body named after another country's city reports", "SANTIAGO", leadless + "Tehran Radio quoted a Foreign Ministry spokesman on the talks.", "Foreign Ministry"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := Rules{}.ExtractFiled(c.text, time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), c.dateline)
			names := namesOfType(doc, Organization)
			if !slices.Contains(names, c.want) {
				t.Errorf("dateline %q: organisations %q, want %q among them", c.dateline, names, c.want)
			}
		})
	}
}

func TestLeadingPlaceCountry(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Tehran Radio", "Iran"},
		{"Vietnam News Agency", "Vietnam"},
		{"Acme Widgets", ""},
		{"Tokyo", ""}, // a name that is all place is no body named after one
	} {
		if got := leadingPlaceCountry(c.name); got != c.want {
			t.Errorf("leadingPlaceCountry(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// An article with no dateline whose places give no country the lead takes
// the country its places and national bodies name together twice as often
// as any other; with a dateline, or with no such lead, the body keeps its
// name.
func TestBodiesVoteWithoutDateline(t *testing.T) {
	const ukBodies = "Budget row\n\nLabour and the Tories clashed over taxes on Tuesday, while Romania and Spain watched.\n\nLabour said Downing Street would not give way, and the Tories disagreed.\n\nA Treasury spokesman said the figures were sound."
	const noLead = "Budget row\n\nLabour clashed with ministers on Tuesday, while Romania, Spain and Italy watched.\n\nA Treasury spokesman said the figures were sound."
	for _, c := range []struct {
		name, dateline, text, want string
	}{
		{"bodies give the lead", "", ukBodies, "HM Treasury"},
		{"no lead with the bodies", "", noLead, "Treasury"},
		{"a dateline's story keeps to its places", "NOWHERESVILLE", ukBodies, "Treasury"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := Rules{}.ExtractFiled(c.text, time.Date(2005, 3, 2, 0, 0, 0, 0, time.UTC), c.dateline)
			names := namesOfType(doc, Organization)
			if !slices.Contains(names, c.want) {
				t.Errorf("organisations %q, want %q among them", names, c.want)
			}
		})
	}
}
