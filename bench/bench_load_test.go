package bench

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/writer"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/source"
)

// BenchmarkLoad runs the load pipeline of `newsgraph load` (reader,
// extraction workers, batched writer) over the inputs in NEWSGRAPH_BENCH_INPUT
// (a space-separated list of files: .nq files are imported, others extracted)
// into a fresh bolt store per iteration, so the pipeline can be profiled:
//
//	NEWSGRAPH_BENCH_INPUT=/tmp/q1m.nq go test ./bench -run '^$' -bench Load -benchtime 1x -cpuprofile cpu.out
//	go tool pprof -top -cum bench.test cpu.out
//
// NEWSGRAPH_BENCH_NOSYNC=1 skips bolt's fsync per transaction;
// NEWSGRAPH_BENCH_BATCH sets the quads per transaction. It reports
// quads/s and articles/s. Without NEWSGRAPH_BENCH_INPUT it is skipped.
func BenchmarkLoad(b *testing.B) {
	in := strings.Fields(os.Getenv("NEWSGRAPH_BENCH_INPUT"))
	if len(in) == 0 {
		b.Skip("NEWSGRAPH_BENCH_INPUT is not set")
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(384 << 20) // as newsgraph load does
	}
	var nq, articles []string
	for _, f := range in {
		if loader.IsNQuads(f) {
			nq = append(nq, f)
		} else {
			articles = append(articles, f)
		}
	}
	batch := 0 // the writer's default
	if v := os.Getenv("NEWSGRAPH_BENCH_BATCH"); v != "" {
		var err error
		if batch, err = strconv.Atoi(v); err != nil {
			b.Fatalf("NEWSGRAPH_BENCH_BATCH: %v", err)
		}
	}
	ctx := context.Background()
	var stats writer.Stats
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "bench.db")
		st, err := store.Open(store.Bolt, path, store.Options{NoSync: os.Getenv("NEWSGRAPH_BENCH_NOSYNC") != ""})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		w := writer.New(st.QuadStore(), writer.Options{BatchQuads: batch, Async: true})
		if len(articles) > 0 {
			qs := st.QuadStore()
			opts := loader.Options{
				Source: source.Options{MaxArticleSize: source.DefaultMaxArticleSize},
				Skip: func(iri quad.IRI, hash string) bool {
					h, err := writer.StoredHash(ctx, qs, iri)
					return err == nil && h == hash
				},
			}
			err := loader.Load(ctx, articles, opts, func(r loader.Result) error {
				if r.Err != nil || r.Skipped {
					return nil
				}
				return w.Add(ctx, writer.FromQuads(r.Quads))
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		for _, f := range nq {
			err := loader.ReadNQuads(ctx, f, nil, 10<<20, func(g loader.Group) error {
				if g.Err != nil {
					return nil
				}
				return w.Add(ctx, writer.FromQuads(g.Quads))
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Flush(ctx); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		stats = w.Stats()
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	s := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(stats.Added)/s, "quads/s")
	b.ReportMetric(float64(stats.Articles)/s, "articles/s")
}
