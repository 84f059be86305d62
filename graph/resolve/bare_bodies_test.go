package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// bareStore is a store of two countries' treasuries, each named
// "Treasury" by its own articles, a bare "Treasury" in several stories,
// and the people those stories affiliate with it. aff lists, by group
// index, the groups (indexes) its article affiliates it with.
func bareStore() ([]*group, map[string]int) {
	list := []g{
		// The United States' body, named so in three stories, with its secretary.
		{"org/treasury-department", 1, 1987, []string{"Treasury Department", "Treasury"}},
		{"person/walter-fenwick", 1, 1987, []string{"Walter Fenwick"}},
		{"org/treasury-department", 2, 1987, []string{"Treasury Department", "Treasury"}},
		{"person/walter-fenwick", 2, 1987, []string{"Walter Fenwick"}},
		{"org/treasury-department", 3, 1987, []string{"Treasury Department", "Treasury"}},
		{"person/walter-fenwick", 3, 1987, []string{"Walter Fenwick"}},
		// The United Kingdom's, named so in two stories, with its chancellor.
		{"org/hm-treasury", 4, 1987, []string{"HM Treasury", "Treasury"}},
		{"person/edith-marlow", 4, 1987, []string{"Edith Marlow"}},
		{"org/hm-treasury", 5, 1987, []string{"HM Treasury", "Treasury"}},
		{"person/edith-marlow", 5, 1987, []string{"Edith Marlow"}},
		// A bare Treasury whose secretary is the United States' elsewhere.
		{"org/treasury", 6, 1987, []string{"Treasury"}},
		{"person/walter-fenwick", 6, 1987, []string{"Walter Fenwick"}},
		// A bare Treasury whose person belongs to no treasury elsewhere.
		{"org/treasury", 7, 1987, []string{"Treasury"}},
		{"person/oscar-pell", 7, 1987, []string{"Oscar Pell"}},
		// A bare Treasury with both countries' people: no one country.
		{"org/treasury", 8, 1987, []string{"Treasury"}},
		{"person/walter-fenwick", 8, 1987, []string{"Walter Fenwick"}},
		{"person/edith-marlow", 8, 1987, []string{"Edith Marlow"}},
		// A bare Treasury whose person is the US body's in one story only.
		{"org/treasury", 9, 1987, []string{"Treasury"}},
		{"person/ada-quill", 9, 1987, []string{"Ada Quill"}},
		{"org/treasury-department", 10, 1987, []string{"Treasury Department", "Treasury"}},
		{"person/ada-quill", 10, 1987, []string{"Ada Quill"}},
		// A bare Treasury with no one affiliated with it.
		{"org/treasury", 11, 1987, []string{"Treasury"}},
		{"person/walter-fenwick", 11, 1987, []string{"Walter Fenwick"}},
	}
	// More stories of each body, naming it "Treasury" too (each
	// country's own Treasury is named so far more often than the bare
	// one, and neither country's four times as often as the other's).
	for a := 20; a < 36; a++ {
		list = append(list, g{"org/treasury-department", a, 1987, []string{"Treasury Department", "Treasury"}})
	}
	for a := 40; a < 46; a++ {
		list = append(list, g{"org/hm-treasury", a, 1987, []string{"HM Treasury", "Treasury"}})
	}
	groups := groupsOf(list)
	at := map[string]int{} // "raw@article" -> index
	for i, x := range list {
		at[fmt.Sprintf("%s@%d", x.raw, x.article)] = i
	}
	affiliate := func(person, body string, article int) {
		p, b := groups[at[fmt.Sprintf("%s@%d", person, article)]], groups[at[fmt.Sprintf("%s@%d", body, article)]]
		p.affiliated = append(p.affiliated, b.node)
	}
	for _, a := range []int{1, 2, 3} {
		affiliate("person/walter-fenwick", "org/treasury-department", a)
	}
	affiliate("person/edith-marlow", "org/hm-treasury", 4)
	affiliate("person/edith-marlow", "org/hm-treasury", 5)
	affiliate("person/walter-fenwick", "org/treasury", 6)
	affiliate("person/oscar-pell", "org/treasury", 7)
	affiliate("person/walter-fenwick", "org/treasury", 8)
	affiliate("person/edith-marlow", "org/treasury", 8)
	affiliate("person/ada-quill", "org/treasury", 9)
	affiliate("person/ada-quill", "org/treasury-department", 10)
	return groups, at
}

// A bare body's group joins the one country's body its people are
// affiliated with in the store's other articles, and only then; a second
// run over the merged store decides the same.
func TestBareBodies(t *testing.T) {
	groups, at := bareStore()
	node := func(plan clusters, gs []*group, raw string, article int) quad.IRI {
		for _, x := range gs {
			if x.article == quad.IRI(fmt.Sprintf("%sarticle/a%d", vocab.ID, article)) && slices.Contains(x.raw, quad.IRI(vocab.ID+raw)) {
				return plan.target[x].node
			}
		}
		t.Fatalf("no group %s in article %d", raw, article)
		return ""
	}
	us, uk, bare := quad.IRI(vocab.ID+"org/treasury-department"), quad.IRI(vocab.ID+"org/hm-treasury"), quad.IRI(vocab.ID+"org/treasury")
	want := map[int]quad.IRI{
		6:  us,   // its secretary's body in three other stories
		7:  bare, // its person is no treasury's elsewhere
		8:  bare, // its people point to two countries
		9:  bare, // one other story is too little
		11: bare, // nobody affiliated with it
	}
	plan := cluster(groups)
	check := func(run string, plan clusters, gs []*group) {
		t.Helper()
		for a, w := range want {
			if got := node(plan, gs, "org/treasury", a); got != w {
				t.Errorf("%s: the bare Treasury of article %d on %s, want %s", run, a, got, w)
			}
		}
		if got := node(plan, gs, "org/hm-treasury", 4); got != uk {
			t.Errorf("%s: HM Treasury on %s", run, got)
		}
	}
	check("first run", plan, groups)
	if r := plan.target[groups[at["org/treasury@6"]]].rule; !strings.HasPrefix(r, "bare name of Treasury Department") || !strings.Contains(r, "Walter Fenwick") {
		t.Errorf("rule %q", r)
	}
	merged := mergeByPlan(groups, plan)
	check("second run", cluster(merged), merged)
}

// A body whose name goes on after the bare name is a part of another body
// and carries no bare name it is not called by; one whose name ends with
// it after what places it does.
func TestCarriesName(t *testing.T) {
	for _, c := range []struct {
		bare, carrier string
		own, want     bool
	}{
		{"national bank", "swiss national bank", false, true},
		{"stock exchange", "london stock exchange", false, true},
		{"senate", "senate banking committee", false, false},
		{"merrill lynch", "merrill lynch capital markets", false, false},
		{"treasury", "treasury department", true, true},
		{"treasury", "treasury department", false, false},
		{"bank", "banknote", false, false},
	} {
		if got := carriesName(c.bare, c.carrier, c.own); got != c.want {
			t.Errorf("carriesName(%q, %q, %v) = %v, want %v", c.bare, c.carrier, c.own, got, c.want)
		}
	}
}

// A person's affiliation quads of an article are its group's: the bodies
// they name, as IRIs; a name is no affiliation.
func TestGroupsReadAffiliations(t *testing.T) {
	person, body := quad.IRI(vocab.ID+"person/walter-fenwick"), quad.IRI(vocab.ID+"org/treasury")
	article := quad.IRI(vocab.ID + "article/a1")
	sent := quad.IRI(string(article) + "/s2")
	p := func(pred quad.IRI) uint8 { return uint8(predIndexOf(pred)) }
	groups, _ := groupsOfQuads([]picked{
		{p(vocab.Type), person, vocab.Person, sent},
		{p(vocab.Name), person, quad.String("Walter Fenwick"), sent},
		{p(vocab.Type), body, vocab.Organization, sent},
		{p(vocab.Name), body, quad.String("Treasury"), sent},
		{p(vocab.Affiliation), person, body, sent},
	})
	for _, gr := range groups {
		want := 0
		if gr.node == person {
			want = 1
		}
		if len(gr.affiliated) != want || want == 1 && gr.affiliated[0] != body {
			t.Errorf("%s affiliated with %v", gr.node, gr.affiliated)
		}
		if slices.Contains(gr.names, string(body)) {
			t.Errorf("%s named %q", gr.node, body)
		}
	}
	if len(groups) != 2 {
		t.Errorf("%d groups, want 2", len(groups))
	}
}
