package extract

import "testing"

// TestDescribedFirms checks names_descriptor_glue.go: a nationality or a
// place and a lower-case firm noun glued before a firm's name are no part of
// it; the place stays a place.
func TestDescribedFirms(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a nationality", "The deal was agreed with Swedish group Nordvik last week.",
			map[string]EntityType{"Nordvik": Organization}, []string{"Swedish group Nordvik"}},
		{"a country", "It completed the purchase of US firm Ameritrade next month.",
			map[string]EntityType{"Ameritrade": Organization, "United States": Country}, []string{"US firm Ameritrade"}},
		{"a place", "The bonds were placed by Wall Street firm Halvex Brothers.",
			map[string]EntityType{"Halvex Brothers": Organization}, []string{"Wall Street firm Halvex Brothers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestOwnedUnits checks names_possessive_units.go: an owner's possessive
// before a unit with a name of its own ("Arco", "LNM") is no part of the
// unit's name, and the owner is the unit's parent; before dictionary words
// ("Investors Service", "Cos") it is one firm's name.
func TestOwnedUnits(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a unit with a legal form", "Transco Energy's Kelvex Pipeline Co said it cut rates.",
			map[string]EntityType{"Kelvex Pipeline Co": Organization, "Transco Energy": Organization}, []string{"Transco Energy's Kelvex Pipeline Co"}},
		{"an acronym's holdings", "The group was formed when Mr Varga's KBL Holdings merged with a rival.",
			map[string]EntityType{"KBL Holdings": Organization}, []string{"Varga's KBL Holdings"}},
		{"dictionary words go on", "Moody's Investors Service Inc said it may downgrade the debt.",
			map[string]EntityType{"Moody's Investors Service Inc": Organization}, []string{"Investors Service Inc"}},
		{"a firm's plural", "Analysts said Lowe's Cos Inc would report higher sales.",
			map[string]EntityType{"Lowe's Cos Inc": Organization}, []string{"Cos Inc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
	runRules(t, []ruleCase{
		{text: "Pipelines\n\nTransco Energy's Kelvex Pipeline Co said it cut rates.",
			want: []string{"Kelvex Pipeline Co parentOrganization Transco Energy"}},
		{text: "Ratings\n\nMoody's Investors Service Inc said it may downgrade the debt.",
			notWant: []string{"Investors Service Inc parentOrganization Moody"}},
		{text: "Trading\n\nJohn Marel, head trader for Carl Vance's Kelvex Corp, agreed to the penalties.",
			want: []string{`John Marel jobTitle "head trader"`, "John Marel affiliation Kelvex Corp"}},
		{text: "Contracts\n\nHalvex Industries Inc said the Pentagon awarded the company's Kelvex Defense Inc unit new contracts.",
			notWant: []string{"Kelvex Defense Inc parentOrganization Pentagon"}},
	})
}

// TestBodiesBeforeModifiedTitles checks names_title_modifiers.go: a body
// before a title with its modifiers ("chief economist") and a person's name
// is found; not at the opening of a sentence, where any word is capitalised.
func TestBodiesBeforeModifiedTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"chief", "The figures were strong,\" Nordbank chief economist Peter Lund said of the data.",
			map[string]EntityType{"Nordbank": Organization, "Peter Lund": Person}, nil},
		{"senior", "Prices will rise, said Nordvik senior analyst Peter Lund.",
			map[string]EntityType{"Nordvik": Organization, "Peter Lund": Person}, nil},
		{"a word opening the sentence", "Olympic heptathlon champion Anna Berg won again.",
			map[string]EntityType{"Anna Berg": Person}, []string{"Olympic"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
