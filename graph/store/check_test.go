package store_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// smallStore writes a bolt store of a few thousand quads and returns its path.
func smallStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var deltas []graph.Delta
	for i := 0; i < 2000; i++ {
		p := vocab.EntityIRI(vocab.Person, fmt.Sprintf("Person %d", i))
		s0 := vocab.SentenceIRI(quad.IRI(vocab.ID+"article/1"), i)
		for _, q := range []quad.Quad{
			quad.Make(p, vocab.Type, vocab.Person, s0),
			quad.Make(p, vocab.Name, fmt.Sprintf("Person number %d with a longer name", i), s0),
		} {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		}
	}
	if err := s.QuadStore().ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func copyStore(t *testing.T, from string) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), "copy.db")
	os.Mkdir(to, 0o755)
	data, err := os.ReadFile(filepath.Join(from, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(to, "indexes.bolt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return to
}

// checkStore opens a store read-only and checks it: the open error, or the
// problems found.
func checkStore(path string) (problems []string, err error) {
	s, err := store.Open(store.Bolt, path, store.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	rep, err := s.Check(context.Background())
	if err != nil {
		return nil, err
	}
	return rep.Problems, nil
}

// Issue 16, item 5: damaged stores are reported, never a crash (SIGBUS) or a
// silently empty store, and a store that does not exist is not created by
// reading it.
func TestDamagedStores(t *testing.T) {
	good := smallStore(t)
	if problems, err := checkStore(good); err != nil || len(problems) != 0 {
		t.Fatalf("sound store: %v %v", problems, err)
	}

	// A truncated file is refused before it is mapped. (Bolt grows its
	// file ahead of the pages it uses, so cutting this small store's file
	// in half may cut nothing in use: it is cut to 40 KB.)
	half := copyStore(t, good)
	f := filepath.Join(half, "indexes.bolt")
	os.Truncate(f, 40000)
	if _, err := checkStore(half); !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("truncated: %v", err)
	}
	if _, err := store.Open(store.Bolt, half, store.Options{}); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("truncated, opened for writing: %v", err)
	}

	// An empty file is damage, not a new store, read-only or not.
	empty := copyStore(t, good)
	os.Truncate(filepath.Join(empty, "indexes.bolt"), 0)
	for _, ro := range []bool{true, false} {
		if _, err := store.Open(store.Bolt, empty, store.Options{ReadOnly: ro}); !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "empty") {
			t.Errorf("0-byte file (read-only %v): %v", ro, err)
		}
	}

	// Flipped bytes are found by Check (seeded; each seed damages the store
	// differently).
	for seed := int64(1); seed <= 5; seed++ {
		flip := copyStore(t, good)
		f := filepath.Join(flip, "indexes.bolt")
		data, _ := os.ReadFile(f)
		rng := rand.New(rand.NewSource(seed))
		for i := 0; i < 200; i++ {
			off := 8192 + rng.Intn(len(data)-8192)
			data[off] ^= 0xff
		}
		os.WriteFile(f, data, 0o644)
		problems, err := checkStore(flip)
		if err == nil && len(problems) == 0 {
			t.Errorf("seed %d: 200 flipped bytes, and Check found nothing", seed)
		}
	}

	// Reading a store that does not exist is an error and creates nothing.
	typo := filepath.Join(t.TempDir(), "typo.db")
	if _, err := store.Open(store.Bolt, typo, store.Options{ReadOnly: true}); !errors.Is(err, store.ErrNoStore) {
		t.Errorf("missing store: %v", err)
	}
	if _, err := os.Stat(typo); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("reading a missing store created %s", typo)
	}
}

// Issue 16, item 8: a store on a read-only mount (here: a folder and file
// without write permission) opens for reading, lock file or not.
func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Log("running as root: permissions do not stop root, so only the read-only open is checked here, not one without a lock file")
	}
	good := smallStore(t)
	ro := copyStore(t, good)
	os.Chmod(filepath.Join(ro, "indexes.bolt"), 0o444)
	os.Chmod(ro, 0o555)
	defer os.Chmod(ro, 0o755)
	s, err := store.Open(store.Bolt, ro, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only folder: %v", err)
	}
	defer s.Close()
	c, err := s.Count(context.Background())
	if err != nil || c.Quads != 4000 {
		t.Errorf("count %+v %v", c, err)
	}
}
