package resolve

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// A record reads back as the groups written, with the article's year; a
// damaged one does not read.
func TestGroupRecordEncoding(t *testing.T) {
	gs := sourceGroups()
	gs[0].titles = []string{"chairman"}
	gs[0].affiliated = []quad.IRI{vocab.ID + "org/acme"}
	gs[0].rules = []ruleQuad{{text: "same name as Acme", label: quad.IRI(vocab.ID + "article/a1")}}
	gs[0].moved, gs[0].other, gs[0].primary = true, []string{"Acme"}, []string{"Acme Corp"}
	for _, g := range gs {
		g.year = 1987
	}
	data, ok := encodeRecord(1987, gs)
	if !ok {
		t.Fatal("the groups cannot be recorded")
	}
	back, err := decodeRecord(gs[0].article, data)
	if err != nil {
		t.Fatal(err)
	}
	for i := range gs {
		gs[i].article = gs[0].article // a record is of one article
	}
	if back.year != 1987 || !sameGroups(back.groups, gs) {
		t.Errorf("read back %s, wrote %s", groupsText(back.groups), groupsText(gs))
	}
	for _, bad := range [][]byte{data[:len(data)-1], append(slices.Clone(data), 0), []byte("ng-group/0\n"), nil} {
		if _, err := decodeRecord(gs[0].article, bad); err == nil {
			t.Errorf("a damaged record (%d bytes) read", len(bad))
		}
	}
	gs[0].rules[0].label = quad.String("no IRI")
	if _, ok := encodeRecord(1987, gs); ok {
		t.Error("a rule labelled with no IRI was recorded")
	}
}

// The kept source, reading the records of a store by key and holding the
// groups past the snapshot, answers every question as the whole source
// over the same groups: a unit's key (a merged group's second unit too), a
// name's key and its person key ("Mrs Doe" gives "doe"), articles, refs.
func TestKeptGroupsAnswersAsWhole(t *testing.T) {
	st, err := store.Open(store.Bolt, filepath.Join(t.TempDir(), "db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	qs := st.QuadStore()
	gs := sourceGroups()
	late := quad.IRI(vocab.ID + "article/a4") // its groups came past the snapshot
	var recorded, tail []*group
	for _, g := range gs {
		if g.article == late {
			g.tail = true
			tail = append(tail, g)
		} else {
			g.old = true
			recorded = append(recorded, g)
		}
	}
	if err := saveRecords(qs, &recordsPlan{whole: true, articles: recordsOf(recorded)}, boltkv.State{Horizon: 1}, nil, nil); err != nil {
		t.Fatal(err)
	}
	touched := map[quad.IRI]bool{vocab.ID + "article/a3": true}
	whole := newClustering(gs)
	whole.src = newWholeGroups(whole, touched)
	kc := newClustering(nil)
	k := newKeptGroups(qs, kc, tail, touched, nil)
	same := func(what string, w, g []int) {
		t.Helper()
		if k.err != nil {
			t.Fatalf("%s: %v", what, k.err)
		}
		if len(w) == 0 {
			t.Fatalf("%s: the whole source finds none: the case tests nothing", what)
		}
		if a, b := groupTexts(whole, w), groupTexts(kc, g); !slices.Equal(a, b) {
			t.Errorf("%s: by key%s, the whole store%s", what, refsText(kc, g), refsText(whole, w))
		}
	}
	for _, key := range []string{"acme", "doe", "boston", "jane doe"} {
		same("unit key "+key, whole.src.ofUnitKeys([]string{key}), k.ofUnitKeys([]string{key}))
	}
	if n := k.records; n >= len(recorded) {
		t.Errorf("the unit keys read %d records of %d: not by key", n, len(recorded))
	}
	for _, key := range []string{"acme", "doe", "mrs doe", "jane doe"} {
		same("name key "+key, whole.src.ofNameKeys([]string{key}), k.ofNameKeys([]string{key}))
	}
	arts := []quad.IRI{vocab.ID + "article/a2", late}
	same("articles", whole.src.ofArticles(arts), k.ofArticles(arts))
	refs := []groupRef{refOf(gs[2]), refOf(gs[5])}
	same("refs", whole.src.ofRefs(refs), k.ofRefs(refs))
	same("fresh", whole.src.fresh(), k.fresh())
	same("all", whole.src.all(), k.all())
}
