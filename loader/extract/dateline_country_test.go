package extract

import (
	"slices"
	"testing"
	"time"
)

// A national body named without a country in a story that names no place
// is the one of the country the story was filed from.
func TestDatelineCountry(t *testing.T) {
	const text = "The Treasury said it would sell 9.75 billion dlrs of bills on Monday.\n\nThe Finance Ministry had no comment."
	for _, c := range []struct {
		dateline string
		want     []string
	}{
		{"WASHINGTON", []string{"Treasury Department"}},
		{"TOKYO", []string{"Japan Finance Ministry"}},
		{"PARIS", []string{"France Treasury", "France Finance Ministry"}},
		{"", []string{"Treasury", "Finance Ministry"}},
		{"NOWHERESVILLE", []string{"Treasury", "Finance Ministry"}},
	} {
		doc := Rules{}.ExtractFiled(text, time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), c.dateline)
		names := namesOfType(doc, Organization)
		for _, w := range c.want {
			if !slices.Contains(names, w) {
				t.Errorf("dateline %q: organisations %q, want %q among them", c.dateline, names, w)
			}
		}
	}
}

// A story that names two countries as often is of the one it was filed
// from, for its national bodies named without a country; when it names
// another country more often, the body stays without one.
func TestDatelineCountryTie(t *testing.T) {
	const text = "Treasury Secretary James Baker said the United States and Japan remain committed to stable currencies.\n\nThe Treasury declined further comment."
	for _, c := range []struct {
		dateline, want string
	}{
		{"WASHINGTON", "Treasury Department"},
		{"TOKYO", "Japan Treasury"},
		{"", "Treasury"},
	} {
		doc := Rules{}.ExtractFiled(text, time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), c.dateline)
		names := namesOfType(doc, Organization)
		if !slices.Contains(names, c.want) {
			t.Errorf("dateline %q: organisations %q, want %q among them", c.dateline, names, c.want)
		}
	}
}
