package resolve

import (
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

func TestRuleHead(t *testing.T) {
	for _, c := range []struct {
		text, head string
		ok         bool
	}{
		{`place/calif ("Calif."): same name as california`, `place/calif ("Calif.")`, true},
		{`org/sec ("SEC", "S.E.C."): acronym of e:securities and exchange commission`, `org/sec ("SEC", "S.E.C.")`, true},
		// A name holding the separator: the quoted names are read whole.
		{`org/x ("X (Y): Z"): same name as X`, `org/x ("X (Y): Z")`, true},
		{`person/a (): same name as A`, `person/a ()`, true},
		{`no names here`, "", false},
		{`org/x ("unclosed): same`, "", false},
	} {
		h, ok := ruleHead(c.text)
		if h != c.head || ok != c.ok {
			t.Errorf("ruleHead(%q) = %q, %v; want %q, %v", c.text, h, ok, c.head, c.ok)
		}
	}
}

// A group that moved keeps the names its rule gave when it moved, and has
// its rule written again when the cluster's name changed; one that moves
// now has a rule for each original IRI but the node it goes to.
func TestRuleTexts(t *testing.T) {
	calif, california := vocab.ID+"place/calif", vocab.ID+"place/california"
	g := &group{
		node: quad.IRI(california), article: "a", moved: true,
		raw:   []quad.IRI{quad.IRI(calif), quad.IRI(california)},
		names: []string{"Calif.", "California"},
		rules: []ruleQuad{{text: `place/calif ("Calif."): same name as california`, label: quad.IRI("a")}},
	}
	got := ruleTexts(g, g.node, []string{"same name as California", "same name as California"}, "same name as California")
	if want := []string{`place/calif ("Calif."): same name as California`}; !slices.Equal(got, want) {
		t.Errorf("moved group: got %q, want %q", got, want)
	}
	plan := clusters{
		target:   map[*group]target{g: {node: g.node, name: "California"}},
		rawRules: map[*group][]string{g: {"same name as California", "same name as California"}},
	}
	adds, dels := refreshRules([]*group{g}, plan)
	if len(adds) != 1 || len(dels) != 1 || vocab.Lexical(adds[0].Object) != `place/calif ("Calif."): same name as California` ||
		vocab.Lexical(dels[0].Object) != g.rules[0].text || dels[0].Label != quad.IRI("a") {
		t.Errorf("refresh: adds %v, dels %v", adds, dels)
	}
	// Up to date: nothing to write.
	g.rules[0].text = `place/calif ("Calif."): same name as California`
	if adds, dels := refreshRules([]*group{g}, plan); len(adds)+len(dels) != 0 {
		t.Errorf("refresh of an up-to-date rule: adds %v, dels %v", adds, dels)
	}
	// A rule one cannot tell from the group (a surname it brought along)
	// stays as it is; with no rule yet it gets the group's.
	g.rules = append(g.rules, ruleQuad{text: `person/world ("World"): surname "world" of California`, label: quad.IRI("a")})
	g.raw = append(g.raw, quad.IRI(vocab.ID+"person/world"), quad.IRI(vocab.ID+"person/x"))
	got = ruleTexts(g, g.node, []string{"same name as California", "same name as California", keepRule, keepRule}, "group rule")
	if want := []string{`place/calif ("Calif."): same name as California`, `person/world ("World"): surname "world" of California`,
		`person/x ("Calif.", "California"): group rule`}; !slices.Equal(got, want) {
		t.Errorf("kept rules: got %q, want %q", got, want)
	}
	// A group of its own moving: its names.
	h := &group{node: quad.IRI(calif), article: "b", raw: []quad.IRI{quad.IRI(calif)}, names: []string{"Calif."}}
	got = ruleTexts(h, quad.IRI(california), []string{"same name as California"}, "same name as California")
	if want := []string{`place/calif ("Calif."): same name as California`}; !slices.Equal(got, want) {
		t.Errorf("moving group: got %q, want %q", got, want)
	}
}

// A rule of another kind than the one the IRI has stays as it is; one of
// the same kind naming another name is written again.
func TestKeepKinds(t *testing.T) {
	old := []ruleQuad{
		{text: `org/a ("A"): same name as a corp`},
		{text: `org/b ("B"): acronym of b bank; typed Place here, Organization by the store`},
	}
	got := keepKinds(old, []string{`org/a ("A"): same name as A Corp`, `org/b ("B"): other name of b bank`, `org/c ("C"): spelling of c`})
	want := []string{`org/a ("A"): same name as A Corp`, `org/b ("B"): acronym of b bank; typed Place here, Organization by the store`, `org/c ("C"): spelling of c`}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for text, kind := range map[string]string{
		`org/a ("A"): same name as A`:                 "same name",
		`person/s ("S"): surname "s" of John S`:       `surname "s"`,
		`org/b ("B"): acronym of b; typed Place here`: "acronym",
		`org/d ("D"): the same name as a place`:       "the same name",
	} {
		if k := ruleKind(text); k != kind {
			t.Errorf("ruleKind(%q) = %q, want %q", text, k, kind)
		}
	}
}
