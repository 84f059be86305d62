package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

func fixtureStore(t testing.TB) graph.QuadStore {
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
	for _, f := range []string{"../testdata/queries/seed.nq", "../testdata/queries/hostile.nq"} {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := quad.CopyBatch(w, nquads.NewReader(fh, false), 1000); err != nil {
			t.Fatal(err)
		}
		fh.Close()
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return qs
}

func newTestServer(t *testing.T, cfg Config) (*httptest.Server, graph.QuadStore) {
	t.Helper()
	qs := fixtureStore(t)
	s, err := New(qs, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, qs
}

func do(t *testing.T, method, u, body string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp, string(data)
}

func TestReadOnlyByDefault(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	nq := `<http://x/a> <http://x/b> "c" .`
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete", "/api/v1/write", "/api/v1/delete", "/api/v1/write/file/nquad"} {
		resp, body := do(t, "POST", ts.URL+p, nq)
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, "read-only") {
			t.Errorf("POST %s: %d %s, want 403", p, resp.StatusCode, body)
		}
	}
	// Reading still works.
	resp, body := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V(iri("http://newsgraph.org/id/person/wendy-sherman")).out(iri("http://schema.org/name")).all()`)
	if resp.StatusCode != 200 || !strings.Contains(body, `"Wendy Sherman"`) {
		t.Errorf("query: %d %s", resp.StatusCode, body)
	}
}

func TestWritable(t *testing.T) {
	ts, qs := newTestServer(t, Config{Writable: true, MaxBody: 1000})
	resp, body := do(t, "POST", ts.URL+"/api/v2/write", `<http://x/a> <http://x/b> "c" .`, "Content-Type", "application/n-quads")
	if resp.StatusCode != 200 {
		t.Fatalf("write: %d %s", resp.StatusCode, body)
	}
	if v, _ := qs.ValueOf(quad.IRI("http://x/a")); v == nil {
		t.Error("written quad not in the store")
	}
	big := strings.Repeat(`<http://x/a> <http://x/b> "c" .`+"\n", 100)
	resp, body = do(t, "POST", ts.URL+"/api/v2/write", big, "Content-Type", "application/n-quads")
	if resp.StatusCode == 200 {
		t.Errorf("write over --max-body accepted: %s", body)
	}
}

func TestToken(t *testing.T) {
	ts, _ := newTestServer(t, Config{Token: "s3cret"})
	if resp, _ := do(t, "GET", ts.URL+"/api/queries", ""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no token: %d", resp.StatusCode)
	}
	if resp, _ := do(t, "GET", ts.URL+"/explorer/", "", "Authorization", "Bearer wrong"); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", resp.StatusCode)
	}
	if resp, _ := do(t, "GET", ts.URL+"/api/queries", "", "Authorization", "Bearer s3cret"); resp.StatusCode != 200 {
		t.Errorf("bearer: %d", resp.StatusCode)
	}
	resp, _ := do(t, "GET", ts.URL+"/explorer/?token=s3cret", "")
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/explorer/" {
		t.Fatalf("?token: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	var cookie string
	for _, c := range resp.Cookies() {
		if c.Name == tokenCookie && c.HttpOnly {
			cookie = c.Name + "=" + c.Value
		}
	}
	if resp, _ := do(t, "GET", ts.URL+"/api/queries", "", "Cookie", cookie); resp.StatusCode != 200 {
		t.Errorf("cookie: %d", resp.StatusCode)
	}
}

func TestNoCORSAndHeaders(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	resp, _ := do(t, "GET", ts.URL+"/api/queries", "", "Origin", "http://evil.example")
	for k := range resp.Header {
		if strings.HasPrefix(strings.ToLower(k), "access-control-") {
			t.Errorf("CORS header sent: %s", k)
		}
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("CSP = %q", csp)
	}
	resp, _ = do(t, "OPTIONS", ts.URL+"/api/v2/query", "", "Origin", "http://evil.example", "Access-Control-Request-Method", "POST")
	if resp.StatusCode != http.StatusForbidden || resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight: %d %v", resp.StatusCode, resp.Header)
	}
}

func TestBodyLimitAndTimeouts(t *testing.T) {
	ts, _ := newTestServer(t, Config{QueryTimeout: 300 * time.Millisecond, MaxRows: 5})
	big := strings.Repeat("x", maxQueryBody+10)
	for _, p := range []string{"/api/v2/query?lang=gizmo", "/api/v1/query/gizmo", "/api/v1/shape/gizmo"} {
		resp, body := do(t, "POST", ts.URL+p, big)
		if resp.StatusCode < 400 || !(strings.Contains(body, "over") || strings.Contains(body, "too large")) {
			t.Errorf("POST %s with a big body: %d %.100s", p, resp.StatusCode, body)
		}
	}
	for _, p := range []string{"/api/v2/query?lang=gizmo", "/api/v1/query/gizmo"} {
		start := time.Now()
		resp, body := do(t, "POST", ts.URL+p, "while (true) {}")
		if resp.StatusCode != http.StatusBadRequest && resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(body, "deadline") && !strings.Contains(body, "timeout") {
			t.Errorf("endless query on %s: %d %s", p, resp.StatusCode, body)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("endless query on %s took %s", p, d)
		}
	}
	var res struct{ Result []any }
	_, body := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "g.V().all()")
	json.Unmarshal([]byte(body), &res)
	if len(res.Result) != 5 {
		t.Errorf("capped query gave %d results: %.200s", len(res.Result), body)
	}
	hs := (&Server{cfg: Config{QueryTimeout: time.Second}}).HTTPServer()
	if hs.ReadHeaderTimeout == 0 || hs.ReadTimeout == 0 || hs.WriteTimeout == 0 || hs.IdleTimeout == 0 {
		t.Errorf("http.Server without timeouts: %+v", hs)
	}
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, body := do(t, "GET", u, "")
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v: %s", u, err, body)
	}
	return resp.StatusCode
}

func TestCannedQueriesOverHTTP(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	var list []struct {
		Name   string
		Params []struct{ Name string }
	}
	if code := getJSON(t, ts.URL+"/api/queries", &list); code != 200 || len(list) < 10 {
		t.Fatalf("list: %d %v", code, list)
	}
	type result struct {
		Columns    []string
		Rows       []map[string]any
		Error      string
		Candidates []struct{ IRI string }
		Resolved   []struct {
			Picked struct{ IRI string }
			Others []struct{ IRI string }
		}
	}
	var r result
	if code := getJSON(t, ts.URL+"/api/queries/who-met?name=Wendy%20Sherman", &r); code != 200 || len(r.Rows) == 0 || r.Rows[0]["person"] != "Sergei Ryabkov" {
		t.Errorf("who-met: %d %+v", code, r)
	}
	hostile := "Jean \"Le Grand\" O'Neil \\ </script><script>alert(1)</script>"
	r = result{}
	if code := getJSON(t, ts.URL+"/api/queries/who-met?name="+url.QueryEscape(hostile), &r); code != 200 || len(r.Rows) != 1 || r.Rows[0]["person"] != "Ned Price" {
		t.Errorf("hostile who-met: %d %+v", code, r)
	}
	for _, tc := range []struct {
		path string
		code int
	}{
		{"/api/queries/who-met?name=" + url.QueryEscape(`"); g.emit("x`), http.StatusNotFound},
		{"/api/queries/who-met", http.StatusBadRequest},
		{"/api/queries/who-met?name=a&name=b", http.StatusBadRequest},
		{"/api/queries/who-met?name=a&nope=1", http.StatusBadRequest},
		{"/api/queries/path?from=Sherman&to=Ryabkov&depth=9", http.StatusBadRequest},
		{"/api/queries/nope", http.StatusNotFound},
	} {
		r = result{}
		if code := getJSON(t, ts.URL+tc.path, &r); code != tc.code || r.Error == "" {
			t.Errorf("%s: %d %+v, want %d with an error", tc.path, code, r, tc.code)
		}
	}
	// A name that fits several entities answers for the one picked and
	// says which, listing the others.
	r = result{}
	if code := getJSON(t, ts.URL+"/api/queries/who-met?name=georgia", &r); code != 200 || len(r.Resolved) != 1 ||
		r.Resolved[0].Picked.IRI != "http://newsgraph.org/id/person/georgia" || len(r.Resolved[0].Others) != 1 {
		t.Errorf("ambiguous: %d %+v", code, r)
	}
}

func TestCayleyUIOffline(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	resp, index := do(t, "GET", ts.URL+"/", "")
	if resp.StatusCode != 200 || !strings.Contains(index, "<title>Cayley</title>") {
		t.Fatalf("index: %d", resp.StatusCode)
	}
	// Every script and style the UI loads is free of outside hosts.
	for _, f := range []string{"/static/js/2.7d84b3fa.chunk.js", "/static/js/main.84d3ab8c.chunk.js", "/static/css/main.72fe53e6.chunk.css", "/static/css/2.6b51f286.chunk.css"} {
		resp, body := do(t, "GET", ts.URL+f, "")
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d", f, resp.StatusCode)
		}
		for _, bad := range []string{"cdn.jsdelivr.net", "fonts.googleapis.com", "localhost:64210"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s still names %s", f, bad)
			}
		}
	}
	_, chunk := do(t, "GET", ts.URL+"/static/js/2.7d84b3fa.chunk.js", "")
	if !strings.Contains(chunk, `"/vendor/monaco-editor/min/vs/loader.js"`) {
		t.Error("Monaco loader not pointed at /vendor")
	}
	for _, f := range []string{"/vendor/monaco-editor/min/vs/loader.js", "/vendor/monaco-editor/min/vs/editor/editor.main.js",
		"/vendor/monaco-editor/min/vs/base/worker/workerMain.js", "/vendor/monaco-editor/min/vs/language/typescript/tsWorker.js",
		"/vendor/material-icons/material-icons.css", "/vendor/material-icons/material-icons-latin-400-normal.woff2",
		"/vendor/cytoscape/cytoscape.min.js", "/explorer/", "/explorer/explorer.js", "/gizmo.d.ts"} {
		if resp, _ := do(t, "GET", ts.URL+f, ""); resp.StatusCode != 200 {
			t.Errorf("%s: %d", f, resp.StatusCode)
		}
	}
	if resp, body := do(t, "GET", ts.URL+"/query", ""); resp.StatusCode != 200 || !strings.Contains(body, "<title>Cayley</title>") {
		t.Errorf("UI route /query: %d", resp.StatusCode)
	}
	if resp, _ := do(t, "GET", ts.URL+"/service-worker.js", ""); resp.StatusCode != 404 {
		t.Errorf("service worker served: %d", resp.StatusCode)
	}
}

func TestV1QueryAndShape(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	q := `g.V(iri("http://newsgraph.org/id/person/wendy-sherman")).out(iri("http://schema.org/affiliation"), "p").all()`
	resp, body := do(t, "POST", ts.URL+"/api/v1/query/gizmo", q)
	if resp.StatusCode != 200 || !strings.Contains(body, "united-states") {
		t.Errorf("v1 query: %d %s", resp.StatusCode, body)
	}
	var shape struct {
		Nodes []struct {
			ID    int
			Value string
		}
		Links []struct{ Source, Target int }
	}
	resp, body = do(t, "POST", ts.URL+"/api/v1/shape/gizmo", q)
	if err := json.Unmarshal([]byte(body), &shape); err != nil || resp.StatusCode != 200 {
		t.Fatalf("shape: %d %v %s", resp.StatusCode, err, body)
	}
	if len(shape.Nodes) != 2 || len(shape.Links) != 1 || !strings.Contains(shape.Nodes[0].Value, "united-states") {
		t.Errorf("shape = %+v", shape)
	}
	if resp, _ := do(t, "POST", ts.URL+"/api/v1/query/nolang", q); resp.StatusCode != 400 {
		t.Errorf("unknown language: %d", resp.StatusCode)
	}
}

func TestGephiStream(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	resp, body := do(t, "GET", ts.URL+"/gephi/gs?pred="+url.QueryEscape("<http://newsgraph.org/ns/met>"), "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/stream+json" {
		t.Fatalf("gephi: %d %v", resp.StatusCode, resp.Header)
	}
	var nodes, edges int
	labels := map[string]bool{}
	if !strings.HasSuffix(body, "\r\n") {
		t.Errorf("stream does not end with \\r\\n")
	}
	for _, line := range strings.Split(strings.TrimSuffix(body, "\r\n"), "\r\n") {
		var ev map[string]map[string]map[string]any
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("bad event %q: %v", line, err)
		}
		for id, n := range ev["an"] {
			nodes++
			labels[id] = true
			_ = n
		}
		for _, e := range ev["ae"] {
			edges++
			if e["pred"] != "<http://newsgraph.org/ns/met>" || !labels[e["source"].(string)] || !labels[e["target"].(string)] {
				t.Errorf("edge %v", e)
			}
		}
	}
	if edges != 6 { // Ryabkov met Sherman; five hostile names met Ned Price
		t.Errorf("%d met edges, want 6 (%d nodes)", edges, nodes)
	}
	resp, body = do(t, "GET", ts.URL+"/gephi/gs?mode=nodes&limit=1000", "")
	if resp.StatusCode != 200 || !strings.Contains(body, `"label":"Wendy Sherman"`) {
		t.Errorf("nodes mode: %d %.300s", resp.StatusCode, body)
	}
	if resp, _ := do(t, "GET", ts.URL+"/gephi/gs?mode=bad", ""); resp.StatusCode != 400 {
		t.Errorf("bad mode: %d", resp.StatusCode)
	}
}
