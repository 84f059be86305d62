package server

// The Gephi graph streaming endpoint, re-created from Cayley's
// internal/gephi (Apache License 2.0, The Cayley Authors), which Cayley does
// not export. Gephi's "Graph Streaming" plugin connects to
// http://HOST/gephi/gs as a client and reads one JSON event per line:
// {"an": {...}} adds nodes, {"cn": {...}} changes them, {"ae": {...}} adds
// edges.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc/rdf"
	"github.com/cayleygraph/quad/voc/rdfs"
	"github.com/cayleygraph/quad/voc/schema"
)

// errStreamCapped ends a Gephi stream past the byte cap.
var errStreamCapped = errors.New("stream over the byte cap")

const (
	gephiDefaultLimit = 10000
	gephiNodeSize     = 20
	gephiCoordLimit   = 500
)

var (
	gephiInlinePred = quad.IRI("gephi:inline")
	gephiPosX       = quad.IRI("gephi:x")
	gephiPosY       = quad.IRI("gephi:y")
)

// gephiInline are the predicates shown as node properties, not edges.
var gephiInline = []quad.IRI{gephiPosX, gephiPosY, rdf.Type, rdfs.Label, schema.Name, schema.UrlProp}

type valHash [quad.HashSize]byte

type streamNode map[string]any

type streamEdge struct {
	Subject   string `json:"source"`
	Label     string `json:"label"`
	Predicate string `json:"pred"`
	Object    string `json:"target"`
}

type streamEvent struct {
	AddNodes    map[string]streamNode `json:"an,omitempty"`
	ChangeNodes map[string]streamNode `json:"cn,omitempty"`
	AddEdges    map[string]streamEdge `json:"ae,omitempty"`
}

// graphStream writes Gephi graph streaming events.
type graphStream struct {
	seen map[valHash]int
	buf  bytes.Buffer
	w    io.Writer
	// ctx stops the stream at the timeout or when the client goes away;
	// past max bytes written the stream ends.
	ctx     context.Context
	max     int64
	written int64
}

func nodeLabel(v quad.Value) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v.Native())
}

func randPos() (x, y float64) {
	c := func() float64 { return (rand.Float64() - 0.5) * gephiCoordLimit * 2 }
	x = c()
	for y = c(); x*x+y*y > gephiCoordLimit*gephiCoordLimit; y = c() {
	}
	return
}

func (gs *graphStream) makeNode(id string, v quad.Value, props map[quad.Value]quad.Value) map[string]streamNode {
	x, y := randPos()
	var xok, yok bool
	switch p := props[gephiPosX].(type) {
	case quad.Int:
		x, xok = float64(p), true
	case quad.Float:
		x, xok = float64(p), true
	}
	switch p := props[gephiPosY].(type) {
	case quad.Int:
		y, yok = float64(p), true
	case quad.Float:
		y, yok = float64(p), true
	}
	var label any
	switch n := v.Native().(type) {
	case string, int, int64, float64, bool:
		label = n
	default:
		if iri, ok := v.(quad.IRI); ok {
			label = string(iri)
		} else {
			label = quad.StringOf(v)
		}
	}
	for _, k := range []quad.IRI{rdfs.Label, quad.IRI(rdfs.Label).Full(), schema.Name, quad.IRI(schema.Name).Full()} {
		if p, ok := props[k]; ok {
			if s, ok := p.Native().(string); ok && s != "" {
				label = s
			}
		}
	}
	node := streamNode{"label": label, "size": gephiNodeSize, "x": x, "y": y}
	for k, pv := range props {
		if k == nil || pv == nil || (k == gephiPosX && xok) || (k == gephiPosY && yok) {
			continue
		}
		node[nodeLabel(k)] = nodeLabel(pv)
	}
	return map[string]streamNode{id: node}
}

func (gs *graphStream) encode(o any) {
	data, _ := json.Marshal(o)
	gs.buf.Write(data)
	gs.buf.WriteString("\r\n") // Gephi wants \r\n after each event
}

func (gs *graphStream) addNode(v quad.Value, h valHash, props map[quad.Value]quad.Value) string {
	if id, ok := gs.seen[h]; ok {
		return strconv.FormatInt(int64(id), 16)
	}
	if v == nil {
		return ""
	}
	id := len(gs.seen)
	gs.seen[h] = id
	sid := strconv.FormatInt(int64(id), 16)
	gs.encode(streamEvent{AddNodes: gs.makeNode(sid, v, props)})
	return sid
}

func (gs *graphStream) changeNode(v quad.Value, sid string, props map[quad.Value]quad.Value) {
	gs.encode(streamEvent{ChangeNodes: gs.makeNode(sid, v, props)})
}

func (gs *graphStream) addEdge(i int, s, o string, p quad.Value) {
	ps := nodeLabel(p)
	gs.encode(streamEvent{AddEdges: map[string]streamEdge{
		"q" + strconv.FormatInt(int64(i), 16): {Subject: s, Predicate: ps, Label: ps, Object: o},
	}})
}

func (gs *graphStream) flush() error {
	if gs.ctx != nil && gs.ctx.Err() != nil {
		return gs.ctx.Err()
	}
	if gs.max > 0 && gs.written > gs.max {
		return errStreamCapped
	}
	if gs.buf.Len() == 0 {
		return nil
	}
	n, err := gs.buf.WriteTo(gs.w)
	gs.written += n
	if f, ok := gs.w.(http.Flusher); ok {
		f.Flush()
	}
	return err
}

// streamRawQuads sends the quads matching a filter as edges.
func streamRawQuads(ctx context.Context, qs graph.QuadStore, gs *graphStream, quads shape.Shape, limit int) {
	it := shape.BuildIterator(ctx, qs, quads).Iterate()
	defer it.Close()
	var sh, oh valHash
	for i := 0; (limit < 0 || i < limit) && it.Next(ctx); i++ {
		ref := it.Result()
		if ref == nil {
			continue
		}
		q, err := qs.Quad(ref)
		if err != nil {
			continue
		}
		quad.HashTo(q.Subject, sh[:])
		quad.HashTo(q.Object, oh[:])
		s, o := gs.addNode(q.Subject, sh, nil), gs.addNode(q.Object, oh, nil)
		if s == "" || o == "" {
			continue
		}
		gs.addEdge(i, s, o, q.Predicate)
		if err := gs.flush(); err != nil {
			return
		}
	}
}

func shouldInline(v quad.Value) bool {
	switch v.(type) {
	case quad.Bool, quad.Int, quad.Float:
		return true
	}
	return false
}

// streamNodesWithProps sends nodes with their names, types and numbers as
// properties, and their other links as edges.
func streamNodesWithProps(ctx context.Context, qs graph.QuadStore, gs *graphStream, limit int) {
	propsPath := path.NewPath(qs).Has(gephiInlinePred, quad.Bool(true))
	inline := make(map[quad.Value]struct{})
	if err := propsPath.Iterate(ctx).EachValue(qs, func(v quad.Value) error {
		inline[v] = struct{}{}
		return nil
	}); err != nil {
		return
	}
	for _, iri := range gephiInline {
		inline[iri] = struct{}{}
		inline[iri.Full()] = struct{}{}
	}
	ignore := make(map[quad.Value]struct{})
	nodes := iterator.NewNot(propsPath.BuildIterator(ctx), qs.NodesAllIterator())
	ictx, cancel := context.WithCancel(ctx)
	defer cancel()
	qi := 0
	_ = iterator.Iterate(ictx, nodes).On(qs).Limit(limit).EachValuePair(qs, func(v graph.Ref, nv quad.Value) error {
		if _, skip := ignore[nv]; skip {
			return nil
		}
		props := make(map[quad.Value]quad.Value)
		var (
			sid   string
			h, oh valHash
		)
		quad.HashTo(nv, h[:])
		predIt := qs.QuadIterator(quad.Subject, v).Iterate()
		defer predIt.Close()
		for predIt.Next(ictx) {
			if sid == "" {
				sid = gs.addNode(nv, h, props)
			}
			q, err := qs.Quad(predIt.Result())
			if err != nil {
				continue
			}
			if _, ok := inline[q.Predicate]; ok {
				props[q.Predicate] = q.Object
				ignore[q.Object] = struct{}{}
			} else if shouldInline(q.Object) {
				props[q.Predicate] = q.Object
			} else {
				quad.HashTo(q.Object, oh[:])
				o := gs.addNode(q.Object, oh, nil)
				if o == "" {
					continue
				}
				gs.addEdge(qi, sid, o, q.Predicate)
				qi++
				if err := gs.flush(); err != nil {
					cancel()
					return nil
				}
			}
		}
		if predIt.Err() != nil || sid == "" {
			return nil
		}
		if len(props) != 0 {
			gs.changeNode(nv, sid, props)
		}
		if err := gs.flush(); err != nil {
			cancel()
		}
		return nil
	})
}

func valuesFromString(s string) []quad.Value {
	if s == "" {
		return nil
	}
	var out []quad.Value
	for _, p := range strings.Split(s, ",") {
		out = append(out, quad.StringToValue(p))
	}
	return out
}

// serveGephi is GET /gephi/gs?mode=raw|nodes&limit=N (raw mode filters with
// sub, pred, obj and label, comma-separated values).
func (s *Server) serveGephi(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	limit := gephiDefaultLimit
	if v := r.FormValue("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			jsonError(w, http.StatusBadRequest, "limit must be a positive whole number")
			return
		}
		limit = n
	}
	// The row cap of the other endpoints caps the stream too, and so does
	// the byte cap of an answer.
	limit = min(limit, s.cfg.MaxRows)
	mode := r.FormValue("mode")
	if mode == "" {
		mode = "raw"
	}
	if mode != "raw" && mode != "nodes" {
		jsonError(w, http.StatusBadRequest, "mode must be raw or nodes")
		return
	}
	w.Header().Set("Content-Type", "application/stream+json")
	gs := &graphStream{w: w, seen: map[valHash]int{}, ctx: ctx, max: s.cfg.MaxBytes}
	if mode == "nodes" {
		streamNodesWithProps(ctx, s.qs, gs, limit)
		return
	}
	filter := shape.FilterQuads(
		valuesFromString(r.FormValue("sub")),
		valuesFromString(r.FormValue("pred")),
		valuesFromString(r.FormValue("obj")),
		valuesFromString(r.FormValue("label")),
	)
	streamRawQuads(ctx, s.qs, gs, filter, limit)
}
