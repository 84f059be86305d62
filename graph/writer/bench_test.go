package writer_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/writer"
	"github.com/newsgraph/newsgraph/loader"
)

// benchArticles returns n synthetic articles of three sentences, each
// naming people and facts, like a short news story.
func benchArticles(n int) [][]quad.Quad {
	out := make([][]quad.Quad, n)
	for i := range out {
		out[i] = loader.Quads(article(fmt.Sprintf("https://bench.test/%d", i), fmt.Sprintf("Story %d", i),
			fmt.Sprintf("Person%d met Person%d in Oslo.", i, i+1), fmt.Sprintf("Person%d spoke on day %d.", i+2, i),
			"Officials agreed."))
	}
	return out
}

// BenchmarkWriteBolt writes articles into a fresh bolt store; it reports
// quads/s.
func BenchmarkWriteBolt(b *testing.B) {
	for _, bc := range []struct {
		nosync bool
		batch  int
	}{{false, 5000}, {false, 20000}, {false, 50000}, {true, 20000}, {false, 200000}} {
		nosync := bc.nosync
		b.Run(fmt.Sprintf("nosync=%v/batch=%d", nosync, bc.batch), func(b *testing.B) {
			arts := benchArticles(5000)
			quads := 0
			for _, a := range arts {
				quads += len(a)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s, err := store.Open(store.Bolt, filepath.Join(b.TempDir(), "bench.db"), store.Options{NoSync: nosync})
				if err != nil {
					b.Fatal(err)
				}
				w := writer.New(s.QuadStore(), writer.Options{BatchQuads: bc.batch})
				b.StartTimer()
				for _, a := range arts {
					if err := w.Add(context.Background(), writer.FromQuads(a)); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Flush(context.Background()); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				s.Close()
			}
			b.ReportMetric(float64(quads*b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}
