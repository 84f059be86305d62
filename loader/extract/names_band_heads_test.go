package extract

import "testing"

// TestBandNames checks the names right after "band" or "group": a body's,
// though they read like a person's or were left unnamed.
func TestBandNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		// a person-like name after "band" is a band's
		{"The folk band Harriet Lane played two encores in Bristol.",
			map[string]EntityType{"Harriet Lane": Organization}, nil},
		// a name left untyped after "band" is a band's
		{"Boy band McTavs were fourth while Glass Hounds were fifth.",
			map[string]EntityType{"McTavs": Organization}, nil},
		// a title after "group" opens a person's name, not a body's
		{"He succeeds Borvale group President Anne Duclos next month.",
			map[string]EntityType{"Anne Duclos": Person}, []string{"President"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
