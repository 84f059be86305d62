package queries

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// loadFixture returns a memory store holding the N-Quads files.
func loadFixture(t testing.TB, files ...string) graph.QuadStore {
	t.Helper()
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	qw, err := graph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := graph.NewWriter(qw)
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := quad.CopyBatch(w, nquads.NewReader(fh, false), 1000); err != nil {
			t.Fatalf("load %s: %v", f, err)
		}
		fh.Close()
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return qs
}

func fixture(t testing.TB) graph.QuadStore {
	return loadFixture(t, "../testdata/queries/seed.nq", "../testdata/queries/hostile.nq")
}

func TestList(t *testing.T) {
	want := []string{"articles", "co-mentioned", "entity", "events-at", "evidence", "merges", "neighbours", "path", "roles", "search", "timeline", "top", "who-met"}
	if got := strings.Join(Names(), " "); got != strings.Join(want, " ") {
		t.Fatalf("queries = %s, want %s", got, strings.Join(want, " "))
	}
	for _, q := range List() {
		if q.Description == "" || len(q.Columns) == 0 {
			t.Errorf("%s: no description or columns", q.Name)
		}
	}
	q, _ := Get("timeline")
	if pos := q.Positional(); len(pos) != 1 || pos[0].Name != "name" {
		t.Errorf("timeline positional params = %v", pos)
	}
	if p, ok := q.Param("from"); !ok || p.Required {
		t.Errorf("timeline from param = %+v", p)
	}
}

// hasRow reports whether some row has every column containing the wanted text.
func hasRow(res *Result, want map[string]string) bool {
	for _, r := range res.Rows {
		ok := true
		for k, v := range want {
			if !strings.Contains(fmt.Sprint(r[k]), v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func TestCanned(t *testing.T) {
	qs := fixture(t)
	tests := []struct {
		query  string
		params map[string]string
		want   []map[string]string // rows that must be present
		absent []map[string]string // rows that must not
		rows   int                 // exact row count, -1 for any
	}{
		{"who-met", map[string]string{"name": "Wendy Sherman"},
			[]map[string]string{{"person": "Sergei Ryabkov", "how": "met", "evidence": "face-to-face talks with Wendy Sherman"},
				{"person": "Sergei Ryabkov", "how": "same event", "date": "2022-01-10"}}, nil, 2},
		{"who-met", map[string]string{"name": "wendy SHERMAN"}, []map[string]string{{"person": "Sergei Ryabkov"}}, nil, -1},
		{"who-met", map[string]string{"name": "ryabkov"}, []map[string]string{{"person": "Wendy Sherman"}}, nil, -1},
		{"entity", map[string]string{"name": "Sergei Ryabkov"},
			[]map[string]string{{"relation": "type", "value": "Person"}, {"relation": "jobTitle", "value": "Deputy Foreign Minister"},
				{"relation": "affiliation", "value": "Russia", "direction": "out"}, {"relation": "met", "value": "Wendy Sherman", "direction": "out"},
				{"relation": "attendee", "direction": "in", "value": "talks: Ryabkov, Sherman — Geneva, 2022-01"}},
			[]map[string]string{{"relation": "mentions"}}, -1},
		{"events-at", map[string]string{"place": "Switzerland"},
			[]map[string]string{{"date": "2021-06", "attendees": "Joe Biden, Vladimir Putin", "place": "Geneva"},
				{"date": "2022-01-10", "attendees": "Sergei Ryabkov, Wendy Sherman"}}, nil, 2},
		{"timeline", map[string]string{"name": "Geneva"}, []map[string]string{{"date": "2021-06", "role": "place"}, {"date": "2022-01-10"}}, nil, 2},
		{"timeline", map[string]string{"name": "Geneva", "from": "2022-01"}, []map[string]string{{"date": "2022-01-10"}}, nil, 1},
		{"timeline", map[string]string{"name": "Geneva", "to": "2021"}, []map[string]string{{"date": "2021-06"}}, nil, 1},
		{"timeline", map[string]string{"name": "Geneva", "from": "2021-06-15", "to": "2021-06-20"}, []map[string]string{{"date": "2021-06"}}, nil, 1},
		{"roles", map[string]string{"org": "state department"}, []map[string]string{{"person": "Ned Price", "title": "spokesman"}}, nil, 1},
		{"roles", map[string]string{"org": "Russia"}, []map[string]string{{"person": "Sergei Ryabkov", "title": "Deputy Foreign Minister"}}, nil, 1},
		{"path", map[string]string{"from": "Wendy Sherman", "to": "Joe Biden"},
			[]map[string]string{{"from": "Wendy Sherman", "relation": "(attendee)"}, {"relation": "organizer", "to": "Joe Biden"}}, nil, 3},
		{"path", map[string]string{"from": "Wendy Sherman", "to": "Joe Biden", "depth": "2"}, nil, nil, 0},
		{"path", map[string]string{"from": "Wendy Sherman", "to": "Sergei Ryabkov"}, []map[string]string{{"step": "1"}}, nil, 1},
		{"evidence", map[string]string{"subject": "Ryabkov", "predicate": "met", "object": "Sherman"},
			[]map[string]string{{"text": "face-to-face talks with Wendy Sherman", "headline": "US, Russia meet", "date": "2022-01-10", "url": "https://www.deccanherald.com/"}}, nil, 1},
		{"evidence", map[string]string{"subject": "Sherman", "predicate": "met", "object": "Ryabkov"}, []map[string]string{{"sentence": "/s1"}}, nil, 1},
		{"evidence", map[string]string{"subject": "Ned Price", "predicate": "jobTitle", "object": "spokesman"}, []map[string]string{{"text": "spokesman Ned Price"}}, nil, 1},
		{"evidence", map[string]string{"subject": "http://newsgraph.org/id/person/ned-price", "predicate": "http://schema.org/affiliation", "object": "http://newsgraph.org/id/org/state-department"}, []map[string]string{{"sentence": "/s4"}}, nil, 1},
		{"co-mentioned", map[string]string{"name": "NATO", "limit": "3"}, nil, []map[string]string{{"entity": "NATO"}}, 3},
		{"top", map[string]string{"type": "person", "limit": "2"}, []map[string]string{{"entity": "Ned Price"}}, nil, 2},
		{"top", map[string]string{"type": "place"}, []map[string]string{{"entity": "Geneva", "types": "City"}}, []map[string]string{{"types": "Person"}}, -1},
		{"articles", map[string]string{"name": "us"}, []map[string]string{{"date": "2022-01-10", "headline": "US, Russia meet", "source": "AP"}}, nil, 1},
		{"search", map[string]string{"text": "SHER"}, []map[string]string{{"name": "Wendy Sherman", "types": "Person"}}, nil, 1},
		{"neighbours", map[string]string{"name": "Wendy Sherman"},
			[]map[string]string{{"source": "Sergei Ryabkov", "predicate": "met", "target": "Wendy Sherman"},
				{"source": "talks: Ryabkov, Sherman — Geneva, 2022-01", "predicate": "attendee", "target": "Sergei Ryabkov"}},
			[]map[string]string{{"predicate": "mentions"}, {"predicate": "type"}}, -1},
	}
	for _, tc := range tests {
		t.Run(tc.query+" "+strings.Join(mapValues(tc.params), " "), func(t *testing.T) {
			res, err := Run(context.Background(), qs, tc.query, tc.params, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !hasRow(res, w) {
					t.Errorf("no row %v in %v", w, res.Rows)
				}
			}
			for _, w := range tc.absent {
				if hasRow(res, w) {
					t.Errorf("unexpected row %v in %v", w, res.Rows)
				}
			}
			if tc.rows >= 0 && len(res.Rows) != tc.rows {
				t.Errorf("%d rows, want %d: %v", len(res.Rows), tc.rows, res.Rows)
			}
			if strings.Join(res.Columns, ",") == "" {
				t.Errorf("no columns")
			}
		})
	}
}

func mapValues(m map[string]string) []string {
	var out []string
	for k, v := range m {
		out = append(out, k+"="+v)
	}
	return out
}

func TestAmbiguousAndNotFound(t *testing.T) {
	qs := fixture(t)
	// "georgia" fits a country and a person with as many mentions and
	// facts: one is picked (the IRI breaks the tie) and the result says so,
	// listing the other.
	res, err := Run(context.Background(), qs, "who-met", map[string]string{"name": "georgia"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Resolved) != 1 || res.Resolved[0].Param != "name" || len(res.Resolved[0].Others) != 1 ||
		res.Resolved[0].Picked.IRI != "http://newsgraph.org/id/person/georgia" ||
		res.Resolved[0].Others[0].IRI != "http://newsgraph.org/id/place/georgia" {
		t.Errorf("resolved = %+v", res.Resolved)
	}
	if note := res.Resolved[0].Note(5); !strings.Contains(note, "picked GEORGIA (Person") || !strings.Contains(note, "http://newsgraph.org/id/place/georgia") {
		t.Errorf("note = %q", note)
	}
	// The exact spelling picks one of them; so does the type a query
	// wants (events-at wants a place).
	for _, c := range []struct{ query, param, value, iri string }{
		{"entity", "name", "Georgia", "http://newsgraph.org/id/place/georgia"},
		{"entity", "name", "GEORGIA", "http://newsgraph.org/id/person/georgia"},
		{"events-at", "place", "georgia", ""},
	} {
		res, err := Run(context.Background(), qs, c.query, map[string]string{c.param: c.value}, Options{})
		if err != nil {
			t.Errorf("%s %q: %v", c.query, c.value, err)
			continue
		}
		if c.iri != "" && (len(res.Rows) == 0 || res.Rows[0]["value"] != c.iri) {
			t.Errorf("%s %q: first row %v, want the entity %s", c.query, c.value, res.Rows[:min(1, len(res.Rows))], c.iri)
		}
		if c.query == "events-at" && (len(res.Resolved) != 1 || res.Resolved[0].Picked.IRI != "http://newsgraph.org/id/place/georgia") {
			t.Errorf("events-at georgia: resolved %+v, want the place", res.Resolved)
		}
	}
	// An IRI picks one of them.
	if _, err := Run(context.Background(), qs, "entity", map[string]string{"name": "http://newsgraph.org/id/place/georgia"}, Options{}); err != nil {
		t.Errorf("by IRI: %v", err)
	}
	_, err = Run(context.Background(), qs, "who-met", map[string]string{"name": "Nobody Atall"}, Options{})
	var nf *NotFoundError
	if !errors.As(err, &nf) || nf.Value != "Nobody Atall" {
		t.Fatalf("err = %v, want NotFoundError", err)
	}
	if _, err := Run(context.Background(), qs, "who-met", nil, Options{}); !errors.Is(err, ErrBadParams) {
		t.Errorf("missing param: %v", err)
	}
	if _, err := Run(context.Background(), qs, "who-met", map[string]string{"name": "x", "bogus": "1"}, Options{}); !errors.Is(err, ErrBadParams) {
		t.Errorf("unknown param: %v", err)
	}
	if _, err := Run(context.Background(), qs, "path", map[string]string{"from": "Sherman", "to": "Ryabkov", "depth": "1); while(1){}"}, Options{}); !errors.Is(err, ErrBadParams) {
		t.Errorf("bad depth: %v", err)
	}
	if _, err := Run(context.Background(), qs, "nope", nil, Options{}); !errors.Is(err, ErrUnknownQuery) {
		t.Errorf("unknown query: %v", err)
	}
}

// Names that would break a query built by pasting strings into JavaScript
// are plain data here: stored ones are found, absent ones are not found.
func TestHostileParams(t *testing.T) {
	qs := fixture(t)
	stored := []string{
		"Jean \"Le Grand\" O'Neil \\ </script><script>alert(1)</script>",
		"Ann\nMarie\x00",
		"José Müller 🙂",
		"JOSÉ MÜLLER 🙂",
		"محمد عباس",
		"Esc \\u0022 \\n ${x} `t` '); g.emit('pwned",
	}
	for _, name := range stored {
		res, err := Run(context.Background(), qs, "who-met", map[string]string{"name": name}, Options{})
		if err != nil {
			t.Errorf("%q: %v", name, err)
			continue
		}
		if len(res.Rows) != 1 || res.Rows[0]["person"] != "Ned Price" {
			t.Errorf("%q: rows %v, want Ned Price", name, res.Rows)
		}
	}
	// Round trip: the hostile names come back unchanged.
	res, err := Run(context.Background(), qs, "who-met", map[string]string{"name": "Ned Price"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range stored {
		if name == "JOSÉ MÜLLER 🙂" {
			continue
		}
		if !hasRow(res, map[string]string{"person": name}) {
			t.Errorf("name %q not returned unchanged: %v", name, res.Rows)
		}
	}
	absent := []string{
		`"); g.emit("injected"); ("`,
		`'); g.emit('injected'); ('`,
		"</script><script>alert(1)</script>",
		`\`, `\\`, `\u0022`, "x\u2028\u2029", "a\nb\r\nc", "${params}", "(?i).*", ".*", "[", "<http://newsgraph.org/id/person/wendy-sherman>x",
		"\"Wendy Sherman\"", "<Wendy Sherman>",
	}
	for _, name := range absent {
		_, err := Run(context.Background(), qs, "who-met", map[string]string{"name": name}, Options{})
		var nf *NotFoundError
		if !errors.As(err, &nf) || nf.Value != strings.TrimSpace(name) {
			t.Errorf("%q: err = %v, want not found", name, err)
		}
		res, err := Run(context.Background(), qs, "search", map[string]string{"text": name}, Options{})
		if err != nil {
			t.Errorf("search %q: %v", name, err)
			continue
		}
		for _, r := range res.Rows {
			if n, _ := r["name"].(string); !strings.Contains(strings.ToLower(n), strings.ToLower(strings.TrimSpace(name))) {
				t.Errorf("search %q found %q", name, n)
			}
		}
	}
}

func TestTimeoutStopsEndlessLoop(t *testing.T) {
	qs := fixture(t)
	start := time.Now()
	_, err := RunRaw(context.Background(), qs, "while (true) {}", nil, Options{Timeout: 300 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want timeout", err)
	}
	if !strings.Contains(err.Error(), "300ms") {
		t.Errorf("message %q does not say the timeout", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %s", d)
	}
	// An endless loop that keeps querying the store stops too.
	_, err = RunRaw(context.Background(), qs, "for (;;) { g.V().toArray(); }", nil, Options{Timeout: 300 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want timeout", err)
	}
	// The caller's context stops it as well.
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	_, err = RunRaw(ctx, qs, "while (true) {}", nil, Options{})
	if err == nil {
		t.Fatal("cancelled query returned no error")
	}
}

func TestLimitCapsRows(t *testing.T) {
	qs := fixture(t)
	res, err := RunRaw(context.Background(), qs, "for (var i = 0; i < 1000000; i++) { g.emit({n: i}); }", nil, Options{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 50 || !res.Truncated || !strings.Contains(res.Notice, "capped at 50") {
		t.Fatalf("rows %d truncated %v notice %q", len(res.Rows), res.Truncated, res.Notice)
	}
	res, err = RunRaw(context.Background(), qs, "g.V().all()", nil, Options{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 10 || !res.Truncated {
		t.Fatalf("rows %d truncated %v", len(res.Rows), res.Truncated)
	}
	res, err = RunRaw(context.Background(), qs, "g.V(iri('http://newsgraph.org/id/person/wendy-sherman')).out(iri('http://schema.org/name')).all()", nil, Options{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 || res.Truncated || res.Rows[0]["id"] != "Wendy Sherman" || res.Columns[0] != "id" {
		t.Fatalf("rows %v truncated %v cols %v", res.Rows, res.Truncated, res.Columns)
	}
}

func TestRawParams(t *testing.T) {
	qs := fixture(t)
	res, err := RunRaw(context.Background(), qs, "g.emit({got: params.name, frozen: Object.isFrozen(params)})", map[string]string{"name": "a\"b</script>"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows[0]["got"] != "a\"b</script>" || res.Rows[0]["frozen"] != true {
		t.Fatalf("rows %v", res.Rows)
	}
	if _, err := RunRaw(context.Background(), qs, "this is not javascript(", nil, Options{}); err == nil {
		t.Fatal("syntax error not reported")
	}
}
