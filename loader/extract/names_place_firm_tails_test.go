package extract

import "testing"

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
		{"Output fell in Leeds and in Hanley, the company said.",
			map[string]EntityType{"Leeds": City}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
