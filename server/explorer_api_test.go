package server

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestExplorerAPI(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	const sherman = "http://newsgraph.org/id/person/wendy-sherman"

	var sugg struct {
		Results []struct {
			Name     string `json:"name"`
			IRI      string `json:"iri"`
			Mentions int    `json:"mentions"`
		} `json:"results"`
	}
	if code := getJSON(t, ts.URL+"/api/explorer/suggest?q=sherm", &sugg); code != 200 || len(sugg.Results) == 0 || sugg.Results[0].IRI != sherman || sugg.Results[0].Mentions < 1 {
		t.Errorf("suggest sherm: %d %+v", code, sugg)
	}
	for _, u := range []string{"/api/explorer/suggest?q=a&limit=0", "/api/explorer/suggest?q=a&limit=x", "/api/explorer/where", "/api/explorer/graph?name=x&limit=-1"} {
		if resp, body := do(t, http.MethodGet, ts.URL+u, ""); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "error") {
			t.Errorf("GET %s = %d %s, want 400", u, resp.StatusCode, body)
		}
	}
	for _, u := range []string{"/api/explorer/where?name=Nobody%20Atall", "/api/explorer/graph?name=Nobody%20Atall"} {
		if resp, body := do(t, http.MethodGet, ts.URL+u, ""); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d %s, want 404", u, resp.StatusCode, body)
		}
	}

	var g Graph
	if code := getJSON(t, ts.URL+"/api/explorer/graph?name="+url.QueryEscape(sherman), &g); code != 200 {
		t.Fatalf("graph: %d", code)
	}
	if g.Focus != sherman {
		t.Errorf("graph focus = %q", g.Focus)
	}
	labels := map[string]GraphNode{}
	for _, n := range g.Nodes {
		labels[n.Label] = n
	}
	if _, ok := labels["Sergei Ryabkov"]; !ok {
		t.Errorf("graph nodes %v lack Sergei Ryabkov", labels)
	}
	for _, n := range g.Nodes {
		if n.Event && strings.HasPrefix(n.Label, "event in ") {
			t.Errorf("event %s keeps the canned label %q", n.ID, n.Label)
		}
	}
	for _, e := range g.Edges {
		if len(e.Facts) == 0 || e.Evidence < 1 {
			t.Errorf("edge %+v has no facts or evidence", e)
		}
	}

	var w Where
	if code := getJSON(t, ts.URL+"/api/explorer/where?name="+url.QueryEscape(sherman), &w); code != 200 {
		t.Fatalf("where: %d", code)
	}
	if len(w.Events) == 0 || len(w.Articles) == 0 {
		t.Fatalf("where: %+v", w)
	}
	for i := 1; i < len(w.Events); i++ {
		if dateLess(w.Events[i].Date, w.Events[i-1].Date) {
			t.Errorf("events out of date order: %q before %q", w.Events[i-1].Date, w.Events[i].Date)
		}
	}
	t.Logf("graph: %d nodes, %d edges; where: %+v", len(g.Nodes), len(g.Edges), w.Events[0])
}
