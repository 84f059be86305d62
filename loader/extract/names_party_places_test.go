package extract

import "testing"

// TestPartyPlaces checks names_party_places.go: a place or a chamber
// read with a party's member word is the place or the chamber; a party's
// own name stays whole.
func TestPartyPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"state before a member", "“There’s collective amnesia,” said Senator Mark Warner, a Virginia Democrat.",
			map[string]EntityType{"Mark Warner": Person, "Virginia": Place, "Democratic Party": Organization}, []string{"Virginia Democrat"}},
		{"state before a member, plural", "Two Ohio Republicans voted against the bill on Tuesday.",
			map[string]EntityType{"Ohio": Place}, []string{"Ohio Republicans"}},
		{"state before the party's adjective and a title", "Rhode Island Democratic Sen. Claiborne Pell introduced legislation to permit eight states to sell bonds.",
			map[string]EntityType{"Rhode Island": Place, "Claiborne Pell": Person}, []string{"Rhode Island Democratic"}},
		{"chamber before members stays a group", "At a White House meeting with Senate Republicans, he said he would veto it.",
			map[string]EntityType{"Senate Republicans": Organization}, nil},
		{"party adjective before a chamber", "Partly because he faced a Democratic House of Representatives, radicals were restrained.",
			nil, []string{"Democratic House of Representatives", "Democratic House"}},
		{"adjectives before the White House", "Presumptive Democratic White House nominee Joe Biden joined growing calls.",
			map[string]EntityType{"White House": Organization, "Joe Biden": Person}, []string{"Presumptive Democratic White House"}},
		{"a party's name stays", "The Democratic Party and the Republican National Committee raised money.",
			map[string]EntityType{"Democratic Party": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
