package boltkv_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/internal/quadtest"
	"github.com/newsgraph/newsgraph/graph/store"
)

// build writes quads into the empty store s with a Build and reopens it.
func build(t *testing.T, s *store.Store, quads []quad.Quad) int {
	t.Helper()
	b := boltkv.NewBuild()
	for _, q := range quads {
		b.Add(b.Tuple(q))
	}
	return writeBuild(t, s, b)
}

// writeBuild writes b into the empty store s, reopens it and returns the
// number of quads written.
func writeBuild(t *testing.T, s *store.Store, b *boltkv.Build) int {
	t.Helper()
	var added int
	_, err := s.Rebuild(func(db *bolt.DB, path string) error {
		if empty, err := boltkv.Empty(db); err != nil || !empty {
			t.Fatalf("Empty: %v, %v; want a new store to be empty", empty, err)
		}
		var err error
		added, err = b.WriteFile(db, path)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return added
}

// checkPages runs bolt's own consistency check over every page of s.
func checkPages(t *testing.T, s *store.Store) {
	t.Helper()
	db := boltkv.KV(s.QuadStore()).(*hbolt.DB).DB()
	err := db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatalf("bolt's check: %v", err)
	}
	rep, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) > 0 {
		t.Fatalf("newsgraph check: %v", rep.Problems)
	}
}

// TestBuildSameAsWriter builds a store from the sample quads (repeats and a
// value of two Go types included) and writes the same quads with Writer in
// one batch into another: the two stores hold the same entries and buckets,
// bolt finds the built file sound, and both take the same later writes,
// deletions and additions alike.
func TestBuildSameAsWriter(t *testing.T) {
	quads := sampleQuads(t)
	quads = append(quads, quads[:50]...) // repeats
	quads = append(quads,
		quad.Quad{Subject: quad.IRI("a"), Predicate: quad.IRI("n"), Object: quad.Int(5)},
		quad.Quad{Subject: quad.IRI("b"), Predicate: quad.IRI("n"), Object: quad.TypedString{Value: "5", Type: "xsd:integer"}},
		quad.Quad{Subject: quad.IRI("b"), Predicate: quad.IRI("n"), Object: quad.Int(5)}, // a repeat once merged
		// A value larger than a page: bolt's overflow pages.
		quad.Quad{Subject: quad.IRI("c"), Predicate: quad.IRI("text"), Object: quad.String(strings.Repeat("long text ", 1500))},
	)
	half := len(quads) * 2 / 3
	first, second := quads[:half], quads[half:]

	built, written := openBolt(t), openBolt(t)
	added := build(t, built, first)
	want, err := newWriter(t, written).WriteQuads(first)
	if err != nil {
		t.Fatal(err)
	}
	if added != want {
		t.Errorf("Build added %d quads, Writer %d", added, want)
	}
	checkPages(t, built)
	compareDumps(t, dump(t, built), dump(t, written))
	if g, w := bucketNames(t, built), bucketNames(t, written); !slices.Equal(g, w) {
		t.Errorf("%d buckets, Writer's store has %d", len(g), len(w))
	}

	// Both stores take the same writes afterwards: Writer's additions and
	// Cayley's deletions.
	var del []graph.Delta
	for _, q := range first[:200] {
		del = append(del, graph.Delta{Quad: q, Action: graph.Delete})
	}
	for _, s := range []*store.Store{built, written} {
		if _, err := newWriter(t, s).WriteQuads(second); err != nil {
			t.Fatal(err)
		}
		if err := s.QuadStore().ApplyDeltas(del, graph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
	}
	checkPages(t, built)
	compareDumps(t, dump(t, built), dump(t, written))
	if got, want := quadtest.Stored(t, built.QuadStore()), quadtest.Stored(t, written.QuadStore()); !equal(got, want) {
		t.Errorf("Cayley reads %d quads from the built store, %d from the written one", len(got), len(want))
	}
}

// TestBuildRemove checks that removed quads, and values only they used,
// are not written, that a removed quad can be added again (at the end), and
// that a repeated quad is written once.
func TestBuildRemove(t *testing.T) {
	quads := sampleQuads(t)[:300]
	b := boltkv.NewBuild()
	for _, q := range quads {
		b.Add(b.Tuple(q))
	}
	extra := quad.Quad{Subject: quad.IRI("only-here"), Predicate: quad.IRI("p"), Object: quad.String("x")}
	i := b.Add(b.Tuple(extra))
	b.Remove(i)
	b.Remove(0)
	b.Add(b.Tuple(quads[0]))
	b.Add(b.Tuple(quads[1])) // a repeat
	s := openBolt(t)
	added := writeBuild(t, s, b)
	if added != len(quads) {
		t.Errorf("wrote %d quads, want %d", added, len(quads))
	}
	checkPages(t, s)
	want := append(quads[1:len(quads):len(quads)], quads[0])
	if got := quadtest.Stored(t, s.QuadStore()); !equal(got, quadtest.Lines(want)) {
		t.Errorf("stored %d quads, want %d", len(got), len(want))
	}
	if ref, err := s.QuadStore().ValueOf(quad.IRI("only-here")); err != nil || ref != nil {
		t.Errorf("a value of removed quads only is stored: %v %v", ref, err)
	}
}

// TestBuildNotEmpty checks that a Build refuses a store that holds quads.
func TestBuildNotEmpty(t *testing.T) {
	s := openBolt(t)
	if _, err := newWriter(t, s).WriteQuads(sampleQuads(t)[:10]); err != nil {
		t.Fatal(err)
	}
	_, err := s.Rebuild(func(db *bolt.DB, path string) error {
		if empty, err := boltkv.Empty(db); err != nil || empty {
			t.Errorf("Empty: %v, %v on a store with quads", empty, err)
		}
		_, err := boltkv.NewBuild().WriteFile(db, path)
		return err
	})
	if err == nil || !errors.Is(err, boltkv.ErrNotEmpty) {
		t.Errorf("building over a store with quads: %v, want ErrNotEmpty", err)
	}
	if got := quadtest.Stored(t, s.QuadStore()); len(got) != 10 {
		t.Errorf("after the refused build the store holds %d quads, want 10", len(got))
	}
}

// TestBuildManyQuads builds a store of more quads than a Build keeps in one
// chunk, with repeats and removed quads on both sides of the chunks'
// bounds: the store holds each quad that stays once, in the order first
// added.
func TestBuildManyQuads(t *testing.T) {
	const n = 66_000
	q := func(i int) quad.Quad {
		return quad.Quad{
			Subject:   quad.IRI(fmt.Sprintf("s%d", i%5000)),
			Predicate: quad.IRI(fmt.Sprintf("p%d", i%7)),
			Object:    quad.String(fmt.Sprintf("o%d", i)),
			Label:     quad.IRI(fmt.Sprintf("l%d", i/100)),
		}
	}
	b := boltkv.NewBuild()
	var want []quad.Quad
	for i := 0; i < n; i++ {
		idx := b.Add(b.Tuple(q(i)))
		if int(idx) != i {
			t.Fatalf("Add returned %d for quad %d", idx, i)
		}
	}
	removed := map[int]bool{}
	for _, i := range []int{0, 65535, 65536, 65537, n - 1} {
		b.Remove(int32(i))
		removed[i] = true
	}
	for i := 0; i < n; i++ {
		if got, ok := b.Quad(int32(i)); ok == removed[i] || got != b.Tuple(q(i)) {
			t.Fatalf("Quad(%d) = %v, %v; want %v, %v", i, got, ok, b.Tuple(q(i)), !removed[i])
		}
		if !removed[i] {
			want = append(want, q(i))
		}
	}
	b.Add(b.Tuple(q(65536))) // added again, at the end
	want = append(want, q(65536))
	b.Add(b.Tuple(q(60000))) // a repeat
	s := openBolt(t)
	added := writeBuild(t, s, b)
	if added != len(want) {
		t.Errorf("wrote %d quads, want %d", added, len(want))
	}
	// (The other tests check the pages with bolt and newsgraph check.)
	if got := quadtest.Stored(t, s.QuadStore()); !equal(got, quadtest.Lines(want)) {
		t.Errorf("stored %d quads, want %d", len(got), len(want))
	}
}
