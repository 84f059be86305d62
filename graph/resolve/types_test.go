package resolve

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// "D.C." after Washington is Washington's node, in either order; a firm
// named "DC" stays apart.
func TestDistrictIsItsCity(t *testing.T) {
	groups := groupsOf([]g{
		{"place/d-c", 1, 1987, []string{"D.C."}},
		{"place/washington", 2, 1987, []string{"Washington"}},
		{"place/washington", 3, 1987, []string{"Washington"}},
		{"org/dc", 4, 1987, []string{"DC"}},
	})
	plan := cluster(groups)
	node := map[string]quad.IRI{}
	for _, gr := range groups {
		node[string(gr.node)[len(vocab.ID):]] = plan.target[gr].node
	}
	if node["place/d-c"] != node["place/washington"] || node["place/washington"] != quad.IRI(vocab.ID+"place/washington") {
		t.Errorf("D.C. on %s, Washington on %s: want both on place/washington", node["place/d-c"], node["place/washington"])
	}
	if node["org/dc"] == node["place/washington"] {
		t.Errorf("the firm DC joined Washington")
	}
}

// A trade's workers after another word name a union, however most of its
// articles typed it ("United Steelworkers" read as a person).
func TestWorkersAreUnions(t *testing.T) {
	groups := groupsOf([]g{
		{"person/united-steelworkers", 1, 1987, []string{"United Steelworkers"}},
		{"person/united-steelworkers", 2, 1987, []string{"United Steelworkers"}},
		{"person/united-steelworkers", 3, 1987, []string{"United Steelworkers"}},
		{"org/united-steelworkers", 4, 1987, []string{"United Steelworkers"}},
		{"person/john-workers", 5, 1987, []string{"John Workers"}},
	})
	plan := cluster(groups)
	for _, gr := range groups {
		want := KindOrg
		if gr.node == quad.IRI(vocab.ID+"person/john-workers") {
			want = KindPerson // no article read it as a body
		}
		if got := plan.target[gr].kind; got != want {
			t.Errorf("%s: %s, want %s", gr.node, got, want)
		}
	}
}
