package extract

import "testing"

// TestPartnershipCues checks that partners listed after "firm of" or "a
// partner with" are one firm, with or without a legal form after a comma,
// and that a list of towns after "in" stays places.
func TestPartnershipCues(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Mr Dorn, a partner with Fenwick, Barlow, Tate and Hamilton, told the hearing the terms were fair.",
			map[string]EntityType{"Fenwick, Barlow, Tate and Hamilton": Organization}, []string{"Hamilton", "Barlow"}},
		{"The Chicago brokerage firm of Crane, Leeds and Mowbray said it had sold its stake.",
			map[string]EntityType{"Crane, Leeds and Mowbray": Organization}, []string{"Leeds", "Mowbray"}},
		{"Six of the traders worked for Dunmore, Pike, Tolland and Leeds, Inc., the agency said.",
			map[string]EntityType{"Dunmore, Pike, Tolland and Leeds, Inc.": Organization}, []string{"Tolland"}},
		{"The company has plants in Dayton, Akron, Toledo and Hamilton, the report said.",
			map[string]EntityType{"Dayton": City, "Hamilton": City}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
