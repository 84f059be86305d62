package extract

import "testing"

// TestNotBodyName checks the heads that unmake a body or a person, and the
// words that keep a head inside a body's name.
func TestNotBodyName(t *testing.T) {
	tests := []struct {
		name string
		typ  EntityType
		want bool
	}{
		{"Harbour Pilotage Act", Organization, true},
		{"Harbour Pilotage Act 1983", Organization, true},
		{"Quarry Safety Bill", Organization, true},
		{"Dalmore Accord", Organization, true},
		{"Tallis Grain Agreement", Organization, true},
		{"Merrow Poetry Prize", Organization, true},
		{"Kestrel Freight Index", Person, true},
		{"Osaka Metals Average", Organization, true},
		{"Bergen Interbank Offered Rate", Organization, true},
		{"Andean Currency Units", Organization, true},
		{"Jack Law", Person, false},     // a surname
		{"Buffalo Bill", Person, false}, // a given name
		{"Harwick College of Law", Organization, false},
		{"Fenn Equity & Law", Organization, false},
		{"Standing Committee on Mining Law", Organization, false},
		{"Act", Organization, false}, // one word: an alias at most
		{"Harbour Pilotage Authority", Organization, false},
		{"Dalmore Export Incentive Program", Organization, true},
		{"Kestrel Hydroelectric Project", Organization, true},
		{"Kestrel Hydroelectric Project", Person, false},              // "agency" unmakes organisations only
		{"United Nations Development Programme", Organization, false}, // a known body's agency
	}
	for _, tt := range tests {
		if got := notBodyName(tt.name, tt.typ); got != tt.want {
			t.Errorf("notBodyName(%q, %v) = %v, want %v", tt.name, tt.typ, got, tt.want)
		}
	}
}

// TestAcronymLetters checks the acronyms of a long name: its initials in
// order, other letters of it allowed, a plural "s" aside.
func TestAcronymLetters(t *testing.T) {
	tests := []struct {
		short, long string
		want        bool
	}{
		{"BIBOR", "Bergen Interbank Offered Rate", true},
		{"Bibor", "Bergen Interbank Offered Rate", true},
		{"ACUs", "Andean Currency Units", true},
		{"TGA", "Tallis Grain Agreement", true},
		{"TGB", "Tallis Grain Agreement", false},
		{"GA", "Tallis Grain Agreement", false},
		{"Tallis", "Tallis Grain Agreement", false},
	}
	for _, tt := range tests {
		if got := acronymLetters(tt.short, tt.long); got != tt.want {
			t.Errorf("acronymLetters(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

// TestNotBodies checks dropNotBodies on articles: the name, its acronym, its
// first words and its head alone go; a body sharing the first words stays.
func TestNotBodies(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a law and its head alone", "The Harbour Pilotage Act was passed in 1983, Anna Kovacs said. The Act lets the port licence pilots.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Harbour Pilotage Act", "Act"}},
		{"a rate, cut short, and its acronym", "Loans are priced at 50 basis points over Bergen Interbank Offered Rates (BIBOR), Nordvik Bank Ltd said. BIBOR rose.",
			map[string]EntityType{"Nordvik Bank Ltd": Organization}, []string{"Bergen Interbank", "BIBOR", "Bergen Interbank Offered Rates"}},
		{"a treaty and its first word", "The Dalmore Accord was signed by finance ministers in Paris, Anna Kovacs said. Dalmore targets were missed.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Dalmore Accord", "Dalmore"}},
		{"an index and a body of the same first words", "The Harwick Stock Average fell 20 points, Harwick Stock Exchange Ltd said. Harwick said trading was thin.",
			map[string]EntityType{"Harwick Stock Exchange Ltd": Organization}, []string{"Harwick Stock Average"}},
		{"a programme and its name in brackets", "Nordvik Bank Ltd lent under the Dalmore Export Credit Guarantee Program (DXC-103), the bank said. Sales under DXC-103 rose.",
			map[string]EntityType{"Nordvik Bank Ltd": Organization}, []string{"Dalmore Export Credit Guarantee Program", "DXC-103"}},
		{"a firm before a slash", "The warrants will be offered to investors in the Nordvik/Kestrel Energy Income Program II, Nordvik Bank Ltd said.",
			map[string]EntityType{"Nordvik Bank Ltd": Organization}, []string{"Kestrel Energy Income Program"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
