package boltkv_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"google.golang.org/protobuf/proto"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/internal/quadtest"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/source"
)

// sampleQuads returns the quads of the sample articles, each once.
func sampleQuads(t *testing.T) []quad.Quad {
	t.Helper()
	var out []quad.Quad
	seen := map[string]bool{}
	err := source.Read(context.Background(), []string{"../../testdata/articles"}, source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			return it.Err
		}
		for _, q := range loader.Convert(it.Article) {
			if k := q.NQuad(); !seen[k] {
				seen[k] = true
				out = append(out, q)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 1000 {
		t.Fatalf("%d sample quads, want the sample corpus", len(out))
	}
	return out
}

func openBolt(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(store.Bolt, filepath.Join(t.TempDir(), "test.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newWriter(t *testing.T, s *store.Store) *boltkv.Writer {
	t.Helper()
	w, err := boltkv.NewWriter(s.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// dump returns every entry of a bolt store, bucket by bucket, leaving out
// empty buckets and the time stamps of the log entries.
func dump(t *testing.T, s *store.Store) map[string]map[string]string {
	t.Helper()
	db := boltkv.KV(s.QuadStore()).(*hbolt.DB).DB()
	out := map[string]map[string]string{}
	err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if string(name) == "log" {
					var p cproto.Primitive
					if err := proto.Unmarshal(v, &p); err != nil {
						return fmt.Errorf("log %x: %w", k, err)
					}
					p.Timestamp = 0
					opts := proto.MarshalOptions{Deterministic: true}
					var err error
					if v, err = opts.Marshal(&p); err != nil {
						return err
					}
				}
				if out[string(name)] == nil {
					out[string(name)] = map[string]string{}
				}
				out[string(name)][string(k)] = string(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func compareDumps(t *testing.T, got, want map[string]map[string]string) {
	t.Helper()
	var names []string
	for name := range want {
		names = append(names, name)
	}
	for name := range got {
		if want[name] == nil {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	bad := 0
	for _, name := range names {
		g, w := got[name], want[name]
		for k, wv := range w {
			if gv, ok := g[k]; !ok {
				t.Errorf("bucket %q key %x: missing, want %x", name, k, wv)
				bad++
			} else if gv != wv {
				t.Errorf("bucket %q key %x: %x, want %x", name, k, gv, wv)
				bad++
			}
		}
		for k, gv := range g {
			if _, ok := w[k]; !ok {
				t.Errorf("bucket %q key %x: %x, not in Cayley's store", name, k, gv)
				bad++
			}
		}
		if bad > 20 {
			t.Fatal("too many differences")
		}
	}
}

// TestSameAsCayley writes the sample quads in three batches through Cayley's
// writer into one store and through Writer into another: the two stores
// must hold the same entries, bucket by bucket.
func TestSameAsCayley(t *testing.T) {
	quads := sampleQuads(t)
	cayley, ours := openBolt(t), openBolt(t)
	w := newWriter(t, ours)
	third := len(quads) / 3
	for _, part := range [][]quad.Quad{quads[:third], quads[third : 2*third], quads[2*third:]} {
		deltas := make([]graph.Delta, len(part))
		for i, q := range part {
			deltas[i] = graph.Delta{Quad: q, Action: graph.Add}
		}
		if err := cayley.QuadStore().ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
			t.Fatal(err)
		}
		added, err := w.WriteQuads(part)
		if err != nil {
			t.Fatal(err)
		}
		if added != len(part) {
			t.Errorf("added %d quads, want %d", added, len(part))
		}
	}
	want, got := dump(t, cayley), dump(t, ours)
	if len(want["log"]) < len(quads) {
		t.Fatalf("Cayley's log has %d entries for %d quads", len(want["log"]), len(quads))
	}
	compareDumps(t, got, want)
	// The same buckets, empty ones included: a bucket of values is created
	// when its first value arrives, as Cayley does.
	if g, w := bucketNames(t, ours), bucketNames(t, cayley); !slices.Equal(g, w) {
		t.Errorf("%d buckets, Cayley's store has %d", len(g), len(w))
	}
}

// bucketNames returns the names of a bolt store's top-level buckets.
func bucketNames(t *testing.T, s *store.Store) []string {
	t.Helper()
	var out []string
	db := boltkv.KV(s.QuadStore()).(*hbolt.DB).DB()
	err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			out = append(out, string(name))
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDuplicatesAndDeletes checks that Writer skips stored and repeated
// quads, that Cayley deletes what Writer wrote (and drops nodes no quad
// uses), and that Writer adds deleted quads back.
func TestDuplicatesAndDeletes(t *testing.T) {
	quads := sampleQuads(t)
	s := openBolt(t)
	w := newWriter(t, s)
	half := len(quads) / 2
	if _, err := w.WriteQuads(quads[:half]); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s)

	// Stored quads, and quads repeated in the batch, are skipped.
	again := append(append([]quad.Quad{}, quads[:half]...), quads[:10]...)
	if added, err := w.WriteQuads(again); err != nil || added != 0 {
		t.Fatalf("writing stored quads again: added %d, %v; want 0", added, err)
	}
	compareDumps(t, dump(t, s), before)
	// A batch of old and new quads adds the new ones.
	mixed := append(append([]quad.Quad{}, quads[half:]...), quads[:half]...)
	if added, err := w.WriteQuads(mixed); err != nil || added != len(quads)-half {
		t.Fatalf("writing old and new quads: added %d, %v; want %d", added, err, len(quads)-half)
	}
	if got, want := quadtest.Stored(t, s.QuadStore()), quadtest.Lines(quads); !equal(got, want) {
		t.Fatalf("stored %d quads, want %d", len(got), len(want))
	}
	if st, err := s.Stats(context.Background()); err != nil || st.Quads.Value != int64(len(quads)) {
		t.Errorf("store size %d (%v), want %d", st.Quads.Value, err, len(quads))
	}

	// Cayley deletes the quads of one node: the node goes with them.
	subject := quads[0].Subject
	var del []graph.Delta
	var kept []quad.Quad
	for _, q := range quads {
		if q.Subject == subject || q.Object == subject || q.Label == subject {
			del = append(del, graph.Delta{Quad: q, Action: graph.Delete})
		} else {
			kept = append(kept, q)
		}
	}
	if err := s.QuadStore().ApplyDeltas(del, graph.IgnoreOpts{}); err != nil {
		t.Fatalf("Cayley deleting %d quads Writer wrote: %v", len(del), err)
	}
	if got, want := quadtest.Stored(t, s.QuadStore()), quadtest.Lines(kept); !equal(got, want) {
		t.Fatalf("after deleting: %d quads, want %d", len(got), len(want))
	}
	if ref, err := s.QuadStore().ValueOf(subject); err != nil || ref != nil {
		t.Errorf("node %v is in no quad, still stored: %v %v", subject, ref, err)
	}

	// Writer adds them back.
	back := make([]quad.Quad, len(del))
	for i, d := range del {
		back[i] = d.Quad
	}
	if added, err := w.WriteQuads(back); err != nil || added != len(back) {
		t.Fatalf("adding deleted quads back: added %d, %v; want %d", added, err, len(back))
	}
	if got, want := quadtest.Stored(t, s.QuadStore()), quadtest.Lines(quads); !equal(got, want) {
		t.Fatalf("after adding back: %d quads, want %d", len(got), len(want))
	}
}

// TestSameNodeOtherType checks that values of different Go types with the
// same N-Quads form are one node, as in Cayley.
func TestSameNodeOtherType(t *testing.T) {
	s := openBolt(t)
	w := newWriter(t, s)
	qs := []quad.Quad{
		{Subject: quad.IRI("a"), Predicate: quad.IRI("n"), Object: quad.Int(5)},
		{Subject: quad.IRI("b"), Predicate: quad.IRI("n"), Object: quad.TypedString{Value: "5", Type: "xsd:integer"}},
	}
	if quad.HashOf(qs[0].Object) == nil || !bytes.Equal(quad.HashOf(qs[0].Object), quad.HashOf(qs[1].Object)) {
		t.Fatal("the two objects have different hashes: choose two with the same N-Quads form")
	}
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	n := 0
	db := boltkv.KV(s.QuadStore()).(*hbolt.DB).DB()
	db.View(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("log")).ForEach(func(k, v []byte) error {
			if e, err := boltkv.DecodeEntry(v); err == nil && e.Node {
				n++
			}
			return nil
		})
	})
	if n != 4 { // a, b, n, 5
		t.Errorf("%d nodes, want 4", n)
	}
}

func TestNotBolt(t *testing.T) {
	s, err := store.Open(store.Memory, "", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := boltkv.NewWriter(s.QuadStore()); err != boltkv.ErrNotBolt {
		t.Errorf("NewWriter on a memory store: %v, want ErrNotBolt", err)
	}
}

func equal(a, b []string) bool { return slices.Equal(a, b) }
