package extract

import "testing"

// TestAirportNames checks airports named with their codes: places when the
// code is no acronym and a name of the list opens with a known city.
func TestAirportNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"American plans to begin new international service between Alaska’s Seattle home and London Heathrow (LHR), Bangalore (BLR) and Shanghai Pudong (PVG).",
			map[string]EntityType{"London Heathrow": Place, "Bangalore": Place, "Shanghai Pudong": Place}, nil},
		// an acronym of the name is no airport's code
		{"The Securities and Exchange Commission (SEC) said on Monday it would look into the deal.",
			map[string]EntityType{"Securities and Exchange Commission": Organization}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestCodeOfInitials checks the codes made of a name's initials.
func TestCodeOfInitials(t *testing.T) {
	for _, c := range []struct {
		code, name string
		want       bool
	}{
		{"WTO", "World Trade Organisation", true},
		{"SEC", "Exchange Commission", true}, // cut on the left
		{"LHR", "London Heathrow", false},
		{"BLR", "Bangalore", false},
		{"PVG", "Shanghai Pudong", false},
	} {
		if got := codeOfInitials(c.code, c.name); got != c.want {
			t.Errorf("codeOfInitials(%q, %q) = %v, want %v", c.code, c.name, got, c.want)
		}
	}
}
