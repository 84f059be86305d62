package resolve

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/internal/quadtest"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// One article as its extraction writes it: a place "Gulf" (City and Place
// in its sentence), a council, and a person of the council; a fact of the
// council about the place.
func gulfArticle() []quad.Quad {
	id := func(s string) quad.IRI { return quad.IRI(vocab.ID + s) }
	art, s0, s1 := id("article/a1"), id("article/a1/s0"), id("article/a1/s1")
	place, council, person := id("place/gulf"), id("org/gulf-cooperation-council"), id("person/ann-lee")
	return []quad.Quad{
		{Subject: art, Predicate: vocab.DatePublished, Object: quad.String("1987-03-02"), Label: art},
		{Subject: art, Predicate: vocab.Mentions, Object: place, Label: art},
		{Subject: art, Predicate: vocab.Mentions, Object: council, Label: art},
		{Subject: art, Predicate: vocab.Mentions, Object: person, Label: art},
		{Subject: place, Predicate: vocab.Type, Object: vocab.City, Label: s0},
		{Subject: place, Predicate: vocab.Type, Object: vocab.Place, Label: s0},
		{Subject: place, Predicate: vocab.Name, Object: quad.String("Gulf"), Label: s0},
		{Subject: council, Predicate: vocab.Type, Object: vocab.Organization, Label: s1},
		{Subject: council, Predicate: vocab.Name, Object: quad.String("Gulf Cooperation Council"), Label: s1},
		{Subject: council, Predicate: vocab.AlternateName, Object: quad.String("GCC"), Label: s1},
		{Subject: council, Predicate: vocab.Location, Object: place, Label: s1},
		{Subject: person, Predicate: vocab.Type, Object: vocab.Person, Label: s1},
		{Subject: person, Predicate: vocab.Name, Object: quad.String("Ann Lee"), Label: s1},
		{Subject: person, Predicate: vocab.Affiliation, Object: council, Label: s1},
	}
}

// merged returns the article's quads as a resolution that put the place
// into the council's cluster leaves them: one group on the council's node.
func merged(quads []quad.Quad) []quad.Quad {
	place, council := quad.IRI(vocab.ID+"place/gulf"), quad.IRI(vocab.ID+"org/gulf-cooperation-council")
	art := quad.IRI(vocab.ID + "article/a1")
	var out []quad.Quad
	seen := map[string]bool{}
	for _, q := range quads {
		if q.Subject == place {
			q.Subject = council
			switch q.Predicate {
			case vocab.Type:
				q.Object = vocab.Organization
			case vocab.Name:
				q.Predicate = vocab.AlternateName
			}
		}
		if q.Object == place {
			q.Object = council
		}
		if q.Subject == council && q.Object == council {
			continue
		}
		if !seen[q.NQuad()] {
			seen[q.NQuad()] = true
			out = append(out, q)
		}
	}
	return append(out,
		quad.Quad{Subject: council, Predicate: vocab.MergedFrom, Object: quad.String(string(place)), Label: art},
		quad.Quad{Subject: council, Predicate: vocab.MergedFrom, Object: quad.String(string(council)), Label: art},
		quad.Quad{Subject: council, Predicate: vocab.MergeRule, Object: quad.String(`place/gulf ("Gulf"): other name of gulf cooperation council`), Label: art})
}

func boltWith(t *testing.T, quads []quad.Quad) graph.QuadStore {
	t.Helper()
	st, err := store.Open(store.Bolt, filepath.Join(t.TempDir(), "t.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.QuadStore().ApplyDeltas(deltas(quads, graph.Add), graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	return st.QuadStore()
}

// gulfAlone is an article that names the place "Gulf" only (City and
// Place), and movedAlone its quads after a resolution of a smaller store put
// it into the council's cluster: on the council's node, typed Organization.
func gulfAlone() []quad.Quad {
	id := func(s string) quad.IRI { return quad.IRI(vocab.ID + s) }
	art, s0, place := id("article/a2"), id("article/a2/s0"), id("place/gulf")
	return []quad.Quad{
		{Subject: art, Predicate: vocab.Mentions, Object: place, Label: art},
		{Subject: place, Predicate: vocab.Type, Object: vocab.City, Label: s0},
		{Subject: place, Predicate: vocab.Type, Object: vocab.Place, Label: s0},
		{Subject: place, Predicate: vocab.Name, Object: quad.String("Gulf"), Label: s0},
	}
}

func movedAlone(quads []quad.Quad) []quad.Quad {
	id := func(s string) quad.IRI { return quad.IRI(vocab.ID + s) }
	council, art := id("org/gulf-cooperation-council"), id("article/a2")
	return []quad.Quad{
		{Subject: art, Predicate: vocab.Mentions, Object: council, Label: art},
		{Subject: council, Predicate: vocab.Type, Object: vocab.Organization, Label: id("article/a2/s0")},
		{Subject: council, Predicate: vocab.AlternateName, Object: quad.String("Gulf"), Label: id("article/a2/s0")},
		{Subject: council, Predicate: vocab.MergedFrom, Object: quad.String(vocab.ID + "place/gulf"), Label: art},
		{Subject: council, Predicate: vocab.MergeRule, Object: quad.String(`place/gulf ("Gulf"): other name of gulf cooperation council`), Label: art},
	}
}

// What an earlier resolution of a smaller store did comes undone as a
// resolution of the article as extraction wrote it would have it, from the
// article's origin record; without the record it does not:
//   - a group of two original IRIs an earlier resolution merged comes apart
//     when clustering sends its parts to different nodes (the place's City
//     type back, the council's fact about the place and the person's
//     affiliation to the council);
//   - a place moved into an organisation's cluster and back gets its City
//     type again.
func TestOriginRecordUndoes(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name       string
		article    string
		raw, moved []quad.Quad
	}{
		{"merged group", "article/a1", gulfArticle(), merged(gulfArticle())},
		{"moved place", "article/a2", gulfAlone(), movedAlone(gulfAlone())},
	} {
		fresh := boltWith(t, c.raw)
		if _, err := Run(ctx, fresh); err != nil {
			t.Fatal(err)
		}
		want := quadtest.Stored(t, fresh)
		if got := quadtest.Lines(c.raw); !slices.Equal(got, want) {
			t.Fatalf("%s: the article alone resolves to another graph (the test's premise):\n%s", c.name, strings.Join(want, "\n"))
		}
		rec := newOrigin()
		for _, q := range c.raw {
			if q.Predicate != vocab.DatePublished {
				rec.add(q)
				if k, _ := KindOf(iriOf(q.Subject)); k != KindNone {
					rec.raws[iriOf(q.Subject)] = true
				}
			}
		}
		for _, withRecord := range []bool{true, false} {
			qs := boltWith(t, c.moved)
			if withRecord {
				if err := boltkv.PutSide(qs, originPrefix+vocab.ID+c.article, rec.encode()); err != nil {
					t.Fatal(err)
				}
			}
			sum, err := Run(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			got := quadtest.Stored(t, qs)
			if undone := slices.Equal(got, want); undone != withRecord {
				t.Errorf("%s with a record %v: undone %v (%+v):\n%s", c.name, withRecord, undone, sum, strings.Join(got, "\n"))
			}
			if sum, err := Run(ctx, qs); err != nil || sum.Added+sum.Deleted != 0 {
				t.Errorf("%s with a record %v: a second resolution changed the store: %+v %v", c.name, withRecord, sum, err)
			}
		}
	}
}

// A record reads back as written.
func TestOriginRecordRoundTrip(t *testing.T) {
	o := newOrigin()
	for _, q := range gulfArticle() {
		o.add(q)
		o.add(q)
	}
	o.raws[vocab.ID+"place/gulf"] = true
	back, err := decodeOrigin(o.encode())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(quadtest.Lines(back.quads), quadtest.Lines(gulfArticle())) || len(back.raws) != 1 || !back.raws[vocab.ID+"place/gulf"] {
		t.Errorf("read back %v %v", quadtest.Lines(back.quads), back.raws)
	}
	if _, err := decodeOrigin([]byte("something else\n")); err == nil {
		t.Error("a blob that is no record decodes")
	}
}

// Two names of one company in one article with a fact between them ("Acme
// Corp", a unit of "Acme Corp Inc"): one group moves onto the other's node
// and the fact, which would join the node to itself, goes, as it goes when
// both groups move (whichever order the articles came in).
func TestNoFactOfANodeToItself(t *testing.T) {
	id := func(s string) quad.IRI { return quad.IRI(vocab.ID + s) }
	art, s0 := id("article/a3"), id("article/a3/s0")
	unit, parent := id("org/acme-corp"), id("org/acme-corp-inc")
	qs := boltWith(t, []quad.Quad{
		{Subject: art, Predicate: vocab.Mentions, Object: unit, Label: art},
		{Subject: art, Predicate: vocab.Mentions, Object: parent, Label: art},
		{Subject: unit, Predicate: vocab.Type, Object: vocab.Organization, Label: s0},
		{Subject: unit, Predicate: vocab.Name, Object: quad.String("Acme Corp"), Label: s0},
		{Subject: parent, Predicate: vocab.Type, Object: vocab.Organization, Label: s0},
		{Subject: parent, Predicate: vocab.Name, Object: quad.String("Acme Corp Inc"), Label: s0},
		{Subject: unit, Predicate: vocab.ParentOrganization, Object: parent, Label: s0},
	})
	sum, err := Run(context.Background(), qs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Moved != 1 {
		t.Fatalf("moved %d groups, want 1 (the test's premise)", sum.Moved)
	}
	for _, l := range quadtest.Stored(t, qs) {
		if f := strings.Fields(l); f[0] == f[2] {
			t.Errorf("a fact of a node to itself: %s", l)
		}
	}
}
