package queries

import (
	"context"
	"fmt"
	"reflect"
	"sync"

	"github.com/cayleygraph/cayley/graph"
)

// storeCache keeps one value built from each store (the digest, the name
// index), built again when the store's quad count has changed since.
// Concurrent callers wait for one build.
type storeCache[T any] struct {
	mu sync.Mutex
	m  map[graph.QuadStore]*cacheSlot[T]
}

type cacheSlot[T any] struct {
	sem  chan struct{} // held while building
	v    T
	size int64 // the store's quad count when v was built
	ok   bool
}

func newStoreCache[T any]() *storeCache[T] {
	return &storeCache[T]{m: map[graph.QuadStore]*cacheSlot[T]{}}
}

// slot returns the slot of qs, making one when create is set.
func (c *storeCache[T]) slot(qs graph.QuadStore, create bool) *cacheSlot[T] {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.m[qs]
	if s == nil && create {
		if len(c.m) >= 8 { // stores opened and dropped, as tests do
			clear(c.m)
		}
		s = &cacheSlot[T]{sem: make(chan struct{}, 1)}
		c.m[qs] = s
	}
	return s
}

// forget drops the value of qs, so that the next get builds it again.
func (c *storeCache[T]) forget(qs graph.QuadStore) {
	c.mu.Lock()
	delete(c.m, qs)
	c.mu.Unlock()
}

// get returns the value of qs, building it with build (given the store's quad
// count) when there is none or the store has changed since.
func (c *storeCache[T]) get(ctx context.Context, qs graph.QuadStore, build func(context.Context, graph.QuadStore, int64) (T, error)) (T, error) {
	var zero T
	if qs == nil {
		return zero, fmt.Errorf("no store")
	}
	st, err := storeStats(ctx, qs)
	if err != nil {
		return zero, fmt.Errorf("store size: %w", err)
	}
	if !reflect.TypeOf(qs).Comparable() {
		return build(ctx, qs, st.Quads.Value)
	}
	s := c.slot(qs, true)
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return zero, ctx.Err()
	}
	defer func() { <-s.sem }()
	if s.ok && s.size == st.Quads.Value {
		return s.v, nil
	}
	v, err := build(ctx, qs, st.Quads.Value)
	if err != nil {
		return zero, err
	}
	s.v, s.size, s.ok = v, st.Quads.Value, true
	return v, nil
}

// cached returns the value of qs if one is built and the store has not
// changed since; it never builds one, nor waits for a build.
func (c *storeCache[T]) cached(ctx context.Context, qs graph.QuadStore) (T, bool) {
	var zero T
	if qs == nil || !reflect.TypeOf(qs).Comparable() {
		return zero, false
	}
	s := c.slot(qs, false)
	if s == nil {
		return zero, false
	}
	select {
	case s.sem <- struct{}{}:
	default:
		return zero, false // being built
	}
	v, size, ok := s.v, s.size, s.ok
	<-s.sem
	if !ok {
		return zero, false
	}
	if st, err := qs.Stats(ctx, false); err != nil || st.Quads.Value != size {
		return zero, false
	}
	return v, true
}
