package extract

import "testing"

// TestSpelledAcronym checks the acronyms read as spelling a name's words.
func TestSpelledAcronym(t *testing.T) {
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"CARICOM", "Caribbean Community", true},
		{"ZCCM", "Zambia Consolidated Copper Mines", true},
		{"NAFTA", "North American Free Trade Agreement", true},
		{"CAN", "Canada Post", false},
		{"CC", "Caribbean Community", false},
		{"XYZ", "Caribbean Community", false},
	} {
		if got := spelledAcronym(c.acr, c.name); got != c.want {
			t.Errorf("spelledAcronym(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}

// TestApposedAcronymBodies checks apposedAcronymBodies on an article.
func TestApposedAcronymBodies(t *testing.T) {
	checkNames(t, "Anna Kovacs says manufacturers should focus on increasing exports within the Caribbean Community, CARICOM.",
		map[string]EntityType{"Caribbean Community": Organization, "Anna Kovacs": Person}, nil)
}
