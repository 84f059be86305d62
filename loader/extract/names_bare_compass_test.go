package extract

import "testing"

// TestDropBareCompass checks that a compass adjective alone, or a court's
// compass district, makes no place, and that the places around it stay.
func TestDropBareCompass(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Central bank governor Maria Lopez said reserves in Lima rose 3 pct.",
			map[string]EntityType{"Lima": City, "Maria Lopez": Person}, []string{"Central"}},
		{"Exports to Western and Eastern European countries fell, the ministry in Warsaw said.",
			map[string]EntityType{"Warsaw": City}, []string{"Western", "Eastern"}},
		{"The firm sells its trucks in Mexico, Central and South America.",
			map[string]EntityType{"Mexico": Country}, []string{"Central"}},
		{"The suit was filed in the U.S. District Court for the Northern District of Ohio, the company said.",
			map[string]EntityType{"Ohio": Place}, []string{"Northern District"}},
		{"Rain fell over Northern Ireland and Western Australia on Monday.",
			map[string]EntityType{"Northern Ireland": Place, "Western Australia": Place}, nil}, // whole names stay
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
