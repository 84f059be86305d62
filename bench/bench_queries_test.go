// Package bench holds newsgraph's performance measurements: load.sh (bulk,
// end-to-end, PostgreSQL and incremental loads) and Go benchmarks it drives.
package bench

import (
	"context"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/queries"
)

// BenchmarkQueries measures every canned query over a loaded store on any
// backend and reports its median and 95th-percentile latency (p50-ms,
// p95-ms) and the rows returned. It is queries.BenchmarkCanned with the
// backend chosen by NEWSGRAPH_BENCH_BACKEND (bolt, postgres, cockroach) and
// NEWSGRAPH_BENCH_DBPATH (file or URL), and with named arguments:
//
//	NEWSGRAPH_BENCH_BACKEND=postgres NEWSGRAPH_BENCH_DBPATH=postgres://... \
//	NEWSGRAPH_BENCH_PERSON="Tony Blair" NEWSGRAPH_BENCH_PLACE=London NEWSGRAPH_BENCH_ORG="European Union" \
//	go test ./bench -run '^$' -bench Queries -benchtime 10x
//
// An argument left empty is the store's most connected entity of its type.
// A query stops repeating once its runs took NEWSGRAPH_BENCH_BUDGET (a
// duration, default 60s) and reports how many it made (runs); a single run
// stops at 2 minutes. Without NEWSGRAPH_BENCH_DBPATH the benchmark is skipped.
func BenchmarkQueries(b *testing.B) {
	path := os.Getenv("NEWSGRAPH_BENCH_DBPATH")
	if path == "" {
		b.Skip("NEWSGRAPH_BENCH_DBPATH is not set")
	}
	backend := os.Getenv("NEWSGRAPH_BENCH_BACKEND")
	if backend == "" {
		backend = store.Bolt
	}
	st, err := store.Open(backend, path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	qs := st.QuadStore()
	ctx := context.Background()
	opts := queries.Options{Timeout: 2 * time.Minute}
	budget := time.Minute
	if v := os.Getenv("NEWSGRAPH_BENCH_BUDGET"); v != "" {
		if budget, err = time.ParseDuration(v); err != nil {
			b.Fatalf("NEWSGRAPH_BENCH_BUDGET: %v", err)
		}
	}

	// entity resolves a name to an IRI through the entity query, or takes
	// the most connected entity of the type.
	entity := func(env, typ string) (iri, name string) {
		if name := os.Getenv(env); name != "" {
			res, err := queries.Run(ctx, qs, "search", map[string]string{"text": name, "limit": "1000"}, opts)
			if err != nil {
				b.Fatalf("search %q: %v", name, err)
			}
			// The exact spelling of the type first ("London" the place, not
			// the "LONDON" of a dateline), then any case or type.
			typed := func(r map[string]any) bool {
				types, _ := r["types"].(string)
				return strings.Contains(strings.ToLower(types), typ)
			}
			for _, strict := range []bool{true, false} {
				for _, r := range res.Rows {
					n, _ := r["name"].(string)
					if (strict && n == name && typed(r)) || (!strict && strings.EqualFold(n, name)) {
						return r["iri"].(string), n
					}
				}
			}
			b.Logf("%s: no entity named %q in the store; taking the most connected %s", env, name, typ)
		}
		res, err := queries.Run(ctx, qs, "top", map[string]string{"type": typ, "limit": "1"}, opts)
		if err != nil || len(res.Rows) == 0 {
			b.Fatalf("top %s: %v %v", typ, err, res)
		}
		return res.Rows[0]["iri"].(string), res.Rows[0]["entity"].(string)
	}
	person, personName := entity("NEWSGRAPH_BENCH_PERSON", "person")
	place, placeName := entity("NEWSGRAPH_BENCH_PLACE", "place")
	_, orgName := entity("NEWSGRAPH_BENCH_ORG", "organization")
	nb, err := queries.Run(ctx, qs, "neighbours", map[string]string{"name": person, "limit": "1"}, opts)
	if err != nil || len(nb.Rows) == 0 {
		b.Fatalf("neighbours of %s: %v", person, err)
	}
	fact := nb.Rows[0]
	b.Logf("backend %s; person %s, place %s, org %s; fact %s %s %s", backend, personName, placeName, orgName,
		fact["source_iri"], fact["predicate"], fact["target_iri"])
	words := strings.Fields(personName)
	cases := []struct {
		name   string
		params map[string]string
	}{
		{"articles", map[string]string{"name": personName}},
		{"co-mentioned", map[string]string{"name": personName}},
		{"entity", map[string]string{"name": personName}},
		{"events-at", map[string]string{"place": place}}, // a place name often names several places
		{"evidence", map[string]string{"subject": fact["source_iri"].(string), "predicate": fact["predicate_iri"].(string), "object": fact["target_iri"].(string)}},
		{"neighbours", map[string]string{"name": personName}},
		{"path", map[string]string{"from": person, "to": place, "depth": "3"}},
		{"roles", map[string]string{"org": orgName}},
		{"search", map[string]string{"text": words[len(words)-1]}},
		{"timeline", map[string]string{"name": personName}},
		{"top", map[string]string{"type": "person"}},
		{"who-met", map[string]string{"name": personName}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			times := make([]time.Duration, 0, b.N)
			rows := 0
			var total time.Duration
			for i := 0; i < b.N && total < budget; i++ {
				start := time.Now()
				res, err := queries.Run(ctx, qs, c.name, c.params, opts)
				times = append(times, time.Since(start))
				total += times[len(times)-1]
				if err != nil {
					// A timeout on one backend is a figure too: say so and
					// go on with the other queries.
					b.Logf("QUERY-ERROR %s: %v", c.name, err)
					b.SkipNow()
				}
				rows = len(res.Rows)
			}
			sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(ms(times[len(times)/2]), "p50-ms")
			b.ReportMetric(ms(times[(len(times)*95+99)/100-1]), "p95-ms")
			b.ReportMetric(float64(rows), "rows")
			b.ReportMetric(float64(len(times)), "runs")
		})
	}
}
