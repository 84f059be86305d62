package server

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/queries"
)

// v1Rows posts Gizmo to the editor's endpoint and returns its result rows.
func v1Rows(t *testing.T, base, src string) []map[string]any {
	t.Helper()
	return editorRows(t, base+"/api/v1/query/gizmo?limit=1000", src)
}

// editorRows posts Gizmo to an endpoint and returns its result rows.
func editorRows(t *testing.T, u, src string) []map[string]any {
	t.Helper()
	resp, body := do(t, "POST", u, src)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %d %s", src, resp.StatusCode, body)
	}
	var out struct {
		Result []map[string]any `json:"result"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatal(err)
	}
	return out.Result
}

// TestEditorCannedQueries: Gizmo sent to the editor's endpoint calls the
// canned queries by their functions and gets the rows the canned query
// gives; the script of `query NAME --gizmo` runs there as it is; the
// library's helpers are there too.
func TestEditorCannedQueries(t *testing.T) {
	ts, qs := newTestServer(t, Config{})
	want, err := queries.Run(context.Background(), qs, "who-met", map[string]string{"name": "Wendy Sherman"}, queries.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Rows) == 0 {
		t.Fatal("who-met has no rows on the fixture")
	}
	norm := func(rows []map[string]any) string {
		data, _ := json.Marshal(rows)
		return string(data)
	}
	wantJSON := norm(want.Rows)
	for _, src := range []string{
		`whoMet("Wendy Sherman")`,
		`canned.whoMet("wendy sherman")`,
		`canned["who-met"]("Wendy Sherman")`,
	} {
		if got := norm(v1Rows(t, ts.URL, src)); got != wantJSON {
			t.Errorf("%s:\n got %s\nwant %s", src, got, wantJSON)
		}
	}
	// Cayley's web UI calls API v2.
	if got := norm(editorRows(t, ts.URL+"/api/v2/query?lang=gizmo", `whoMet("Wendy Sherman")`)); got != wantJSON {
		t.Errorf("API v2:\n got %s\nwant %s", got, wantJSON)
	}
	script, err := queries.Script("who-met", map[string]string{"name": "Wendy Sherman"})
	if err != nil {
		t.Fatal(err)
	}
	if got := norm(v1Rows(t, ts.URL, script)); got != wantJSON {
		t.Errorf("the --gizmo script:\n got %s\nwant %s", got, wantJSON)
	}
	// Optional parameters as an object; entity is a helper's name, so its
	// query is canned.entity.
	rows := v1Rows(t, ts.URL, `top({type: "person", limit: 1})`)
	if len(rows) != 1 {
		t.Errorf("top({limit: 1}) gave %d rows", len(rows))
	}
	if rows := v1Rows(t, ts.URL, `canned.entity("Sergei Ryabkov")`); len(rows) == 0 {
		t.Error("canned.entity gave no rows")
	}
	// The library's helpers, and its errors in words.
	if rows := v1Rows(t, ts.URL, `g.emit({n: nameOf("<http://newsgraph.org/id/person/wendy-sherman>")})`); len(rows) != 1 || rows[0]["n"] != "Wendy Sherman" {
		t.Errorf("library helpers gave %v", rows)
	}
	resp, body := do(t, "POST", ts.URL+"/api/v1/query/gizmo", `whoMet("Nobody Atall")`)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, `no entity is named \"Nobody Atall\"`) {
		t.Errorf("unknown name: %d %s", resp.StatusCode, body)
	}
	// Plain Gizmo still runs.
	if rows := v1Rows(t, ts.URL, `g.V("<http://newsgraph.org/id/person/wendy-sherman>").out("<http://schema.org/name>").all()`); len(rows) != 1 {
		t.Errorf("plain Gizmo: %v", rows)
	}
}

// TestEditorSnippets: the menu of Cayley's page offers every canned query as
// a call filled with names from the store, and each call runs.
func TestEditorSnippets(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	resp, body := do(t, "GET", ts.URL+"/api/editor/snippets", "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	var snippets []Snippet
	if err := json.Unmarshal([]byte(body), &snippets); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range snippets {
		names = append(names, s.Name)
		if !strings.Contains(s.Snippet, s.Call) || !strings.HasPrefix(s.Snippet, "// "+s.Name+": ") {
			t.Errorf("%s: snippet %q", s.Name, s.Snippet)
		}
		r, b := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", s.Snippet)
		// evidence of two people who did not meet may find nothing, but
		// every snippet must run.
		if r.StatusCode != http.StatusOK {
			t.Errorf("%s: %s: %d %s", s.Name, s.Call, r.StatusCode, b)
		}
	}
	if !reflect.DeepEqual(names, queries.Names()) {
		t.Errorf("snippets for %v; want %v", names, queries.Names())
	}
	// The page loads the menu.
	_, page := do(t, "GET", ts.URL+"/", "")
	if !strings.Contains(page, `<script src="/newsgraph/canned-menu.js" defer></script></body>`) {
		t.Error("Cayley's page does not load the canned-query menu")
	}
	if r, js := do(t, "GET", ts.URL+"/newsgraph/canned-menu.js", ""); r.StatusCode != http.StatusOK || !strings.Contains(js, "/api/editor/snippets") {
		t.Errorf("menu script: %d", r.StatusCode)
	}
}

func TestParseSince(t *testing.T) {
	now := mustTime(t, "2026-12-04T12:00:00Z")
	for _, tc := range []struct{ in, want string }{
		{"", "2026-12-03T12:00:00Z"},
		{"90m", "2026-12-04T10:30:00Z"},
		{"7d", "2026-11-27T12:00:00Z"},
		{"2026-12-01", "2026-12-01T00:00:00Z"},
		{"2026-12-02T08:00:00+01:00", "2026-12-02T07:00:00Z"},
	} {
		got, err := ParseSince(tc.in, now)
		if err != nil || !got.Equal(mustTime(t, tc.want)) {
			t.Errorf("ParseSince(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"yesterday", "-5h", "12"} {
		if _, err := ParseSince(bad, now); err == nil {
			t.Errorf("ParseSince(%q): no error", bad)
		}
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
