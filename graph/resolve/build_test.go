package resolve_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph/internal/quadtest"
	"github.com/newsgraph/newsgraph/graph/resolve"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/ingest"
)

// loadNew loads files into the new bolt store st, written in one go
// (ingest.Options.Rebuild) through rebuild, resolving when asked.
func loadNew(t *testing.T, st *store.Store, resolve bool, rebuild func(func(*bolt.DB, string) error) (graph.QuadStore, error), files ...string) ingest.Summary {
	t.Helper()
	var in []string
	for _, f := range files {
		if filepath.Ext(f) == "" {
			f += ".txt"
		}
		in = append(in, filepath.Join("testdata", f))
	}
	in = append(in, filepath.Join("..", "..", "testdata", "articles"))
	sum, err := ingest.Run(context.Background(), st.QuadStore(), in, ingest.Options{Workers: 1, Resolve: resolve,
		Rebuild: rebuild, Now: func() time.Time { return time.Unix(0, 0) }}, ingest.Reporter{})
	if err != nil || sum.Failed > 0 {
		t.Fatalf("load %v: %v (%d failed)", in, err, sum.Failed)
	}
	return sum
}

// A load with resolution into a new bolt store resolves the quads it
// gathered before it writes the store (resolve.RunBuild): the store it
// writes holds the moves, and it is the graph of the same load written
// unresolved and resolved after (resolve.Run), with the same counts; its
// snapshot gives the store's groups, a second resolution changes nothing,
// and a later load with resolution gives the same graph on both.
func TestBuildSameAsStore(t *testing.T) {
	ctx := context.Background()
	files := []string{"a", "b", "meet-1.jsonl", "meet-2.jsonl"}

	after := openBolt(t)
	afterSum := loadNew(t, after, false, after.Rebuild, files...)
	ran, err := resolve.Run(ctx, after.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	if ran.Moved == 0 {
		t.Fatal("the fixture articles move no group: the test would not compare anything")
	}

	before := openBolt(t)
	written := false
	rebuild := func(write func(*bolt.DB, string) error) (graph.QuadStore, error) {
		qs, err := before.Rebuild(write)
		if err == nil {
			written = strings.Contains(strings.Join(quadtest.Stored(t, qs), "\n"), string(vocab.MergedFrom))
		}
		return qs, err
	}
	beforeSum := loadNew(t, before, true, rebuild, files...)
	if !written {
		t.Fatal("the new store was written unresolved: the load did not resolve its quads in memory")
	}
	if beforeSum.Quads != afterSum.Quads || beforeSum.Articles != afterSum.Articles {
		t.Errorf("load counts: %d articles, %d quads resolved in memory; %d, %d written then resolved",
			beforeSum.Articles, beforeSum.Quads, afterSum.Articles, afterSum.Quads)
	}
	got := beforeSum.Resolved
	if got == nil || got.Groups != ran.Groups || got.Nodes != ran.Nodes || got.Moved != ran.Moved ||
		got.Added != ran.Added || got.Deleted != ran.Deleted {
		t.Errorf("resolution in memory: %+v; after writing: %+v", got, ran)
	}
	compare := func(step string) {
		t.Helper()
		want, got := quadtest.Stored(t, after.QuadStore()), quadtest.Stored(t, before.QuadStore())
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: resolving in memory gives another graph than resolving the written store:\n%s", step, diff(want, got))
		}
	}
	compare("after the load")
	snap, used, err := resolve.ReadGroups(ctx, before.QuadStore(), false)
	if err != nil {
		t.Fatal(err)
	}
	whole, _, err := resolve.ReadGroups(ctx, before.QuadStore(), true)
	if err != nil {
		t.Fatal(err)
	}
	if !used || snap != whole {
		t.Errorf("the snapshot of the resolution in memory (read: %v) is not the store's groups:\n%s",
			used, diff(strings.Split(whole, "\n"), strings.Split(snap, "\n")))
	}
	resolvesToItself(t, before.QuadStore())
	resolvesToItself(t, after.QuadStore())
	compare("after resolving again")
	for _, st := range []*store.Store{after, before} {
		loadInto(t, st.QuadStore(), true, "c", "meet-3.jsonl")
	}
	compare("after a later load")
}
