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
	// stays as it is; with no rule yet it gets the group's, with the
	// group's names less those the other IRIs' rules give.
	g.rules = append(g.rules, ruleQuad{text: `person/world ("World"): surname "world" of California`, label: quad.IRI("a")})
	g.raw = append(g.raw, quad.IRI(vocab.ID+"person/world"), quad.IRI(vocab.ID+"person/x"))
	got = ruleTexts(g, g.node, []string{"same name as California", "same name as California", keepRule, keepRule}, "group rule")
	if want := []string{`place/calif ("Calif."): same name as California`, `person/world ("World"): surname "world" of California`,
		`person/x ("California"): group rule`}; !slices.Equal(got, want) {
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

// An IRI of a group of several that has no rule yet (it was the node's own
// when the others joined it) is named with its own names, not the group's:
// those the other IRIs' rules do not give.
func TestNamesOfRaw(t *testing.T) {
	iri := func(s string) quad.IRI { return quad.IRI(vocab.ID + s) }
	g := &group{
		raw:   []quad.IRI{iri("org/acme"), iri("org/acme-and-co"), iri("org/acme-and-co-inc")},
		names: []string{"Acme", "Acme Group", "Acme and Co", "Acme and Co Inc"},
	}
	heads := map[string]string{
		"org/acme-and-co":     `org/acme-and-co ("Acme and Co")`,
		"org/acme-and-co-inc": `org/acme-and-co-inc ("Acme and Co Inc", "Acme Group")`,
	}
	if got, want := namesOfRaw(g, iri("org/acme"), heads), []string{"Acme"}; !slices.Equal(got, want) {
		t.Errorf("namesOfRaw = %q, want %q", got, want)
	}
	// An IRI's canonical name stays its own when another IRI's rule gives
	// it too ("Acme Group" was also called "Acme").
	heads["org/acme-and-co-inc"] = `org/acme-and-co-inc ("Acme", "Acme and Co Inc", "Acme Group")`
	if got, want := namesOfRaw(g, iri("org/acme"), heads), []string{"Acme"}; !slices.Equal(got, want) {
		t.Errorf("canonical name given by another rule: namesOfRaw = %q, want %q", got, want)
	}
	heads["org/acme-and-co-inc"] = `org/acme-and-co-inc ("Acme and Co Inc", "Acme Group")`
	// Every name given by another IRI's rule: the group's names, as before.
	h := &group{raw: []quad.IRI{iri("org/x"), iri("org/y")}, names: []string{"Y"}}
	if got := namesOfRaw(h, iri("org/x"), map[string]string{"org/y": `org/y ("Y")`}); !slices.Equal(got, h.names) {
		t.Errorf("nothing left: got %q, want %q", got, h.names)
	}
	// A group of one IRI: all its names.
	one := &group{raw: []quad.IRI{iri("org/acme")}, names: []string{"Acme", "Acme and Co"}}
	if got := namesOfRaw(one, iri("org/acme"), heads); !slices.Equal(got, one.names) {
		t.Errorf("one IRI: got %q, want %q", got, one.names)
	}
	// ruleTexts writes them in the head of the IRI's new rule when the
	// group moves to the node of another of its IRIs.
	g.node = iri("org/acme")
	g.rules = []ruleQuad{{text: heads["org/acme-and-co"] + ": same name as Acme"}, {text: heads["org/acme-and-co-inc"] + ": same name as Acme"}}
	got := ruleTexts(g, iri("org/acme-and-co"), []string{"same name as Acme and Co", "", "same name as Acme and Co"}, "x")
	want := []string{`org/acme ("Acme"): same name as Acme and Co`, `org/acme-and-co-inc ("Acme and Co Inc", "Acme Group"): same name as Acme and Co`}
	if !slices.Equal(got, want) {
		t.Errorf("ruleTexts: got %q, want %q", got, want)
	}
}

// A group of one original IRI has its rule written again whole, kind
// included ("other name of" becomes "same name as" once the cluster's
// name is its spelling): its reading is the same whichever way the store
// was loaded. A group of several IRIs keeps its rules' kinds (keepKinds).
func TestRefreshRuleKinds(t *testing.T) {
	iri := func(s string) quad.IRI { return quad.IRI(vocab.ID + s) }
	old := `org/acme-and-co ("Acme and Co"): other name of acme`
	fresh := `org/acme-and-co ("Acme and Co"): same name as Acme and Co Inc`
	one := &group{node: iri("org/acme-and-co-inc"), article: "a", moved: true, raw: []quad.IRI{iri("org/acme-and-co")},
		names: []string{"Acme and Co"}, rules: []ruleQuad{{text: old, label: quad.IRI("a")}}}
	several := &group{node: iri("org/acme-and-co-inc"), article: "b", moved: true,
		raw:   []quad.IRI{iri("org/acme-and-co"), iri("org/acme-and-co-inc")},
		names: []string{"Acme and Co", "Acme and Co Inc"}, rules: []ruleQuad{{text: old, label: quad.IRI("b")}}}
	plan := clusters{
		target:   map[*group]target{one: {node: one.node, name: "Acme and Co Inc"}, several: {node: several.node, name: "Acme and Co Inc"}},
		rawRules: map[*group][]string{one: {"same name as Acme and Co Inc"}, several: {"same name as Acme and Co Inc", "same name as Acme and Co Inc"}},
	}
	adds, dels := refreshRules([]*group{one, several}, plan)
	if len(adds) != 1 || len(dels) != 1 || vocab.Lexical(adds[0].Object) != fresh || adds[0].Label != quad.IRI("a") ||
		vocab.Lexical(dels[0].Object) != old || dels[0].Label != quad.IRI("a") {
		t.Errorf("got adds %v, dels %v; want %q for %q on article a only", adds, dels, fresh, old)
	}
}
