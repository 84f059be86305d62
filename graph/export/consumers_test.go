package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/store"
)

// These tests open the exports with the programs people use: networkx,
// Graphviz, Cytoscape.js, rapper and jsonld.js. Each skips, naming the
// install step, when its program is missing; CI installs them all.

const consumers = "testdata/consumers"

func fixtureGraph(t *testing.T) *Graph {
	return buildFixture(t, Options{})
}

func mustFormat(t *testing.T, name string) *Format {
	f, ok := ByName(name)
	if !ok {
		t.Fatalf("no format %s", name)
	}
	return f
}

// debianPython finds Debian's python3 with networkx.
func debianPython(t *testing.T) string {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("/usr/bin/python3 missing (apt-get install python3-networkx)")
	}
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		t.Skip("networkx missing for /usr/bin/python3 (apt-get install python3-networkx)")
	}
	return py
}

type nxResult struct {
	Nodes    int                       `json:"nodes"`
	Edges    int                       `json:"edges"`
	Directed bool                      `json:"directed"`
	Node     map[string]map[string]any `json:"node"`
	Edge     []map[string]any          `json:"edge"`
}

func networkx(t *testing.T, kind, path string) nxResult {
	py := debianPython(t)
	out, _ := run(t, py, filepath.Join(consumers, "nx_check.py"), kind, path)
	var r nxResult
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("networkx output: %v\n%s", err, out)
	}
	return r
}

// checkNetworkx compares what networkx read with the graph written.
func checkNetworkx(t *testing.T, r nxResult, g *Graph, kind string) {
	t.Helper()
	if r.Nodes != len(g.Nodes) || r.Edges != len(g.Edges) || !r.Directed {
		t.Fatalf("networkx read %d nodes, %d edges (directed %v); want %d, %d, directed",
			r.Nodes, r.Edges, r.Directed, len(g.Nodes), len(g.Edges))
	}
	for _, n := range g.Nodes {
		got := r.Node[n.ID]
		if got == nil {
			t.Errorf("networkx lacks node %s", n.ID)
			continue
		}
		if got["label"] != n.Label || got["type"] != n.Type {
			t.Errorf("node %s: label %q type %q; want %q %q", n.ID, got["label"], got["type"], n.Label, n.Type)
		}
		if m, ok := got["mentions"].(float64); !ok || int(m) != n.Mentions {
			t.Errorf("node %s: mentions %v (%T); want the integer %d", n.ID, got["mentions"], got["mentions"], n.Mentions)
		}
		if n.JobTitle != "" && got["jobTitle"] != n.JobTitle {
			t.Errorf("node %s: jobTitle %q; want %q", n.ID, got["jobTitle"], n.JobTitle)
		}
		if n.FirstSeen != "" && (got["firstSeen"] != n.FirstSeen || got["lastSeen"] != n.LastSeen) {
			t.Errorf("node %s: seen %v..%v; want %s..%s", n.ID, got["firstSeen"], got["lastSeen"], n.FirstSeen, n.LastSeen)
		}
		if kind == "gexf" && got["viz_color"] == nil {
			t.Errorf("node %s has no viz colour", n.ID)
		}
	}
	weights := map[string]float64{}
	for _, e := range r.Edge {
		w, _ := e["weight"].(float64)
		weights[e["source"].(string)+" "+e["label"].(string)+" "+e["target"].(string)] = w
		if ev, _ := e["evidence"].(string); ev == "" && e["label"] != "mentions" && e["label"] != "isPartOf" {
			t.Errorf("edge %v has no evidence", e)
		}
	}
	for _, e := range g.Edges {
		if w := weights[e.Source+" "+e.Type+" "+e.Target]; int(w) != e.Weight {
			t.Errorf("edge %s %s %s: weight %v; want %d", e.Source, e.Type, e.Target, w, e.Weight)
		}
	}
}

func TestNetworkxReadsGraphML(t *testing.T) {
	debianPython(t)
	path := exportFixture(t, mustFormat(t, "graphml"), Options{})
	checkNetworkx(t, networkx(t, "graphml", path), fixtureGraph(t), "graphml")
}

func TestNetworkxReadsGEXF(t *testing.T) {
	debianPython(t)
	path := exportFixture(t, mustFormat(t, "gexf"), Options{})
	checkNetworkx(t, networkx(t, "gexf", path), fixtureGraph(t), "gexf")
}

func TestNetworkxReadsSelection(t *testing.T) {
	debianPython(t)
	o := Options{Around: []string{"vladimir putin"}, Depth: 1, WithArticles: true}
	path := exportFixture(t, mustFormat(t, "graphml"), o)
	checkNetworkx(t, networkx(t, "graphml", path), buildFixture(t, o), "graphml")
}

func TestGraphvizRendersDOT(t *testing.T) {
	dot := lookTool(t, "dot", "apt-get install graphviz")
	path := exportFixture(t, mustFormat(t, "dot"), Options{WithArticles: true})
	svg, stderr := run(t, dot, "-Tsvg", path)
	if len(bytes.TrimSpace(stderr)) > 0 {
		t.Errorf("dot warned: %s", stderr)
	}
	strs := xmlStrings(t, svg)
	g := buildFixture(t, Options{WithArticles: true})
	for _, n := range g.Nodes {
		if !slices.Contains(strs, n.Label) {
			t.Errorf("the SVG does not show the label %q", n.Label)
		}
	}
	// One <g class="node"> per node and one <g class="edge"> per edge.
	if got := bytes.Count(svg, []byte(`class="node"`)); got != len(g.Nodes) {
		t.Errorf("dot drew %d nodes; want %d", got, len(g.Nodes))
	}
	if got := bytes.Count(svg, []byte(`class="edge"`)); got != len(g.Edges) {
		t.Errorf("dot drew %d edges; want %d", got, len(g.Edges))
	}
}

// node finds node.js with the npm packages of testdata/consumers installed.
func nodeJS(t *testing.T, pkg string) string {
	t.Helper()
	n := lookTool(t, "node", "apt-get install nodejs npm")
	if _, err := os.Stat(filepath.Join(consumers, "node_modules", pkg)); err != nil {
		t.Skipf("npm package %s missing (npm ci --prefix graph/export/testdata/consumers)", pkg)
	}
	return n
}

func TestCytoscapeLoadsJSON(t *testing.T) {
	node := nodeJS(t, "cytoscape")
	path := exportFixture(t, mustFormat(t, "cytoscape"), Options{})
	out, _ := run(t, node, filepath.Join(consumers, "cy_check.js"), path)
	var r struct {
		Nodes, Edges, Dangling int
		Label                  map[string]string
		Weight                 map[string]int
		Degree                 map[string]int
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("cytoscape output: %v\n%s", err, out)
	}
	g := fixtureGraph(t)
	if r.Nodes != len(g.Nodes) || r.Edges != len(g.Edges) || r.Dangling != 0 {
		t.Fatalf("cytoscape: %d nodes, %d edges, %d dangling; want %d, %d, 0", r.Nodes, r.Edges, r.Dangling, len(g.Nodes), len(g.Edges))
	}
	for _, n := range g.Nodes {
		if r.Label[n.ID] != n.Label {
			t.Errorf("cytoscape label of %s: %q; want %q", n.ID, r.Label[n.ID], n.Label)
		}
	}
	for _, e := range g.Edges {
		if w := r.Weight[e.Source+" "+e.Type+" "+e.Target]; w != e.Weight {
			t.Errorf("cytoscape weight of %s %s %s: %d; want %d", e.Source, e.Type, e.Target, w, e.Weight)
		}
	}
	if r.Degree[string(zoe)] != 4 {
		t.Errorf("cytoscape degree of Zoë: %d; want 4", r.Degree[string(zoe)])
	}
}

func TestRapperParsesNQuads(t *testing.T) {
	rapper := lookTool(t, "rapper", "apt-get install raptor2-utils")
	path := exportFixture(t, mustFormat(t, "nquads"), Options{})
	out, stderr := run(t, rapper, "-i", "nquads", "-o", "nquads", path, "http://example.org/base/")
	m := regexp.MustCompile(`returned (\d+) (triples|statements)`).FindSubmatch(stderr)
	if m == nil {
		t.Fatalf("rapper said: %s", stderr)
	}
	if n, _ := strconv.Atoi(string(m[1])); n != len(fixtureQuads()) {
		t.Errorf("rapper parsed %d statements; want %d", n, len(fixtureQuads()))
	}
	if bytes.Contains(stderr, []byte("Error")) || bytes.Contains(stderr, []byte("Warning")) {
		t.Errorf("rapper complained: %s", stderr)
	}
	// rapper writes non-ASCII IRIs with \u escapes, which cayley's reader
	// keeps as they are: decode them, then compare rapper's quads with ours.
	uchar := regexp.MustCompile(`\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}`)
	out = uchar.ReplaceAllFunc(out, func(m []byte) []byte {
		r, _ := strconv.ParseUint(string(m[2:]), 16, 32)
		return []byte(string(rune(r)))
	})
	back := readNQuads(t, out)
	if got, want := quadStrings(back), quadStrings(fixtureQuads()); !slices.Equal(got, want) {
		t.Errorf("rapper's N-Quads differ from ours:\n got %q\nwant %q", got, want)
	}
}

func TestJSONLDExpands(t *testing.T) {
	node := nodeJS(t, "jsonld")
	path := exportFixture(t, mustFormat(t, "jsonld"), Options{})
	out, _ := run(t, node, filepath.Join(consumers, "jsonld_check.js"), path)
	var r struct {
		Expanded, Quads int
		Literals        []string
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("jsonld output: %v\n%s", err, out)
	}
	if r.Quads != len(fixtureQuads()) || r.Expanded == 0 {
		t.Errorf("jsonld.js expanded %d objects into %d quads; want %d quads", r.Expanded, r.Quads, len(fixtureQuads()))
	}
	for _, n := range []string{nameZoe, namePutin, nameMBS, nameTepco, nameMinistry, nameSummit} {
		if !slices.Contains(r.Literals, n) {
			t.Errorf("jsonld.js lost the name %q", n)
		}
	}
}

func readCSV(data []byte) ([][]string, error) {
	return csv.NewReader(bytes.NewReader(data)).ReadAll()
}

// TestNeo4jCSV checks the header conventions of neo4j-admin database import
// and that every relationship ends at a node of nodes.csv.
func TestNeo4jCSV(t *testing.T) {
	dir := exportFixture(t, mustFormat(t, "csv"), Options{})
	read := func(name string) [][]string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := readCSV(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return recs
	}
	nodes, rels := read("nodes.csv"), read("relationships.csv")
	header := regexp.MustCompile(`^(:ID|:LABEL|:START_ID|:END_ID|:TYPE|[A-Za-z_][A-Za-z0-9_]*(:(ID|int|long|float|double|boolean|string|date|datetime)(\[\])?)?)$`)
	for _, h := range append(slices.Clone(nodes[0]), rels[0]...) {
		if !header.MatchString(h) {
			t.Errorf("header %q is not a Neo4j import header", h)
		}
	}
	if nodes[0][0] != "id:ID" || !slices.Contains(nodes[0], ":LABEL") {
		t.Errorf("nodes.csv header %v: want id:ID first and a :LABEL column", nodes[0])
	}
	if !slices.Equal(rels[0][:3], []string{":START_ID", ":END_ID", ":TYPE"}) || !slices.Contains(rels[0], "weight:int") {
		t.Errorf("relationships.csv header %v", rels[0])
	}
	g := fixtureGraph(t)
	if len(nodes)-1 != len(g.Nodes) || len(rels)-1 != len(g.Edges) {
		t.Fatalf("%d node rows, %d relationship rows; want %d, %d", len(nodes)-1, len(rels)-1, len(g.Nodes), len(g.Edges))
	}
	ids := map[string]bool{}
	for _, r := range nodes[1:] {
		if len(r) != len(nodes[0]) {
			t.Errorf("node row has %d fields, header %d", len(r), len(nodes[0]))
		}
		if ids[r[0]] {
			t.Errorf("duplicate node id %s", r[0])
		}
		ids[r[0]] = true
		if _, err := strconv.Atoi(r[slices.Index(nodes[0], "mentions:int")]); err != nil {
			t.Errorf("mentions of %s is not an int", r[0])
		}
	}
	for _, r := range rels[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("relationship %v ends outside nodes.csv", r[:3])
		}
		if r[2] == "" {
			t.Errorf("relationship %v has no type", r)
		}
	}
	ministryRow := slices.IndexFunc(nodes, func(r []string) bool { return r[0] == string(ministry) })
	if ministryRow < 0 || nodes[ministryRow][1] != "Organization;GovernmentOrganization" {
		t.Errorf("ministry :LABEL want Organization;GovernmentOrganization, rows %v", nodes)
	}
}

// TestExportFromStore runs the exporter on quads read back from a real
// Cayley store rather than from memory.
func TestExportFromStore(t *testing.T) {
	st, err := store.Open("bolt", filepath.Join(t.TempDir(), "db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	qs := st.QuadStore()
	w, err := qs.NewQuadWriter()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteQuads(fixtureQuads()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	g, err := BuildGraph(context.Background(), StoreSource(qs), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := fixtureGraph(t)
	if len(g.Nodes) != len(want.Nodes) || len(g.Edges) != len(want.Edges) {
		t.Fatalf("from the store: %d nodes, %d edges; want %d, %d", len(g.Nodes), len(g.Edges), len(want.Nodes), len(want.Edges))
	}
	for i := range g.Nodes {
		if g.Nodes[i].Label != want.Nodes[i].Label || g.Nodes[i].FirstSeen != want.Nodes[i].FirstSeen {
			t.Errorf("node %d from the store: %+v; want %+v", i, g.Nodes[i], want.Nodes[i])
		}
	}
}

func TestGEXFVersions(t *testing.T) {
	g := fixtureGraph(t)
	for _, tc := range []struct{ version, ns, kind string }{
		{GEXF12, `xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"`, ""},
		{"1.2", `version="1.2draft"`, ""},
		{GEXF13, `xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"`, ` kind="`},
	} {
		var b strings.Builder
		if err := WriteGEXFVersion(&b, g, tc.version); err != nil {
			t.Fatalf("%s: %v", tc.version, err)
		}
		out := b.String()
		if !strings.Contains(out, tc.ns) {
			t.Errorf("%s: header lacks %s:\n%.400s", tc.version, tc.ns, out)
		}
		if hasKind := strings.Contains(out, ` kind="`); hasKind != (tc.kind != "") {
			t.Errorf("%s: edge kind attribute present = %v", tc.version, hasKind)
		}
	}
	if err := WriteGEXFVersion(io.Discard, g, "1.1"); err == nil || !strings.Contains(err.Error(), "1.2draft or 1.3") {
		t.Errorf("version 1.1: err = %v; want the versions listed", err)
	}
}
