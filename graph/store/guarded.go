package store

import (
	"context"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// Guarded returns qs behind a read-write lock: writes (ApplyDeltas and the
// quad writer) hold it alone, and every read (a lookup, and each step of an
// iterator) shares it. Cayley's memory store keeps its values and indexes
// in plain maps and trees, so a server that ingests into it while queries
// run would otherwise read a map during a write, which the Go runtime stops
// with a fatal error. Iterators take the lock per step, not per query, so
// a long query lets writes in between its steps; the memory store's
// iterators seek again when the tree under them changed.
func Guarded(qs graph.QuadStore) graph.QuadStore {
	return &guarded{qs: qs}
}

type guarded struct {
	mu sync.RWMutex
	qs graph.QuadStore
}

func (g *guarded) ApplyDeltas(in []graph.Delta, opts graph.IgnoreOpts) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.qs.ApplyDeltas(in, opts)
}

func (g *guarded) NewQuadWriter() (quad.WriteCloser, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	w, err := g.qs.NewQuadWriter()
	if err != nil {
		return nil, err
	}
	return &guardedWriter{mu: &g.mu, w: w}, nil
}

func (g *guarded) Close() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.qs.Close()
}

func (g *guarded) ValueOf(v quad.Value) (graph.Ref, error) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.qs.ValueOf(v)
}

func (g *guarded) NameOf(r graph.Ref) (quad.Value, error) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.qs.NameOf(r)
}

func (g *guarded) Quad(r graph.Ref) (quad.Quad, error) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.qs.Quad(r)
}

func (g *guarded) QuadIteratorSize(ctx context.Context, d quad.Direction, v graph.Ref) (refs.Size, error) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.qs.QuadIteratorSize(ctx, d, v)
}

func (g *guarded) QuadDirection(id graph.Ref, d quad.Direction) (graph.Ref, error) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.qs.QuadDirection(id, d)
}

func (g *guarded) Stats(ctx context.Context, exact bool) (graph.Stats, error) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.qs.Stats(ctx, exact)
}

func (g *guarded) QuadIterator(d quad.Direction, v graph.Ref) iterator.Shape {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.shape(g.qs.QuadIterator(d, v))
}

func (g *guarded) QuadsAllIterator() iterator.Shape {
	g.mu.Lock() // the memory store marks its list of values as shared
	defer g.mu.Unlock()
	return g.shape(g.qs.QuadsAllIterator())
}

func (g *guarded) NodesAllIterator() iterator.Shape {
	g.mu.Lock() // the memory store marks its list of values as shared
	defer g.mu.Unlock()
	return g.shape(g.qs.NodesAllIterator())
}

func (g *guarded) shape(s iterator.Shape) iterator.Shape {
	if s == nil {
		return nil
	}
	return &guardedShape{mu: &g.mu, s: s}
}

// guardedWriter holds the store's lock for each write.
type guardedWriter struct {
	mu *sync.RWMutex
	w  quad.WriteCloser
}

func (w *guardedWriter) WriteQuad(q quad.Quad) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.WriteQuad(q)
}

func (w *guardedWriter) WriteQuads(buf []quad.Quad) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.WriteQuads(buf)
}

func (w *guardedWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Close()
}

// guardedShape shares the store's lock for each call, and hands out
// iterators that do the same.
type guardedShape struct {
	mu *sync.RWMutex
	s  iterator.Shape
}

func (s *guardedShape) String() string { return s.s.String() }

func (s *guardedShape) Iterate() iterator.Scanner {
	s.mu.RLock()
	defer s.mu.RUnlock()
	sc := s.s.Iterate()
	return &guardedScanner{guardedBase{mu: s.mu, b: sc}, sc}
}

func (s *guardedShape) Lookup() iterator.Index {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.s.Lookup()
	return &guardedIndex{guardedBase{mu: s.mu, b: ix}, ix}
}

func (s *guardedShape) Stats(ctx context.Context) (iterator.Costs, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.s.Stats(ctx)
}

func (s *guardedShape) Optimize(ctx context.Context) (iterator.Shape, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	o, changed := s.s.Optimize(ctx)
	if !changed {
		return s, false
	}
	return &guardedShape{mu: s.mu, s: o}, true
}

func (s *guardedShape) SubIterators() []iterator.Shape {
	subs := s.s.SubIterators()
	out := make([]iterator.Shape, len(subs))
	for i, sub := range subs {
		out[i] = &guardedShape{mu: s.mu, s: sub}
	}
	return out
}

// guardedBase shares the lock for the calls a Scanner and an Index have
// in common.
type guardedBase struct {
	mu *sync.RWMutex
	b  iterator.Base
}

func (b guardedBase) String() string { return b.b.String() }

func (b guardedBase) TagResults(m map[string]refs.Ref) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	b.b.TagResults(m)
}

func (b guardedBase) Result() refs.Ref {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.b.Result()
}

func (b guardedBase) NextPath(ctx context.Context) bool {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.b.NextPath(ctx)
}

func (b guardedBase) Err() error {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.b.Err()
}

func (b guardedBase) Close() error {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.b.Close()
}

type guardedScanner struct {
	guardedBase
	sc iterator.Scanner
}

func (s *guardedScanner) Next(ctx context.Context) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.sc.Next(ctx)
}

type guardedIndex struct {
	guardedBase
	ix iterator.Index
}

func (ix *guardedIndex) Contains(ctx context.Context, v refs.Ref) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.ix.Contains(ctx, v)
}
