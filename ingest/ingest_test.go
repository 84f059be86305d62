package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

func TestStamp(t *testing.T) {
	art := quad.IRI("http://newsgraph.org/id/article/a")
	in := []quad.Quad{
		quad.Make(art, vocab.Headline, "H", art),
		quad.Make(art, vocab.Ingested, "old", art),
	}
	out := Stamp(art, in, time.Date(2026, 12, 4, 15, 4, 5, 0, time.FixedZone("x", 3600)))
	if len(out) != 2 || out[0] != in[0] {
		t.Fatalf("Stamp = %v", out)
	}
	want := quad.Quad{Subject: art, Predicate: vocab.Ingested, Label: art,
		Object: quad.TypedString{Value: "2026-12-04T14:04:05Z", Type: vocab.XSDDateTime}}
	if out[1] != want {
		t.Errorf("stamp %v; want %v", out[1], want)
	}
	if len(in) != 2 || in[1].Object != quad.String("old") {
		t.Error("Stamp changed its input")
	}
}

// TestChangedFiles: a poll sees new and changed files once, leaves files
// being written (modified within settle) and hidden files alone.
func TestChangedFiles(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Minute)
	write := func(name, body string, mod time.Time) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, mod, mod)
	}
	write("a.txt", "a", old)
	write("sub/b.txt", "b", old)
	write(".c.tmp", "c", old)
	write(".hidden/d.txt", "d", old)
	write("fresh.txt", "e", time.Now())
	seen := map[string]fileState{}
	got, err := changedFiles(dir, seen, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub/b.txt")}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("first poll: %v; want %v", got, want)
	}
	write("fresh.txt", "e", old)
	write("a.txt", "a2", old.Add(time.Second))
	got, _ = changedFiles(dir, seen, time.Second)
	want = []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "fresh.txt")}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("second poll: %v; want %v", got, want)
	}
	if got, _ := changedFiles(dir, seen, time.Second); len(got) != 0 {
		t.Errorf("third poll: %v; want nothing", got)
	}
	if _, err := changedFiles(filepath.Join(dir, "none"), seen, time.Second); err == nil {
		t.Error("missing folder: no error")
	}
}

// TestRunMemoryStore loads into Cayley's memory store with small batches and
// several workers, so the workers' stored-hash lookups meet the writes; run
// with -race it catches lookups that do not wait for a write (Cayley's memory
// store is not safe for that). A second run must skip every article.
func TestRunMemoryStore(t *testing.T) {
	st, err := store.Open(store.Memory, "", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in := filepath.Join("..", "testdata", "articles", "reuters-sample.jsonl")
	opts := Options{Workers: 4, BatchQuads: 100}
	first, err := Run(context.Background(), st.QuadStore(), []string{in}, opts, Reporter{})
	if err != nil {
		t.Fatal(err)
	}
	if first.Articles == 0 || first.Failed != 0 || first.Skipped != 0 {
		t.Fatalf("first load: %+v", first)
	}
	again, err := Run(context.Background(), st.QuadStore(), []string{in}, opts, Reporter{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Skipped != first.Articles || again.Quads != 0 {
		t.Errorf("second load: %+v; want all %d articles skipped", again, first.Articles)
	}
}
