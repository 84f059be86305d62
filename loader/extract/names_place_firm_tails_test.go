package extract

import (
	"strings"
	"testing"
)

// TestPlaceFirmTailNames checks that a place-read name ending in a trade's
// plural or "International" is a business, that one ending in "Index" or
// "Imports" names nothing, and that places stay places.
func TestPlaceFirmTailNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Ohio Banks in Ohio and Trust Co banks in Georgia have raised their prime rate to 9 pct.",
			map[string]EntityType{"Ohio Banks": Organization}, nil},
		{"Sales rose in Leeds Metals and in Hanley International in local currency terms, the company said.",
			map[string]EntityType{"Leeds Metals": Organization, "Hanley International": Organization}, nil},
		{"In the end this would bring a fall in U.K. Imports.",
			nil, []string{"U.K. Imports"}},
		{"The insured deposits were assumed by Bank of Clay County, Mo., the FDIC said.",
			map[string]EntityType{"Bank of Clay County": Organization}, nil},
		{"The accounts were transferred to First Bank of Polk County, Fla., the regulator said.",
			map[string]EntityType{"First Bank of Polk County": Organization}, nil},
		{"Fighting spread across the West Bank and into Gaza on Monday.",
			map[string]EntityType{"West Bank": Place}, nil},
		{"Output fell in Leeds and in Hanley, the company said.",
			map[string]EntityType{"Leeds": City}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestPlaceCarrierTails checks that a place-read name ending in a
// carrier's head word is taken for a business, and a place's is not.
func TestPlaceCarrierTails(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Northern Ohio Railroads", true},
		{"Great Plains Railroad", true},
		{"Lake Country Airline", true},
		{"Northern Ohio", false},
	} {
		m := &mention{typ: Place, name: c.name, start: 0, end: len(strings.Fields(c.name))}
		if got := placeTail(m, placeFirmTails); got != c.want {
			t.Errorf("placeTail(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
