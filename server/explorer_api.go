package server

import (
	"cmp"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/eventlabel"
	"github.com/newsgraph/newsgraph/queries"
)

// The explorer's own API, under /api/explorer/:
//
//	GET /api/explorer/suggest?q=TEXT[&limit=N]   entities whose names contain TEXT, most mentioned first
//	GET /api/explorer/graph?name=NAME|IRI        the neighbourhood as nodes and edges, events labelled and grouped
//	GET /api/explorer/where?name=NAME|IRI        events with dates and places (points), and articles: map and timeline
//
// Errors are {"error": ...} with the statuses of /api/queries.

//go:embed gizmo/*.js
var explorerScripts embed.FS

func explorerScript(name string) string {
	lib, err := explorerScripts.ReadFile("gizmo/facts.js")
	if err != nil {
		panic(err)
	}
	src, err := explorerScripts.ReadFile("gizmo/" + name)
	if err != nil {
		panic(err)
	}
	return string(lib) + "\n" + string(src)
}

var (
	eventsScript = explorerScript("events.js")
	whereScript  = explorerScript("where.js")
)

func (s *Server) registerExplorerAPI(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/explorer/suggest", s.serveSuggest)
	mux.HandleFunc("GET /api/explorer/graph", s.serveExplorerGraph)
	mux.HandleFunc("GET /api/explorer/where", s.serveWhere)
}

// intArg reads an integer parameter within [lo, hi], or def when absent.
func intArg(r *http.Request, key string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(key)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s must be a whole number from %d to %d, not %q", key, lo, hi, v)
	}
	return n, nil
}

// serveSuggest is search as you type: up to limit (default 10) entities
// whose name or alternate name contains q, ranked by queries.Suggest.
func (s *Server) serveSuggest(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	limit, err := intArg(r, "limit", 10, 1, 100)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	if len(q) > 200 {
		jsonError(w, http.StatusBadRequest, "q is longer than 200 bytes")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	res, err := queries.Suggest(ctx, s.qs, q, limit)
	if err != nil {
		if ctx.Err() != nil {
			jsonError(w, http.StatusGatewayTimeout, "suggest: "+err.Error())
			return
		}
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"q": q, "results": res})
}

// Place is a place with its point, if it has one (its own, or that of the
// place it is in, named in Via).
type Place struct {
	IRI  string   `json:"iri"`
	Name string   `json:"name"`
	Lat  *float64 `json:"lat"`
	Lon  *float64 `json:"lon"`
	Via  string   `json:"via,omitempty"`
}

// Participant is someone or something that took part in an event.
type Participant struct {
	IRI   string   `json:"iri"`
	Name  string   `json:"name"`
	Types []string `json:"types"`
}

// eventFacts are what facts.js reports of an event.
type eventFacts struct {
	IRI          string        `json:"iri"`
	Name         string        `json:"name"`
	Date         string        `json:"date"`
	Places       []Place       `json:"places"`
	Participants []Participant `json:"participants"`
	Sentence     string        `json:"sentence"`
	ArticleDate  string        `json:"articleDate"`
}

// label is the event's name, else one made of its facts, as the canned
// queries make it (see eventlabel.Facts.Label), with the participants' other
// names in the store that the label reads.
func (f *eventFacts) label(ctx context.Context, qs graph.QuadStore) string {
	l := eventlabel.Facts{Name: f.Name, Sentence: f.Sentence, Date: f.Date}
	for _, p := range f.Participants {
		// A failed read of other names leaves the label without them.
		_ = l.AddParticipant(ctx, qs, quad.IRI(p.IRI), p.Name, contains(p.Types, "Person"), contains(p.Types, "Organization"))
	}
	for _, p := range f.Places {
		l.Places = append(l.Places, p.Name)
	}
	return l.Label()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// decodeRows turns a script's rows into values of type T through JSON.
func decodeRows[T any](rows []map[string]any) ([]T, error) {
	out := make([]T, 0, len(rows))
	for _, row := range rows {
		var v T
		if err := remarshal(row, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// eventsFacts reads the facts of events by IRI, in one script run.
func (s *Server) eventsFacts(ctx context.Context, iris []string) (map[string]*eventFacts, error) {
	out := map[string]*eventFacts{}
	if len(iris) == 0 {
		return out, nil
	}
	res, err := queries.RunScript(ctx, s.qs, eventsScript, map[string]string{"events": strings.Join(iris, "\n")}, s.queryOptions())
	if err != nil {
		return nil, err
	}
	facts, err := decodeRows[eventFacts](res.Rows)
	if err != nil {
		return nil, err
	}
	for i := range facts {
		out[facts[i].IRI] = &facts[i]
	}
	return out, nil
}

// GraphNode is a node of the explorer's graph. Events with the same made-up
// label (no name of their own) are one node, listing its events in Members.
type GraphNode struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Types   []string `json:"types"`
	Event   bool     `json:"event,omitempty"`
	Members []string `json:"members,omitempty"`
	Weight  int      `json:"weight"` // evidence sentences of its edges here
	Degree  int      `json:"degree"` // its edges here
}

// Fact is one quad behind a graph edge, for its evidence.
type Fact struct {
	S string `json:"s"`
	P string `json:"p"`
	O string `json:"o"`
}

// GraphEdge is an edge of the explorer's graph: the facts with the same
// predicate between the same two nodes.
type GraphEdge struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Target    string `json:"target"`
	Predicate string `json:"predicate"`
	Evidence  int    `json:"evidence"`
	Facts     []Fact `json:"facts"`
}

// Graph is the neighbourhood of an entity for the explorer.
type Graph struct {
	Focus     string      `json:"focus"`
	Nodes     []GraphNode `json:"nodes"`
	Edges     []GraphEdge `json:"edges"`
	Truncated bool        `json:"truncated,omitempty"`
	// Resolved says which entity the name was taken for, and the others
	// it fits.
	Resolved *queries.Resolution `json:"resolved,omitempty"`
}

// serveExplorerGraph runs the neighbours query for name and shapes its rows
// into a graph: events without a name get a label from their facts, and
// events that then read alike are grouped into one node.
func (s *Server) serveExplorerGraph(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	limit, err := intArg(r, "limit", 400, 1, 5000)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	rs, ok := s.resolve(w, r, name)
	if !ok {
		return
	}
	res, err := queries.Run(r.Context(), s.qs, "neighbours", map[string]string{"name": rs.Picked.IRI, "limit": strconv.Itoa(limit)}, s.queryOptions())
	if err != nil {
		queryError(w, err)
		return
	}
	g, err := s.buildGraph(r.Context(), rs.Picked.IRI, res)
	if err != nil {
		queryError(w, err)
		return
	}
	g.Truncated = res.Truncated || len(res.Rows) >= limit
	g.Resolved = rs
	writeJSON(w, http.StatusOK, g)
}

// resolve takes name to one entity as every command does (queries.Resolve:
// the most mentioned and connected of those it fits), or answers the error.
func (s *Server) resolve(w http.ResponseWriter, r *http.Request, name string) (*queries.Resolution, bool) {
	if strings.TrimSpace(name) == "" {
		jsonError(w, http.StatusBadRequest, "name is required")
		return nil, false
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	rs, err := queries.Resolve(ctx, s.qs, name)
	if err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w: %v", queries.ErrTimeout, err)
		}
		queryError(w, err)
		return nil, false
	}
	return rs, true
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func (s *Server) buildGraph(ctx context.Context, focus string, res *queries.Result) (*Graph, error) {
	type nodeInfo struct {
		label string
		types []string
	}
	nodes := map[string]*nodeInfo{}
	var order []string
	var events []string
	addNode := func(iri, label, types string) {
		if iri == "" || nodes[iri] != nil {
			return
		}
		var ts []string
		for _, t := range strings.Split(types, ",") {
			if t = strings.TrimSpace(t); t != "" {
				ts = append(ts, t)
			}
		}
		nodes[iri] = &nodeInfo{label: label, types: ts}
		order = append(order, iri)
		if contains(ts, "Event") {
			events = append(events, iri)
		}
	}
	for _, row := range res.Rows {
		if str(row["target_iri"]) == "" {
			continue
		}
		addNode(str(row["source_iri"]), str(row["source"]), str(row["source_types"]))
		addNode(str(row["target_iri"]), str(row["target"]), str(row["target_types"]))
	}
	facts, err := s.eventsFacts(ctx, events)
	if err != nil {
		return nil, err
	}
	// Group unnamed events that read alike.
	id := map[string]string{} // IRI -> node id
	group := map[string]*GraphNode{}
	g := &Graph{}
	var out []*GraphNode
	for _, iri := range order {
		n := nodes[iri]
		f := facts[iri]
		if f == nil || f.Name != "" {
			label := n.label
			if f != nil {
				label = f.label(ctx, s.qs)
			}
			id[iri] = iri
			gn := &GraphNode{ID: iri, Label: label, Types: n.types, Event: f != nil}
			group["iri "+iri] = gn
			out = append(out, gn)
			continue
		}
		label := f.label(ctx, s.qs)
		key := "label " + label
		if gn := group[key]; gn != nil {
			gn.Members = append(gn.Members, iri)
			id[iri] = gn.ID
			continue
		}
		gn := &GraphNode{ID: iri, Label: label, Types: n.types, Event: true, Members: []string{iri}}
		group[key] = gn
		id[iri] = iri
		out = append(out, gn)
	}
	byID := map[string]*GraphNode{}
	for _, n := range out {
		if len(n.Members) > 1 {
			n.Label = fmt.Sprintf("%s (×%d)", n.Label, len(n.Members))
		}
		byID[n.ID] = n
	}
	edges := map[string]*GraphEdge{}
	var eorder []string
	for _, row := range res.Rows {
		si, oi := str(row["source_iri"]), str(row["target_iri"])
		if oi == "" {
			continue
		}
		src, dst, pred := id[si], id[oi], str(row["predicate"])
		if src == dst {
			continue
		}
		key := src + "\x00" + pred + "\x00" + dst
		e := edges[key]
		if e == nil {
			e = &GraphEdge{ID: fmt.Sprintf("e%d", len(edges)), Source: src, Target: dst, Predicate: pred}
			edges[key] = e
			eorder = append(eorder, key)
		}
		n, _ := row["evidence"].(float64)
		if k, ok := row["evidence"].(int64); ok {
			n = float64(k)
		}
		e.Evidence += int(n)
		e.Facts = append(e.Facts, Fact{S: si, P: str(row["predicate_iri"]), O: oi})
	}
	for _, k := range eorder {
		e := edges[k]
		g.Edges = append(g.Edges, *e)
		for _, end := range []string{e.Source, e.Target} {
			if n := byID[end]; n != nil {
				n.Degree++
				n.Weight += max(e.Evidence, 1)
			}
		}
	}
	g.Focus = focus
	for _, n := range out {
		g.Nodes = append(g.Nodes, *n)
	}
	sort.SliceStable(g.Nodes, func(i, j int) bool { return g.Nodes[i].Weight > g.Nodes[j].Weight })
	if g.Nodes == nil {
		g.Nodes = []GraphNode{}
	}
	if g.Edges == nil {
		g.Edges = []GraphEdge{}
	}
	return g, nil
}

// Where is what the map and the timeline of an entity show.
type Where struct {
	Place    *Place              `json:"place,omitempty"` // the entity itself, when it is a place with a point
	Events   []WhereEvent        `json:"events"`
	Articles []WhereArticle      `json:"articles"`
	Resolved *queries.Resolution `json:"resolved,omitempty"`
}

// WhereEvent is an event of the entity, for the map and the timeline.
type WhereEvent struct {
	IRI          string        `json:"iri"`
	Label        string        `json:"label"`
	Date         string        `json:"date"`
	ArticleDate  string        `json:"articleDate,omitempty"` // of the article it was read in, when it has no date
	Role         string        `json:"role"`
	Predicate    string        `json:"predicate"` // the fact linking it to the entity, for its evidence
	Evidence     int           `json:"evidence"`
	Places       []Place       `json:"places"`
	Participants []Participant `json:"participants"`
}

// WhereArticle is an article that names the entity.
type WhereArticle struct {
	IRI      string `json:"iri"`
	Date     string `json:"date"`
	Headline string `json:"headline"`
	URL      string `json:"url"`
}

// serveWhere answers the map and the timeline of an entity: its events in
// date order (an event without a date at the date of its article, if that
// has one; undated last), and the articles naming it, oldest first.
func (s *Server) serveWhere(w http.ResponseWriter, r *http.Request) {
	arts, err := intArg(r, "articles", 300, 0, 5000)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	rs, ok := s.resolve(w, r, r.URL.Query().Get("name"))
	if !ok {
		return
	}
	res, err := queries.RunScript(r.Context(), s.qs, whereScript, map[string]string{"name": rs.Picked.IRI, "articles": strconv.Itoa(arts)}, s.queryOptions())
	if err != nil {
		queryError(w, err)
		return
	}
	out := Where{Resolved: rs, Events: []WhereEvent{}, Articles: []WhereArticle{}}
	for _, row := range res.Rows {
		switch str(row["kind"]) {
		case "place":
			var p Place
			if err := remarshal(row, &p); err == nil {
				out.Place = &p
			}
		case "event":
			var f struct {
				eventFacts
				Role      string `json:"role"`
				Predicate string `json:"predicate"`
				Evidence  int    `json:"evidence"`
			}
			if err := remarshal(row, &f); err != nil {
				jsonError(w, http.StatusInternalServerError, err.Error())
				return
			}
			ad := ""
			if f.Date == "" {
				ad = f.ArticleDate
			}
			out.Events = append(out.Events, WhereEvent{IRI: f.IRI, Label: f.label(r.Context(), s.qs), Date: f.Date, ArticleDate: ad, Role: f.Role,
				Predicate: f.Predicate, Evidence: f.Evidence, Places: f.Places, Participants: f.Participants})
		case "article":
			var a WhereArticle
			if err := remarshal(row, &a); err == nil {
				out.Articles = append(out.Articles, a)
			}
		}
	}
	sort.SliceStable(out.Events, func(i, j int) bool {
		return dateLess(cmp.Or(out.Events[i].Date, out.Events[i].ArticleDate), cmp.Or(out.Events[j].Date, out.Events[j].ArticleDate))
	})
	sort.SliceStable(out.Articles, func(i, j int) bool { return dateLess(out.Articles[i].Date, out.Articles[j].Date) })
	writeJSON(w, http.StatusOK, out)
}

// dateLess orders ISO dates (YYYY, YYYY-MM, YYYY-MM-DD), undated last.
func dateLess(a, b string) bool {
	if (a == "") != (b == "") {
		return a != ""
	}
	return a < b
}

// remarshal copies v into out through JSON.
func remarshal(v any, out any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}
