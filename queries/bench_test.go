package queries

import (
	"context"
	"os"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph/store"
)

// BenchmarkCanned measures every canned query and reports its median and
// 95th-percentile latency (p50-ms, p95-ms). It runs over the bolt store named
// by NEWSGRAPH_BENCH_DB, e.g. one loaded with the BBC and Reuters corpora:
//
//	newsgraph load --dbpath /tmp/bench.db --nosync ../shared/data/bbc/articles.jsonl ../shared/data/reuters/articles.jsonl
//	NEWSGRAPH_BENCH_DB=/tmp/bench.db go test ./queries -run '^$' -bench Canned -benchtime 50x
//
// Without it, it runs over the small test fixture. The parameters are taken
// from the store: its most connected person, place and organisation. Finding
// them builds the store's digest, as `newsgraph serve` does when it starts,
// so these are a server's latencies; BenchmarkDigest measures the build,
// which the first top or search of a new process (the CLI) pays.
func BenchmarkCanned(b *testing.B) {
	qs := benchStore(b)
	ctx := context.Background()
	most := func(typ string) (iri, name string) {
		res, err := Run(ctx, qs, "top", map[string]string{"type": typ, "limit": "1"}, Options{})
		if err != nil || len(res.Rows) == 0 {
			b.Fatalf("top %s: %v %v", typ, err, res)
		}
		return res.Rows[0]["iri"].(string), res.Rows[0]["entity"].(string)
	}
	person, personName := most("person")
	place, _ := most("place")
	org, _ := most("organization")
	// A fact of the person, for evidence.
	nb, err := Run(ctx, qs, "neighbours", map[string]string{"name": person, "limit": "1"}, Options{})
	if err != nil || len(nb.Rows) == 0 {
		b.Fatalf("neighbours: %v", err)
	}
	fact := nb.Rows[0]
	b.Logf("person %s (%s), place %s, org %s; fact %s %s %s", personName, person, place, org, fact["source_iri"], fact["predicate"], fact["target_iri"])
	search := strings.Fields(personName)[len(strings.Fields(personName))-1]
	cases := []struct {
		name   string
		params map[string]string
	}{
		{"articles", map[string]string{"name": person}},
		{"co-mentioned", map[string]string{"name": person}},
		{"entity", map[string]string{"name": person}},
		{"entity-by-name", map[string]string{"name": strings.ToLower(personName)}},
		{"events-at", map[string]string{"place": place}},
		{"evidence", map[string]string{"subject": fact["source_iri"].(string), "predicate": fact["predicate_iri"].(string), "object": fact["target_iri"].(string)}},
		{"neighbours", map[string]string{"name": person}},
		{"path", map[string]string{"from": person, "to": place, "depth": "3"}},
		{"roles", map[string]string{"org": org}},
		{"search", map[string]string{"text": search}},
		{"timeline", map[string]string{"name": person}},
		{"top", map[string]string{"type": "person"}},
		{"who-met", map[string]string{"name": person}},
	}
	for _, c := range cases {
		query := strings.TrimSuffix(c.name, "-by-name")
		b.Run(c.name, func(b *testing.B) {
			times := make([]time.Duration, 0, b.N)
			rows := 0
			for i := 0; i < b.N; i++ {
				start := time.Now()
				res, err := Run(ctx, qs, query, c.params, Options{Timeout: 5 * time.Minute})
				times = append(times, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				rows = len(res.Rows)
			}
			sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(ms(times[len(times)/2]), "p50-ms")
			b.ReportMetric(ms(times[(len(times)*95+99)/100-1]), "p95-ms")
			b.ReportMetric(float64(rows), "rows")
		})
	}
}

// BenchmarkDigest measures building the store digest that top and search
// read (what the first of them pays in a new process; a server builds it as
// it starts), over the store named by NEWSGRAPH_BENCH_DB or the fixture.
func BenchmarkDigest(b *testing.B) {
	qs := benchStore(b)
	ctx := context.Background()
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < b.N; i++ {
		d, err := buildDigest(ctx, qs, 0)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(d.ents)), "entities")
		b.ReportMetric(float64(d.names.len()), "names")
		if i == b.N-1 {
			// The memory a digest keeps.
			b.StopTimer()
			var after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))/(1<<20), "kept-MB")
			runtime.KeepAlive(d)
			b.StartTimer()
		}
	}
}

// benchStore opens the bolt store named by NEWSGRAPH_BENCH_DB, closed when
// the benchmark ends, or builds the fixture.
func benchStore(b *testing.B) graph.QuadStore {
	path := os.Getenv("NEWSGRAPH_BENCH_DB")
	if path == "" {
		return fixture(b)
	}
	st, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st.QuadStore()
}
