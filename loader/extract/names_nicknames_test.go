package extract

import (
	"slices"
	"testing"
	"time"
)

// TestNicknamedPeople checks that a given name or initials, a nickname in
// quotes and a surname are one person, named with the nickname and known
// without it too, and that quotes around a title are left alone.
func TestNicknamedPeople(t *testing.T) {
	pub := time.Date(2023, 5, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text  string
		name  string   // the person's name; "" for none
		alias string   // an alias it must have
		not   []string // names no entity may have
	}{
		{"The plant is run by R.T. \"Skip\" Hallworth, its president, the company said.",
			`R.T. "Skip" Hallworth`, "R.T. Hallworth", []string{"R.T.", `Skip" Hallworth`}},
		{"The club hired Dennis “Dusty” Carrowell as its coach on Monday.",
			"Dennis “Dusty” Carrowell", "Dennis Carrowell", []string{"Dennis", "Dusty"}},
		{"Voters backed Margaret “Peggy” Olander Jr. in the primary.",
			"Margaret “Peggy” Olander Jr.", "Margaret Olander Jr.", nil},
		// a word in quotes after a name that is no given name: no person
		{"Analysts said Boeing \"Dreamliner\" Orders rose in March.",
			"", "", []string{`Boeing "Dreamliner" Orders`}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		var names []string
		found := false
		for _, e := range doc.Entities {
			names = append(names, e.Name)
			names = append(names, e.Aliases...)
			if e.Name == c.name {
				found = true
				if e.Type != Person {
					t.Errorf("%q: %q typed %v, want Person", c.text, c.name, e.Type)
				}
				if !slices.Contains(e.Aliases, c.alias) {
					t.Errorf("%q: %q has aliases %q, want %q", c.text, c.name, e.Aliases, c.alias)
				}
			}
		}
		if c.name != "" && !found {
			t.Errorf("%q: no entity named %q; names %q", c.text, c.name, names)
		}
		for _, n := range c.not {
			if slices.Contains(names, n) {
				t.Errorf("%q: entity named %q; names %q", c.text, n, names)
			}
		}
	}
}
