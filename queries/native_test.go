package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/store"
)

// forget drops the digest of qs, so that the next query walks the store.
func forget(qs graph.QuadStore) {
	digests.forget(qs)
}

// The Go helpers answer from the store's digest when a server has built one
// and from the store otherwise: both give the same rows.
func TestDigestGivesSameAnswers(t *testing.T) {
	qs := fixture(t)
	ctx := context.Background()
	cases := []map[string]string{
		{"query": "entity", "name": "Sergei Ryabkov"},
		{"query": "entity", "name": "Geneva"},
		{"query": "neighbours", "name": "Wendy Sherman"},
		{"query": "neighbours", "name": "NATO"},
		{"query": "path", "from": "Wendy Sherman", "to": "Joe Biden"},
		{"query": "path", "from": "Wendy Sherman", "to": "Joe Biden", "depth": "2"},
		{"query": "path", "from": "Sergei Ryabkov", "to": "Switzerland"},
		{"query": "co-mentioned", "name": "NATO"},
		{"query": "who-met", "name": "Ned Price"},
		{"query": "roles", "org": "Russia"},
		{"query": "timeline", "name": "Geneva"},
		{"query": "events-at", "place": "Switzerland"},
	}
	for _, c := range cases {
		params := map[string]string{}
		for k, v := range c {
			if k != "query" {
				params[k] = v
			}
		}
		forget(qs)
		cold, err := Run(ctx, qs, c["query"], params, Options{})
		if err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if cachedDigest(ctx, qs) != nil {
			t.Fatalf("%v: a digest was built", c)
		}
		if err := Warm(ctx, qs); err != nil {
			t.Fatal(err)
		}
		warm, err := Run(ctx, qs, c["query"], params, Options{})
		if err != nil {
			t.Fatalf("%v (digest): %v", c, err)
		}
		if a, b := rowsJSON(cold), rowsJSON(warm); a != b {
			t.Errorf("%v: from the store\n%s\nfrom the digest\n%s", c, a, b)
		}
		if len(cold.Rows) == 0 && c["depth"] == "" {
			t.Errorf("%v: no rows", c)
		}
	}
}

func rowsJSON(res *Result) string {
	var lines []string
	for _, r := range res.Rows {
		b, _ := json.Marshal(r)
		lines = append(lines, string(b))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// A digest is rebuilt when the store changes.
func TestDigestFollowsStore(t *testing.T) {
	qs := fixture(t)
	ctx := context.Background()
	res, err := Run(ctx, qs, "search", map[string]string{"text": "zebulon"}, Options{})
	if err != nil || len(res.Rows) != 0 {
		t.Fatalf("rows %v err %v", res, err)
	}
	w, err := graph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.AddQuad(quad.Make(quad.IRI("http://newsgraph.org/id/person/zebulon-pike"), quad.IRI("http://schema.org/name"), quad.String("Zebulon Pike"), nil)); err != nil {
		t.Fatal(err)
	}
	if err := w.AddQuad(quad.Make(quad.IRI("http://newsgraph.org/id/person/zebulon-pike"), quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), quad.IRI("http://schema.org/Person"), nil)); err != nil {
		t.Fatal(err)
	}
	if err := w.AddQuad(quad.Make(quad.IRI("http://newsgraph.org/id/person/zebulon-pike"), quad.IRI("http://schema.org/alternateName"), quad.String("Zzxq"), nil)); err != nil {
		t.Fatal(err)
	}
	if err := w.AddQuad(quad.Make(quad.IRI("http://newsgraph.org/id/person/jzzk"), quad.IRI("http://schema.org/name"), quad.String("Jzzk"), nil)); err != nil {
		t.Fatal(err)
	}
	res, err = Run(ctx, qs, "search", map[string]string{"text": "zebulon"}, Options{})
	if err != nil || len(res.Rows) != 1 || res.Rows[0]["name"] != "Zebulon Pike" || res.Rows[0]["types"] != "Person" {
		t.Fatalf("rows %v err %v", res.Rows, err)
	}
	// Found by its alternate name, listed by its name; no match across two
	// names ("Zzxq" then "Jzzk").
	for text, want := range map[string]int{"ZXQ": 1, "xqjz": 0, "zzk": 1, "zz": 2} {
		res, err = Run(ctx, qs, "search", map[string]string{"text": text}, Options{})
		if err != nil || len(res.Rows) != want {
			t.Errorf("search %q: rows %v err %v, want %d rows", text, res.Rows, err, want)
		}
	}
}

// lib.js and native.go agree on which predicates are no facts.
func TestNotFactsAgree(t *testing.T) {
	res, err := RunRaw(context.Background(), fixture(t), library()+"\nObject.keys(NOT_FACTS).sort().forEach(function (k) { g.emit({p: k}); });", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var js, gov []string
	for _, r := range res.Rows {
		js = append(js, r["p"].(string))
	}
	for _, p := range notFacts {
		gov = append(gov, "<"+p+">")
	}
	sort.Strings(gov)
	if strings.Join(js, " ") != strings.Join(gov, " ") {
		t.Errorf("lib.js NOT_FACTS %v\nnative.go notFacts %v", js, gov)
	}
}

// boltFixture is the test fixture in a bolt store.
func boltFixture(t *testing.T) graph.QuadStore {
	t.Helper()
	st, err := store.Open(store.Bolt, filepath.Join(t.TempDir(), "q.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	mem := fixture(t)
	qw, err := graph.NewQuadWriter("single", st.QuadStore(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var quads []quad.Quad
	it := mem.QuadsAllIterator().Iterate()
	for it.Next(context.Background()) {
		q, err := mem.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		quads = append(quads, q)
	}
	it.Close()
	if err := qw.AddQuadSet(quads); err != nil {
		t.Fatal(err)
	}
	// A deleted quad is not read.
	if err := qw.RemoveQuad(quads[0]); err != nil {
		t.Fatal(err)
	}
	return st.QuadStore()
}

// The cursor over a bolt store's log reads the same quads as Cayley's
// iterator does.
func TestKVScanReadsAllQuads(t *testing.T) {
	qs := boltFixture(t)
	ctx := context.Background()
	var viaScan, viaIterator []string
	record := func(list *[]string) func(s, p, o, l graph.Ref) {
		return func(s, p, o, l graph.Ref) {
			*list = append(*list, fmt.Sprint(keyOf(s), keyOf(p), keyOf(o), keyOf(l)))
		}
	}
	ok, err := boltkv.ScanQuads(ctx, qs, record(&viaScan))
	if !ok || err != nil {
		t.Fatalf("boltkv.ScanQuads: ok %v err %v (has Cayley's kv store changed?)", ok, err)
	}
	if err := boltkv.EachQuadOf(ctx, qs, record(&viaIterator)); err != nil {
		t.Fatal(err)
	}
	if len(viaScan) < 20 || strings.Join(viaScan, "\n") != strings.Join(viaIterator, "\n") {
		t.Errorf("cursor read %d quads, iterator %d:\n%v\n%v", len(viaScan), len(viaIterator), viaScan, viaIterator)
	}
	// And the queries answer on bolt as on the memory store.
	for _, c := range []struct{ query, key, val string }{{"top", "type", "person"}, {"search", "text", "sher"}, {"neighbours", "name", "Wendy Sherman"}} {
		want, err := Run(ctx, fixture(t), c.query, map[string]string{c.key: c.val}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := Run(ctx, qs, c.query, map[string]string{c.key: c.val}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if rowsJSON(got) != rowsJSON(want) || len(got.Rows) == 0 {
			t.Errorf("%s on bolt:\n%s\nin memory:\n%s", c.query, rowsJSON(got), rowsJSON(want))
		}
	}
}

// The Go helpers stop at the timeout too, and say so.
func TestNativeTimeout(t *testing.T) {
	qs := boltFixture(t)
	for _, c := range []struct{ query, key, val string }{{"top", "type", ""}, {"search", "text", "a"}, {"co-mentioned", "name", "NATO"}, {"path", "from", "Wendy Sherman"}} {
		forget(qs)
		params := map[string]string{c.key: c.val}
		if c.query == "path" {
			params["to"] = "Joe Biden"
		}
		_, err := Run(context.Background(), qs, c.query, params, Options{Timeout: time.Nanosecond})
		if !errors.Is(err, ErrTimeout) {
			t.Errorf("%s: err = %v, want timeout", c.query, err)
		}
	}
	// A digest build stopped by a timeout is not kept.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Warm(ctx, qs); err == nil {
		t.Error("Warm with a cancelled context succeeded")
	}
	if cachedDigest(context.Background(), qs) != nil {
		t.Error("a cancelled build left a digest")
	}
}
