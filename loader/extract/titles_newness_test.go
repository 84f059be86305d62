package extract

import "testing"

// TestWithoutNewness checks titles_newness.go.
func TestWithoutNewness(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"new coach", "coach"},
		{"New chief executive", "chief executive"},
		{"newly-appointed chief executive", "chief executive"},
		{"newly elected leader", "leader"},
		{"New Zealand ambassador", "New Zealand ambassador"},
		{"new", "new"},
		{"newspaper owner", "newspaper owner"},
		{"chief executive", "chief executive"},
	} {
		if got := withoutNewness(c.in); got != c.want {
			t.Errorf("withoutNewness(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkJobTitles(t, "Dawson has fallen out of favour with new coach Andy Robinson.",
		[]string{"Andy Robinson|coach"}, []string{"Andy Robinson|new coach"})
}
