package extract

import "testing"

// TestLikeBodies checks the one name after a plural noun of bodies and
// "like" or "such as": a body's.
func TestLikeBodies(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The anti-Trump resistance groups like Indivisible cannot agree on a candidate.",
			map[string]EntityType{"Indivisible": Organization}, nil},
		{"Data firms such as Appen hire many workers.",
			map[string]EntityType{"Appen": Organization}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
