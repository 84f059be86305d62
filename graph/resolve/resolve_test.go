package resolve_test

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/internal/quadtest"
	"github.com/newsgraph/newsgraph/graph/resolve"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/ingest"
)

// load loads the fixture articles in batches, resolving after each, and
// returns the store's quads as sorted N-Quads lines.
func load(t *testing.T, batches ...[]string) (graph.QuadStore, []string) {
	t.Helper()
	st, err := store.Open(store.Memory, "", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	for _, b := range batches {
		var in []string
		for _, f := range b {
			if filepath.Ext(f) == "" {
				f += ".txt"
			}
			in = append(in, filepath.Join("testdata", f))
		}
		sum, err := ingest.Run(ctx, st.QuadStore(), in, ingest.Options{Workers: 1, Resolve: true,
			Now: func() time.Time { return time.Unix(0, 0) }}, ingest.Reporter{})
		if err != nil || sum.Failed > 0 {
			t.Fatalf("load %v: %v (%d failed)", b, err, sum.Failed)
		}
	}
	return st.QuadStore(), quadtest.Stored(t, st.QuadStore())
}

// resolvesToItself checks that resolving a resolved store changes nothing.
func resolvesToItself(t *testing.T, qs graph.QuadStore) {
	t.Helper()
	sum, err := resolve.Run(context.Background(), qs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Moved != 0 || sum.Added != 0 || sum.Deleted != 0 {
		t.Errorf("a second resolution changed the store: %+v", sum)
	}
}

// A then B then C, C then B then A, and all at once give the same graph; a
// second resolution changes nothing.
func TestOrderIndependent(t *testing.T) {
	_, all := load(t, []string{"a", "b", "c"})
	_, abc := load(t, []string{"a"}, []string{"b"}, []string{"c"})
	qs, cba := load(t, []string{"c"}, []string{"b"}, []string{"a"})
	for name, got := range map[string][]string{"a, b, c": abc, "c, b, a": cba} {
		if strings.Join(got, "\n") != strings.Join(all, "\n") {
			t.Errorf("loading %s gives another graph than loading all at once:\n%s", name, diff(all, got))
		}
	}
	resolvesToItself(t, qs)
}

// Two articles that report the same meeting (the same people, month and
// place) give one event node, whatever the order they come in; a meeting of
// the same people elsewhere months later stays another.
func TestSameMeeting(t *testing.T) {
	qs, all := load(t, []string{"meet-1.jsonl", "meet-2.jsonl", "meet-3.jsonl"})
	_, one := load(t, []string{"meet-3.jsonl"}, []string{"meet-2.jsonl"}, []string{"meet-1.jsonl"})
	if strings.Join(one, "\n") != strings.Join(all, "\n") {
		t.Errorf("loading one by one gives another graph than loading all at once:\n%s", diff(all, one))
	}
	events := map[string]map[quad.IRI]bool{} // event node -> articles of its attendee facts
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(context.Background()) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		if q.Predicate == vocab.Attendee {
			e := vocab.Lexical(q.Subject)
			if events[e] == nil {
				events[e] = map[quad.IRI]bool{}
			}
			events[e][vocab.ArticleOf(q.Label.(quad.IRI))] = true
		}
	}
	var sizes []int
	for _, arts := range events {
		sizes = append(sizes, len(arts))
	}
	sort.Ints(sizes)
	if len(sizes) != 2 || sizes[0] != 1 || sizes[1] != 2 {
		t.Errorf("events by number of articles reporting them: %v, want [1 2] (Brussels twice, Rome once)", sizes)
	}
	resolvesToItself(t, qs)
}

// The fixture's spellings resolve to one node each, of the right type, with
// every alias and the record of each merge.
func TestResolvesFixture(t *testing.T) {
	qs, _ := load(t, []string{"a", "b", "c"})
	nodes := map[string]map[string]bool{} // name -> nodes holding it
	types := map[string]map[string]bool{} // node -> classes
	rules := map[string][]string{}        // node -> merge rules
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(context.Background()) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		s := vocab.Lexical(q.Subject)
		switch q.Predicate {
		case vocab.Name, vocab.AlternateName:
			n := vocab.Lexical(q.Object)
			if nodes[n] == nil {
				nodes[n] = map[string]bool{}
			}
			nodes[n][s] = true
		case vocab.Type:
			if types[s] == nil {
				types[s] = map[string]bool{}
			}
			types[s][vocab.Local(q.Object.(quad.IRI))] = true
		case vocab.MergeRule:
			rules[s] = append(rules[s], vocab.Lexical(q.Object))
		}
	}
	for _, c := range []struct {
		class  string
		names  []string
		merged bool // the names came from several nodes
	}{
		{"Organization", []string{"Merrill Lynch and Co Inc", "Merrill Lynch & Co.", "Merrill Lynch"}, true},
		{"Person", []string{"Ronald Reagan", "Reagan"}, true},
		{"Organization", []string{"PepsiCo Inc", "Pepsico"}, true},
		{"Organization", []string{"Securities and Exchange Commission", "SEC"}, false},
	} {
		holders := map[string]bool{}
		for _, n := range c.names {
			for h := range nodes[n] {
				holders[h] = true
			}
		}
		if len(holders) != 1 {
			t.Errorf("%v are on %d nodes, want one: %v", c.names, len(holders), holders)
			continue
		}
		for h := range holders {
			if len(types[h]) != 1 || !types[h][c.class] {
				t.Errorf("%s is typed %v, want %s only", h, types[h], c.class)
			}
			if c.merged && len(rules[h]) == 0 {
				t.Errorf("%s records no merge", h)
			}
		}
	}
}

// Different first names stay apart; a key folds suffixes, "&", British
// spelling and honorifics.
func TestKey(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		person bool
		same   bool
	}{
		{"Merrill Lynch and Co Inc", "Merrill Lynch & Co.", false, true},
		{"International Coffee Organisation", "International Coffee Organization", false, true},
		{"B.A.T. Industries Plc", "BAT Industries", false, true},
		{"Castle and Cooke Inc", "Castle & Cooke", false, true},
		{"Dame Barbara Castle", "Barbara Castle", true, true},
		{"Mr Blair", "Blair", true, true},
		{"Moody's", "Moody", false, true},
		{"Jefferies Group Inc", "Jefferies and Co Inc", false, false},
		{"Charles Kennedy", "Helena Kennedy", true, false},
		{"Labour Party", "Labor Party", false, false},
		{"Baroness Kennedy", "Kennedy", true, false},
	} {
		if got := resolve.Key(c.a, c.person) == resolve.Key(c.b, c.person); got != c.same {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: same %v, want %v", c.a, resolve.Key(c.a, c.person), c.b, resolve.Key(c.b, c.person), got, c.same)
		}
	}
}

func diff(want, got []string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	for _, l := range got {
		g[l] = true
	}
	var b strings.Builder
	for _, l := range want {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range got {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
