package export

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

func buildFixture(t *testing.T, o Options) *Graph {
	t.Helper()
	g, err := BuildGraph(context.Background(), QuadsSource(fixtureQuads()), o)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func nodeIDs(g *Graph) []string {
	var ids []string
	for _, n := range g.Nodes {
		ids = append(ids, n.ID)
	}
	return ids
}

func edgeNames(g *Graph) []string {
	var es []string
	for _, e := range g.Edges {
		es = append(es, localName(e.Source)+" "+e.Type+" "+localName(e.Target))
	}
	return es
}

func findNode(g *Graph, id quad.IRI) *Node {
	for i := range g.Nodes {
		if g.Nodes[i].ID == string(id) {
			return &g.Nodes[i]
		}
	}
	return nil
}

func TestPropertyGraphView(t *testing.T) {
	g := buildFixture(t, Options{})
	if len(g.Nodes) != fixtureNodes || len(g.Edges) != fixtureEdges {
		t.Fatalf("got %d nodes, %d edges; want %d, %d\nnodes %v\nedges %v", len(g.Nodes), len(g.Edges),
			fixtureNodes, fixtureEdges, nodeIDs(g), edgeNames(g))
	}
	for _, n := range g.Nodes {
		if n.Type == "NewsArticle" || n.Type == "Sentence" {
			t.Errorf("article or sentence %s exported without --with-articles", n.ID)
		}
	}
	z := findNode(g, zoe)
	if z == nil {
		t.Fatal("no node for Zoë")
	}
	want := Node{ID: string(zoe), Label: nameZoe, Type: "Person", Labels: []string{"Person"},
		JobTitle: "Minister <acting> & envoy", Aliases: []string{"Zoe O'Brien"}, Mentions: 2,
		FirstSeen: "2024-03-01", LastSeen: "2024-05-10"}
	if z.Label != want.Label || z.Type != want.Type || !slices.Equal(z.Labels, want.Labels) || z.JobTitle != want.JobTitle ||
		!slices.Equal(z.Aliases, want.Aliases) || z.Mentions != want.Mentions || z.FirstSeen != want.FirstSeen || z.LastSeen != want.LastSeen {
		t.Errorf("Zoë node\n got %+v\nwant %+v", *z, want)
	}
	if m := findNode(g, ministry); m == nil || m.Label != `Ministry of "Quotes" & Bells` || !slices.Equal(m.Labels, []string{"Organization", "GovernmentOrganization"}) {
		t.Errorf("ministry node (control character to space, super-class label): %+v", m)
	}
	if s := findNode(g, summit); s == nil || s.Extra["startDate"] != "2024-03-01" {
		t.Errorf("summit startDate attribute missing: %+v", s)
	}
	var met *Edge
	for i, e := range g.Edges {
		if e.Source == string(zoe) && e.Target == string(putin) {
			met = &g.Edges[i]
		}
	}
	// Two sentences state it; the evidence is the first by IRI (a2's IRI,
	// minted from its id, sorts before a1's, minted from its URL).
	if met == nil || met.Type != "met" || met.Weight != 2 || met.EvidenceID != string(vocab.SentenceIRI(a2, 0)) ||
		met.Evidence != namePutin+" met "+nameZoe+" again (второй раз)." {
		t.Errorf("Zoë met Putin edge: %+v", met)
	}
	for _, e := range g.Edges {
		if e.Type == "name" || e.Type == "jobTitle" || e.Type == "startDate" {
			t.Errorf("literal became an edge: %+v", e)
		}
	}
}

func TestSelections(t *testing.T) {
	tests := []struct {
		name      string
		opts      Options
		nodes     []quad.IRI
		edges     int
		wantError string
	}{
		{"whole", Options{}, []quad.IRI{zoe, putin, mbs, tepco, ministry, zurich, summit}, 7, ""},
		{"around depth 0", Options{Around: []string{"vladimir putin"}}, []quad.IRI{putin}, 0, ""},
		{"around by alias depth 1", Options{Around: []string{"VLADIMIR PUTIN"}, Depth: 1}, []quad.IRI{putin, zoe, mbs}, 3, ""},
		{"around hostile name depth 1", Options{Around: []string{nameZoe}, Depth: 1}, []quad.IRI{zoe, putin, ministry, summit}, 4, ""},
		{"around depth 2", Options{Around: []string{"Zürich"}, Depth: 2}, []quad.IRI{zurich, summit, zoe}, 2, ""},
		{"around by IRI", Options{Around: []string{string(tepco)}, Depth: 1}, []quad.IRI{tepco, mbs}, 1, ""},
		{"around unknown", Options{Around: []string{"Nobody"}}, nil, 0, `no node named "Nobody"`},
		{"types Person", Options{Types: []string{"Person"}}, []quad.IRI{zoe, putin, mbs}, 3, ""},
		{"types Organization includes government", Options{Types: []string{"organization"}}, []quad.IRI{tepco, ministry}, 0, ""},
		{"types Place includes City", Options{Types: []string{"Place", "Event"}}, []quad.IRI{zurich, summit}, 1, ""},
		{"article by identifier", Options{Article: "a2"}, []quad.IRI{zoe, putin, mbs, tepco}, 4, ""},
		{"article by URL", Options{Article: "https://example.org/news/a1?x=1&y=2"}, []quad.IRI{zoe, putin, ministry, zurich, summit}, 4, ""},
		{"article unknown", Options{Article: "zzz"}, nil, 0, `no article "zzz"`},
		{"from", Options{From: "2024-04"}, []quad.IRI{zoe, putin, mbs, tepco}, 4, ""},
		{"to", Options{To: "2024-03-31"}, []quad.IRI{zoe, putin, ministry, zurich, summit}, 4, ""},
		{"empty range", Options{From: "2025-01-01"}, nil, 0, ""},
		{"min degree 3", Options{MinDegree: 3}, []quad.IRI{zoe, putin}, 2, ""},
		{"nodes", Options{Nodes: []string{string(zoe), string(summit)}}, []quad.IRI{zoe, summit}, 1, ""},
		{"nodes and names", Options{Nodes: []string{string(zoe), "http://nowhere/x"}, Names: []string{"zürich"}}, []quad.IRI{zoe, zurich}, 0, ""},
		{"restrict to nothing", Options{Restrict: true}, nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := BuildGraph(context.Background(), QuadsSource(fixtureQuads()), tt.opts)
			if tt.wantError != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantError) {
					t.Fatalf("error %v, want %q", err, tt.wantError)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, n := range tt.nodes {
				want = append(want, string(n))
			}
			slices.Sort(want)
			if got := nodeIDs(g); !slices.Equal(got, want) {
				t.Errorf("nodes\n got %v\nwant %v", got, want)
			}
			if len(g.Edges) != tt.edges {
				t.Errorf("%d edges %v, want %d", len(g.Edges), edgeNames(g), tt.edges)
			}
		})
	}
}

func TestArticleFilterWeights(t *testing.T) {
	g := buildFixture(t, Options{Article: "a1"})
	for _, e := range g.Edges {
		if e.Source == string(zoe) && e.Target == string(putin) && e.Weight != 1 {
			t.Errorf("zoe met putin in a1 only: weight %d, want 1", e.Weight)
		}
	}
	if z := findNode(g, zoe); z == nil || z.Mentions != 1 || z.LastSeen != "2024-03-01" {
		t.Errorf("zoe in a1: %+v", z)
	}
}

func TestWithArticles(t *testing.T) {
	g := buildFixture(t, Options{WithArticles: true})
	var arts, sents int
	for _, n := range g.Nodes {
		switch n.Type {
		case "NewsArticle":
			arts++
		case "Sentence":
			sents++
		}
	}
	if arts != 2 || sents != 4 {
		t.Errorf("with articles: %d articles, %d sentences; want 2, 4", arts, sents)
	}
	types := map[string]int{}
	for _, e := range g.Edges {
		types[e.Type]++
	}
	if types["mentions"] != 9 || types["isPartOf"] != 4 {
		t.Errorf("with articles edges by type: %v; want 9 mentions, 4 isPartOf", types)
	}
	if a := findNode(g, a1); a == nil || a.Label != `Talks in "Zürich" & <Genève>` || a.Extra["datePublished"] != "2024-03-01" {
		t.Errorf("article node: %+v", a)
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\x07b", "a b"},
		{"line\nbreak\r\n and\ttab", "line break and tab"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"  spaced  ", "spaced"},
		{"東京 🦄", "東京 🦄"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInRange(t *testing.T) {
	tests := []struct {
		date, from, to string
		want           bool
	}{
		{"2024-03-01", "", "", true},
		{"", "2024", "", false},
		{"2024-03-01", "2024-03", "2024-03", true},
		{"2024-03-01T10:00:00Z", "2024-03-01", "2024-03-01", true},
		{"2024-02-29", "2024-03", "", false},
		{"2024-04-01", "", "2024-03", false},
	}
	for _, tt := range tests {
		if got := inRange(tt.date, tt.from, tt.to); got != tt.want {
			t.Errorf("inRange(%q, %q, %q) = %v", tt.date, tt.from, tt.to, got)
		}
	}
}

func TestRegistry(t *testing.T) {
	want := []string{"csv", "cytoscape", "dot", "gexf", "graphml", "jsonld", "nquads", "png", "svg"}
	if got := Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	for file, name := range map[string]string{
		"out.GEXF": "gexf", "g.graphml": "graphml", "g.gv": "dot", "g.dot": "dot", "g.cyjs": "cytoscape",
		"g.json": "cytoscape", "g.nq": "nquads", "g.jsonld": "jsonld", "pic.svg": "svg", "pic.png": "png", "nodes.csv": "csv",
	} {
		f, ok := ByFile(file)
		if !ok || f.Name != name {
			t.Errorf("ByFile(%q) = %v, want %s", file, f, name)
		}
	}
	if _, ok := ByFile("graph.txt"); ok {
		t.Error("ByFile(graph.txt) found a format")
	}
}

func TestUnnamedEventLabel(t *testing.T) {
	ev := vocab.LocalEventIRI(a1, 3)
	bare := vocab.LocalEventIRI(a1, 4)
	s0 := vocab.SentenceIRI(a1, 0)
	qs := []quad.Quad{
		{Subject: ev, Predicate: vocab.Type, Object: vocab.Event, Label: s0},
		{Subject: ev, Predicate: vocab.StartDate, Object: quad.TypedString{Value: "2022-01-10", Type: vocab.XSDDate}, Label: s0},
		{Subject: ev, Predicate: vocab.Location, Object: zurich, Label: s0},
		{Subject: ev, Predicate: vocab.Location, Object: tepco, Label: s0},
		{Subject: zurich, Predicate: vocab.Name, Object: quad.String("Zürich")},
		{Subject: tepco, Predicate: vocab.Name, Object: quad.String("Aarau")},
		{Subject: ev, Predicate: vocab.Attendee, Object: quad.IRI(vocab.ID + "person/wendy-sherman"), Label: s0},
		{Subject: ev, Predicate: vocab.Attendee, Object: quad.IRI(vocab.ID + "person/sergei-ryabkov"), Label: s0},
		{Subject: quad.IRI(vocab.ID + "person/wendy-sherman"), Predicate: vocab.Type, Object: vocab.Person, Label: s0},
		{Subject: quad.IRI(vocab.ID + "person/wendy-sherman"), Predicate: vocab.Name, Object: quad.String("Wendy Sherman"), Label: s0},
		{Subject: quad.IRI(vocab.ID + "person/sergei-ryabkov"), Predicate: vocab.Type, Object: vocab.Person, Label: s0},
		{Subject: quad.IRI(vocab.ID + "person/sergei-ryabkov"), Predicate: vocab.Name, Object: quad.String("Sergei Ryabkov"), Label: s0},
		{Subject: s0, Predicate: vocab.Text, Object: quad.String("Sherman and Ryabkov held talks in Aarau after a dinner."), Label: a1},
		{Subject: bare, Predicate: vocab.Type, Object: vocab.Event},
	}
	g, err := BuildGraph(context.Background(), QuadsSource(qs), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[quad.IRI]string{ev: "talks: Ryabkov, Sherman — Aarau, 2022-01", bare: "event", zurich: "Zürich"} {
		if n := findNode(g, id); n == nil || n.Label != want {
			t.Errorf("label of %s: %+v; want %q", id, n, want)
		}
	}
}
