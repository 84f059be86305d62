package resolve

import (
	"testing"
)

func TestGenericKey(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"U.S. District Court", true},
		{"Federal District Court", true},
		{"District Court", true},
		{"Court of Appeals", true},
		{"U.S. Bankruptcy Court", true},
		{"High Court", true},
		{"State Supreme Court", true},
		{"City Council", true},
		{"Police Department", true},
		{"Court", true},
		{"Supreme Court", false}, // a country's own
		{"U.S. Supreme Court", false},
		{"State Department", false},
		{"State Council", false},
		{"Court of Appeals for the Ninth Circuit", false},
		{"Boston City Council", false},
		{"New York Police Department", false},
		{"Federal Reserve", false},
	} {
		if got := genericKey(Key(c.name, false)); got != c.want {
			t.Errorf("genericKey(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// A generic name stays apart across articles, and joins its other
// spellings within its article; a specific name still joins across.
func TestClusterGenericApart(t *testing.T) {
	groups := groupsOf([]g{
		{"org/district-court", 1, 1987, []string{"District Court"}},
		{"org/u-s-district-court", 1, 1987, []string{"U.S. District Court"}},
		{"org/district-court", 2, 1987, []string{"District Court"}},
		{"org/federal-district-court", 3, 1987, []string{"Federal District Court"}},
		{"org/state-department", 1, 1987, []string{"State Department"}},
		{"org/state-department", 2, 1987, []string{"State Department"}},
		{"org/supreme-court", 1, 1987, []string{"Supreme Court"}},
		{"org/u-s-supreme-court", 3, 1987, []string{"U.S. Supreme Court"}},
	})
	plan := cluster(groups)
	node := func(i int) string { return string(plan.target[groups[i]].node) }
	for _, c := range []struct {
		a, b int
		same bool
	}{
		{0, 1, true},  // one article's spellings
		{0, 2, false}, // two articles' district courts
		{0, 3, false},
		{2, 3, false},
		{4, 5, true}, // a specific body
		{6, 7, true},
	} {
		if got := node(c.a) == node(c.b); got != c.same {
			t.Errorf("groups %d (%s) and %d (%s): same node %v, want %v", c.a, node(c.a), c.b, node(c.b), got, c.same)
		}
	}
	// Order-free: the same nodes from the groups in reverse.
	rev := make([]*group, len(groups))
	for i, x := range groups {
		rev[len(groups)-1-i] = x
	}
	again := cluster(rev)
	for _, x := range groups {
		if again.target[x].node != plan.target[x].node {
			t.Errorf("reversed order: %s -> %s, was %s", x.node, again.target[x].node, plan.target[x].node)
		}
	}
}
