package loader_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
)

// TestExtractionVersion fails when extraction output changes and the
// extractor's version does not: any change to what the extractor finds must
// come with a bump of extract.CodeVersion (or a change of the embedded data,
// which changes the version by itself), so that load re-extracts stored
// articles. testdata/extraction.version holds the version and a digest of
// the quads extracted from testdata/articles and testdata/gold (the version
// and content hash quads left out); go test -update rewrites it.
func TestExtractionVersion(t *testing.T) {
	gold, err := filepath.Glob(filepath.Join("..", "testdata", "gold", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	inputs := append([]string{filepath.Join("..", "testdata", "articles")}, gold...)
	h := sha256.New()
	n := 0
	err = loader.Load(context.Background(), inputs, loader.Options{}, func(r loader.Result) error {
		if r.Err != nil {
			return r.Err
		}
		n++
		for _, q := range r.Quads {
			if q.Predicate == vocab.ExtractorVersion || q.Predicate == vocab.ContentHash {
				continue
			}
			h.Write([]byte(q.NQuad()))
			h.Write([]byte{'\n'})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 80 {
		t.Fatalf("extracted %d articles, want the 26 of testdata/articles and the 60 of testdata/gold", n)
	}
	got := fmt.Sprintf("%s %s %d\n", extract.Version(), hex.EncodeToString(h.Sum(nil)), n)
	golden := filepath.Join("testdata", "extraction.version")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	want := string(b)
	wv, wd, _ := strings.Cut(want, " ")
	gv, gd, _ := strings.Cut(got, " ")
	switch {
	case gv == wv && gd != wd:
		t.Errorf("extraction output changed but the extractor's version %s did not: bump extract.CodeVersion, then go test ./loader -run ExtractionVersion -update\n got  %s want %s", gv, got, want)
	case gv != wv:
		t.Errorf("the extractor's version is now %s (was %s): record it with go test ./loader -run ExtractionVersion -update", gv, wv)
	}
}
