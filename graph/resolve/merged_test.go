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
	}
	for _, m := range out {
		slices.Sort(m.raw)
		m.raw = slices.Compact(m.raw)
		slices.Sort(m.names)
		m.names = slices.Compact(m.names)
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
