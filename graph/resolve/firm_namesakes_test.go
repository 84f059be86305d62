package resolve

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// A firm named after a person stands apart from the person when two
// articles or more give the full name, typed Person, a title or an
// affiliation; a firm whose name only one article reads as a person's
// stays one node with it; and a firm an article named with its short name
// takes that name along, without the person's name joining it as an alias.
func TestFirmNamesakes(t *testing.T) {
	list := []personAt{
		{"person/orson-pettigrew", 1, 1987, []string{"economist"}, []string{"org/halvard-securities"}},
		{"person/orson-pettigrew", 2, 1987, []string{"economist"}, nil},
		{"person/orson-pettigrew", 3, 1987, nil, nil},
		{"org/orson-pettigrew-ltd", 4, 1987, nil, nil},
		{"org/orson-f-pettigrew-and-co", 5, 1987, nil, nil},
		{"person/tamsin-greaves", 6, 1987, []string{"chairman"}, nil}, // one article only
		{"org/tamsin-greaves-inc", 7, 1987, nil, nil},
		{"org/tamsin-greaves-inc", 8, 1987, nil, nil},
		{"person/orson-f-pettigrew", 9, 1987, nil, nil},
	}
	groups, person := peopleGroups(list)
	// Article 5 named the firm "Orson F. Pettigrew and Co" and "Orson F.
	// Pettigrew": one group of the two.
	for _, g := range groups {
		if g.article == quad.IRI(vocab.ID+"article/a5") {
			g.names = append(g.names, "Orson F. Pettigrew")
		}
	}
	for _, order := range [][]*group{groups, reversed(groups)} {
		plan := cluster(order)
		at := func(a int) quad.IRI { return plan.target[person[a]].node }
		if at(1) != "http://newsgraph.org/id/person/orson-pettigrew" || at(2) != at(1) || at(3) != at(1) || at(9) != at(1) {
			t.Errorf("Orson Pettigrew the economist on %s, %s, %s, %s: want person/orson-pettigrew", at(1), at(2), at(3), at(9))
		}
		if at(4) == at(1) || at(5) != at(4) || plan.target[person[4]].kind != KindOrg {
			t.Errorf("the firms Orson Pettigrew Ltd and Orson F. Pettigrew and Co on %s and %s (%s), the person on %s: want one organisation apart",
				at(4), at(5), plan.target[person[4]].kind, at(1))
		}
		if at(6) != at(7) || at(8) != at(7) {
			t.Errorf("Tamsin Greaves, titled in one article, on %s, the firm on %s and %s: want one node", at(6), at(7), at(8))
		}
	}
}
