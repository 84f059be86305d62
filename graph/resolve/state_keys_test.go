package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// A state whose name is also a country's resolves under its name and
// "State": "Ga." and "Georgia State" are one node, place/georgia-state,
// named "Georgia State"; the country Georgia stays place/georgia; "Wash."
// is Washington the state, not Washington, D.C. A state named by its
// abbreviation alone is named by it (the shortest spelling on a tie).
func TestStateNodes(t *testing.T) {
	for _, c := range []struct {
		groups []g
		want   []string // each group's node and name
	}{
		{
			groups: []g{
				{"place/ga", 1, 1987, []string{"Ga."}},
				{"place/ga", 2, 1987, []string{"Ga."}},
				{"place/georgia-state", 3, 1987, []string{"Georgia State"}},
				{"place/georgia", 4, 2005, []string{"Georgia"}},
				{"place/georgia", 5, 2005, []string{"Georgia"}},
				{"place/wash", 6, 1987, []string{"Wash."}},
				{"place/washington-state", 7, 1987, []string{"Washington State"}},
				{"place/washington", 8, 1987, []string{"Washington"}},
			},
			want: []string{
				"place/georgia-state Georgia State", "place/georgia-state Georgia State", "place/georgia-state Georgia State",
				"place/georgia Georgia", "place/georgia Georgia",
				"place/washington-state Washington State", "place/washington-state Washington State", "place/washington Washington",
			},
		},
		{
			groups: []g{
				{"place/ga", 1, 1987, []string{"Ga."}},
				{"place/ga", 2, 1987, []string{"Ga"}},
				{"place/georgia", 3, 2005, []string{"Georgia"}},
			},
			want: []string{"place/ga Ga", "place/ga Ga", "place/georgia Georgia"},
		},
	} {
		groups := groupsOf(c.groups)
		for _, order := range [][]*group{groups, reversed(groups)} {
			plan := cluster(order)
			for i, w := range c.want {
				got := plan.target[groups[i]]
				if s := string(got.node)[len(vocab.ID):] + " " + got.name; s != w || got.kind != KindPlace {
					t.Errorf("%s %v: %s (%s), want %s", groups[i].node, groups[i].names, s, got.kind, w)
				}
			}
		}
	}
}
