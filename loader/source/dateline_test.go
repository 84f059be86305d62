package source

import "testing"

func TestDatelinePlace(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"SALVADOR, Feb 26 -", "SALVADOR"},
		{"NEW YORK, March 3 -", "NEW YORK"},
		{"  WASHINGTON (Reuters) - ", "WASHINGTON"},
		{"Rio de Janeiro, 4 March", "Rio de Janeiro"},
		{"LONDON -", "LONDON"},
		{"March 3 -", ""},
		{"", ""},
		{"26-FEB-1987", ""},
		{"the story was filed from a city whose name is far too long to be one", ""},
	} {
		if got := datelinePlace(c.line); got != c.want {
			t.Errorf("datelinePlace(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
