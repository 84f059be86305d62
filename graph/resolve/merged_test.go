package resolve

import (
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// mergeByPlan returns the groups as a store holds them after a run of
// plan: the groups of one article with one target are one group on it,
// with the original IRIs and names of all.
func mergeByPlan(groups []*group, plan clusters) []*group {
	type at struct{ node, article quad.IRI }
	moved := map[at]quad.IRI{} // a group -> its target's node
	for _, gr := range groups {
		moved[at{gr.node, gr.article}] = plan.target[gr].node
	}
	byTarget := map[at]*group{}
	var out []*group
	for _, gr := range groups {
		k := at{plan.target[gr].node, gr.article}
		m := byTarget[k]
		if m == nil {
			m = &group{node: k.node, article: gr.article, year: gr.year}
			byTarget[k] = m
			out = append(out, m)
		}
		m.raw = append(m.raw, gr.raw...)
		m.names = append(m.names, gr.names...)
		m.moved = m.moved || k.node != gr.node || len(m.raw) > 1
		for _, o := range gr.affiliated { // the facts' objects move too
			if to, ok := moved[at{o, gr.article}]; ok {
				o = to
			}
			m.affiliated = append(m.affiliated, o)
		}
	}
	for _, m := range out {
		slices.Sort(m.raw)
		m.raw = slices.Compact(m.raw)
		slices.Sort(m.names)
		m.names = slices.Compact(m.names)
		slices.Sort(m.affiliated)
		m.affiliated = slices.Compact(m.affiliated)
	}
	slices.SortFunc(out, byNodeArticle)
	return out
}

// A second run decides as the first: the groups an article gave apart and
// the first run put on one node are one group then, and read as they did
// apart. A person and a firm of one article merged (their names together,
// the firm's first): the person's one-word name stays a surname, not the
// firm's other name ("Harlow" joins no firm "Harlow Benning"). An acronym
// and its full name of one article merged: the acronym is read against the
// full name's own IRI, not the group's first ("NDV" stays with "Norte de
// Valle"). A place and an organisation of one article merged on the
// place's node: the group's acronym is the place's, and joins no
// organisation of its letters ("E.V" stays a firm of its own).
func TestClusterSecondRun(t *testing.T) {
	list := []g{
		{"org/harlow-benning-and-co-inc", 1, 1987, []string{"Harlow, Benning and Co Inc"}},
		{"person/harlow-benning", 1, 1987, []string{"Harlow Benning", "Harlow"}},
		{"org/harlow-benning", 2, 1987, []string{"Harlow Benning", "Harlow"}},
		{"org/harlow", 3, 1987, []string{"Harlow"}},
		{"org/harlow", 4, 1987, []string{"Harlow"}},
		{"org/harlow", 5, 1987, []string{"Harlow"}},
		{"org/norte-de-valle", 10, 1987, []string{"Norte de Valle", "NDV"}},
		{"org/ndv", 10, 1987, []string{"NDV", "NdV"}},
		{"org/ndv", 11, 1987, []string{"NDV"}},
		{"place/east-varania", 20, 1987, []string{"East Varania", "E.V."}},
		{"org/east-varania-the", 20, 1987, []string{"East Varania...The"}},
		{"place/east-varania", 21, 1987, []string{"East Varania"}},
		{"place/east-varania", 22, 1987, []string{"East Varania"}},
		{"place/east-varania", 23, 1987, []string{"East Varania"}},
		{"org/e-v", 24, 1987, []string{"E.V"}},
		{"org/e-v", 25, 1987, []string{"E.V"}},
	}
	first := groupsOf(list)
	plan := cluster(first)
	want := map[quad.IRI]quad.IRI{} // original IRI in its article -> node
	for _, gr := range first {
		want[gr.raw[0]+" "+gr.article] = plan.target[gr].node
	}
	for _, gr := range first {
		if gr.node == vocab.ID+"org/ndv" && gr.article == vocab.ID+"article/a10" && plan.target[gr].node == gr.node {
			t.Fatal("the acronym's group stays apart on the first run: the fixture no longer tests a merged acronym")
		}
	}
	merged := mergeByPlan(first, plan)
	if len(merged) == len(first) {
		t.Fatal("the first run merges no groups: the fixture tests nothing")
	}
	again := cluster(merged)
	for _, gr := range merged {
		for _, r := range gr.raw {
			if got, w := again.target[gr].node, want[r+" "+gr.article]; got != w {
				t.Errorf("%s in %s: the second run puts it on %s, the first on %s", r, gr.article, got, w)
			}
		}
	}
}

// A second run gives the same names to other clusters as the first: rule 8
// reads the names of an article's groups that the first run puts on one
// node together ("Cable" and "Cable and Wireless plc" of one article), as
// the second run reads them as one group.
func TestForeignSecondRun(t *testing.T) {
	list := []g{
		{"org/cable-and-wireless-plc", 1, 1987, []string{"Cable and Wireless plc", "Cable and Wireless"}},
		{"org/cable", 1, 1987, []string{"Cable"}},
		{"org/cable-and-wireless-plc", 2, 1987, []string{"Cable and Wireless plc", "Cable"}},
		{"org/cable-and-wireless-plc", 3, 1987, []string{"Cable and Wireless plc", "Cable"}},
		{"person/vince-cable", 4, 2005, []string{"Vince Cable", "Cable"}},
		{"person/vince-cable", 5, 2005, []string{"Vince Cable", "Cable"}},
		{"person/vince-cable", 6, 2005, []string{"Vince Cable", "Cable"}},
		{"org/wireless-world", 7, 1987, []string{"Wireless World", "Wireless"}},
	}
	first := groupsOf(list)
	plan := cluster(first)
	want := map[quad.IRI][]string{} // article -> names of other clusters, of the groups that end on C&W
	cw := plan.target[first[0]].node
	if plan.target[first[1]].node != cw {
		t.Fatalf("the fixture no longer joins Cable to Cable and Wireless: %s", plan.target[first[1]].node)
	}
	for _, gr := range first {
		if plan.target[gr].node == cw {
			want[gr.article] = append(want[gr.article], plan.foreign[gr]...)
		}
	}
	again := cluster(mergeByPlan(first, plan))
	for gr, tg := range again.target {
		if tg.node != cw {
			continue
		}
		got, w := slices.Sorted(slices.Values(again.foreign[gr])), slices.Sorted(slices.Values(want[gr.article]))
		if !slices.Equal(got, w) {
			t.Errorf("%s: the second run gives %v to other clusters, the first %v", gr.article, got, w)
		}
	}
}
