package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
)

// TestMemoryReadsDuringWrites reads the memory store while another
// goroutine writes and deletes, as newsgraph serve --db memory does when it
// ingests while people query. Cayley's memory store alone fails this with
// "concurrent map read and map write"; the store Open returns must not.
func TestMemoryReadsDuringWrites(t *testing.T) {
	s, err := store.Open(store.Memory, "", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	qs := s.QuadStore()
	ctx := context.Background()
	const batches, perBatch = 300, 20
	batch := func(b int, action graph.Procedure) []graph.Delta {
		var ds []graph.Delta
		for i := 0; i < perBatch; i++ {
			ds = append(ds, graph.Delta{Action: action, Quad: quad.Make(
				quad.IRI(fmt.Sprintf("s%d", b)), quad.IRI("p"), quad.String(fmt.Sprintf("o%d-%d", b, i)), nil)})
		}
		return ds
	}

	done := make(chan struct{})
	var wg sync.WaitGroup
	var readErr error
	var readOnce sync.Once
	fail := func(err error) { readOnce.Do(func() { readErr = err }) }
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				sc := qs.QuadsAllIterator().Iterate()
				for sc.Next(ctx) {
					q, err := qs.Quad(sc.Result())
					if err != nil {
						fail(err)
					}
					if _, err := qs.ValueOf(q.Subject); err != nil {
						fail(err)
					}
				}
				sc.Close()
				if _, err := qs.Stats(ctx, true); err != nil {
					fail(err)
				}
			}
		}()
	}
	for b := 0; b < batches; b++ {
		if err := qs.ApplyDeltas(batch(b, graph.Add), graph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		if b%2 == 1 { // every other batch is deleted again
			if err := qs.ApplyDeltas(batch(b, graph.Delete), graph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	close(done)
	wg.Wait()
	if readErr != nil {
		t.Fatalf("read during writes: %v", readErr)
	}
	st, err := qs.Stats(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(batches / 2 * perBatch); st.Quads.Value != want {
		t.Errorf("quads after the writes: %d, want %d", st.Quads.Value, want)
	}
}
