package resolve

import "testing"

func TestNearYears(t *testing.T) {
	for _, c := range []struct {
		year  int
		years map[int]int
		want  bool
	}{
		{1987, map[int]int{1987: 3}, true},
		{1987, map[int]int{1992: 1}, true},
		{1987, map[int]int{1993: 1}, false},
		{1987, map[int]int{2004: 2, 2005: 1}, false},
		{2005, map[int]int{2004: 2}, true},
		{2004, map[int]int{1987: 5, 2003: 1}, true},
		{0, map[int]int{2004: 1}, true}, // the article's year unknown
		{1987, map[int]int{0: 1}, true}, // the person's years unknown
		{1987, map[int]int{}, false},
	} {
		if got := nearYears(c.year, c.years); got != c.want {
			t.Errorf("nearYears(%d, %v) = %v, want %v", c.year, c.years, got, c.want)
		}
	}
}
