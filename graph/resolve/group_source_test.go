package resolve

import (
	"fmt"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// sourceGroups are groups for the group source's tests: a firm under two
// spellings, a person named by a surname and an honorific, a thing of a
// place's key, and a group an earlier run merged (two original IRIs).
func sourceGroups() []*group {
	gs := groupsOf([]g{
		{"org/acme-corp", 1, 1987, []string{"Acme Corp", "Acme"}},
		{"org/acme", 2, 1987, []string{"Acme"}},
		{"person/jane-doe", 2, 1987, []string{"Jane Doe", "Mrs Doe"}},
		{"person/doe", 3, 1988, []string{"Doe"}},
		{"thing/boston", 3, 1988, []string{"Boston"}},
		{"place/boston", 4, 1988, []string{"Boston"}},
	})
	merged := &group{node: quad.IRI(vocab.ID + "org/acme-corp"), article: quad.IRI(vocab.ID + "article/a5"),
		raw: []quad.IRI{quad.IRI(vocab.ID + "org/acme-corp"), quad.IRI(vocab.ID + "person/acme")}, names: []string{"Acme", "Acme Corp"}}
	gs = append(gs, merged)
	slices.SortFunc(gs, byNodeArticle)
	return gs
}

// Each question of wholeGroups answers what a scan of every group answers.
func TestWholeGroupsAnswersAsAScan(t *testing.T) {
	gs := sourceGroups()
	c := newClustering(gs)
	scan := func(fits func(i int) bool) []int {
		var out []int
		for i := range c.groups {
			if fits(i) {
				out = append(out, i)
			}
		}
		return out
	}
	check := func(what string, got, want []int) {
		t.Helper()
		if len(want) == 0 {
			t.Fatalf("%s: the scan finds no group: the case tests nothing", what)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %v, a scan %v", what, got, want)
		}
	}
	for _, keys := range [][]string{{"acme"}, {"acme", "boston"}, {"jane doe"}, {"doe", "nobody"}} {
		check(fmt.Sprintf("ofUnitKeys(%q)", keys), c.src.ofUnitKeys(keys), scan(func(i int) bool {
			for _, u := range c.units[i] {
				if slices.Contains(keys, u.key) {
					return true
				}
			}
			return false
		}))
	}
	for _, keys := range [][]string{{"acme"}, {"doe"}, {"boston", "jane doe"}} {
		check(fmt.Sprintf("ofNameKeys(%q)", keys), c.src.ofNameKeys(keys), scan(func(i int) bool {
			for _, n := range c.groups[i].names {
				if slices.Contains(keys, memoKey(n, false)) || slices.Contains(keys, memoKey(n, true)) {
					return true
				}
			}
			return false
		}))
	}
	arts := []quad.IRI{vocab.ID + "article/a2", vocab.ID + "article/a5"}
	check("ofArticles", c.src.ofArticles(arts), scan(func(i int) bool { return slices.Contains(arts, c.groups[i].article) }))
	refs := []groupRef{refOf(gs[3]), {vocab.ID + "org/none", gs[0].article, ""}, refOf(gs[0])}
	if got := c.src.ofRefs(refs); !slices.Equal(got, []int{3, -1, 0}) {
		t.Errorf("ofRefs: %v, want [3 -1 0]", got)
	}
	check("all", c.src.all(), scan(func(int) bool { return true }))
	check("fresh with nothing kept", c.src.fresh(), scan(func(int) bool { return true }))
}

// The fresh groups are those read past the snapshot and those of the
// articles the last rewrite touched, no other.
func TestWholeGroupsFresh(t *testing.T) {
	gs := sourceGroups()
	gs[1].tail = true
	touched := map[quad.IRI]bool{vocab.ID + "article/a3": true}
	c := newClustering(gs)
	c.src = newWholeGroups(c, touched)
	var want []int
	for i, g := range gs {
		if i == 1 || g.article == vocab.ID+"article/a3" {
			want = append(want, i)
		}
	}
	if len(want) < 3 {
		t.Fatalf("the case has %d fresh groups: it tests too little", len(want))
	}
	if got := c.src.fresh(); !slices.Equal(got, want) {
		t.Errorf("fresh: %v, want %v", got, want)
	}
}
