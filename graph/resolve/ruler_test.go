package resolve

import "testing"

func TestRulerTitled(t *testing.T) {
	for _, c := range []struct {
		titles []string
		want   bool
	}{
		{[]string{"King"}, true},
		{[]string{"King of Morocco"}, true},
		{[]string{"Crown Prince"}, true},
		{[]string{"chairman", "Sheikh"}, true},
		{[]string{"Emir of Kuwait"}, true},
		{[]string{"aid worker"}, false},
		{[]string{"Kingmaker"}, false},
		{[]string{"Secretary of State"}, false},
		{nil, false},
	} {
		if got := rulerTitled(c.titles); got != c.want {
			t.Errorf("rulerTitled(%q) = %v, want %v", c.titles, got, c.want)
		}
	}
}

// A one-word name after a ruler's title stays apart from the one full name
// ending with it, dates unknown; the same word without the title joins it.
func TestRulerNotSurname(t *testing.T) {
	groups := groupsOf([]g{
		{"person/margaret-hassan", 1, 0, []string{"Margaret Hassan"}},
		{"person/margaret-hassan", 2, 0, []string{"Margaret Hassan"}},
		{"person/hassan", 3, 0, []string{"Hassan"}},
		{"person/james-baker", 4, 0, []string{"James Baker"}},
		{"person/baker", 5, 0, []string{"Baker"}},
		{"org/treasury", 4, 0, []string{"Treasury"}},
		{"org/treasury", 5, 0, []string{"Treasury"}},
	})
	for _, x := range groups {
		if x.article == groups[2].article {
			x.titles = []string{"King"}
		}
	}
	plan := cluster(groups)
	if a, b := plan.target[groups[2]].node, plan.target[groups[0]].node; a == b {
		t.Errorf("King Hassan joined %s", b)
	}
	if a, b := plan.target[groups[4]].node, plan.target[groups[3]].node; a != b {
		t.Errorf("Baker on %s, James Baker on %s", a, b)
	}
}
