package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

func TestBoltInUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = store.Open(store.Bolt, path, store.Options{LockTimeout: 200 * time.Millisecond})
	if err == nil {
		t.Fatal("second open of a store in use succeeded")
	}
	if !errors.Is(err, store.ErrInUse) || !strings.Contains(err.Error(), "store "+path+" is in use by another process") {
		t.Errorf("second open: %v, want 'store %s is in use by another process'", err, path)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Once closed, it opens again.
	s2, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		t.Fatalf("reopen after close: %v", err)
	}
	s2.Close()
}

func TestBoltPersistsAndCounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := quad.IRI(vocab.ID + "article/1")
	s0 := vocab.SentenceIRI(a, 0)
	alice := vocab.EntityIRI(vocab.Person, "Alice")
	geneva := vocab.EntityIRI(vocab.City, "Geneva")
	ev := vocab.LocalEventIRI(a, 2)
	qs := []quad.Quad{
		quad.Make(a, vocab.Type, vocab.NewsArticle, a),
		quad.Make(s0, vocab.Type, vocab.Sentence, a),
		quad.Make(alice, vocab.Type, vocab.Person, s0),
		quad.Make(alice, vocab.Name, "Alice", s0),
		quad.Make(geneva, vocab.Type, vocab.City, s0),
		quad.Make(geneva, vocab.Type, vocab.Place, s0),
		quad.Make(ev, vocab.Type, vocab.Event, s0),
		quad.Make(ev, vocab.Location, geneva, s0),
		quad.Make(ev, vocab.Attendee, alice, s0),
		quad.Make(alice, vocab.JobTitle, "envoy", s0),
	}
	deltas := make([]graph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	if err := s.QuadStore().ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := store.Counts{Articles: 1, Sentences: 1, Entities: 3, Events: 1, Facts: 3, Quads: int64(len(qs)),
		ByType: map[string]int{"Person": 1, "City": 1, "Place": 1, "Event": 1}}
	if c.Articles != want.Articles || c.Sentences != want.Sentences || c.Entities != want.Entities ||
		c.Events != want.Events || c.Facts != want.Facts || c.Quads != want.Quads || len(c.ByType) != len(want.ByType) {
		t.Errorf("Count = %+v, want %+v", c, want)
	}
	for k, v := range want.ByType {
		if c.ByType[k] != v {
			t.Errorf("ByType[%s] = %d, want %d", k, c.ByType[k], v)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	if _, err := store.Open("nosuch", "", store.Options{}); err == nil || !strings.Contains(err.Error(), "unknown backend") {
		t.Errorf("unknown backend: %v", err)
	}
	if _, err := store.Open(store.Postgres, "./newsgraph.db", store.Options{}); err == nil || !strings.Contains(err.Error(), "URL") {
		t.Errorf("postgres without URL: %v", err)
	}
}
