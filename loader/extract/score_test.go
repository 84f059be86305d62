package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// TestFactsScore runs the shared facts scorer (python3) over the gold
// articles, with the quads the loader writes for what Extract finds, and
// holds the extractor to the project's targets.
func TestFactsScore(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	scorer := shared.Path(t, "eval/facts_score.py")
	for _, dir := range []string{filepath.Join(filepath.Dir(scorer), "gold"), "../../testdata/gold"} {
		golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.tsv"))
		if len(golds) == 0 {
			continue
		}
		args := []string{scorer}
		tmp := t.TempDir()
		for _, g := range golds {
			name := strings.TrimSuffix(filepath.Base(g), ".gold.tsv")
			nq := filepath.Join(tmp, name+".nq")
			writeQuads(t, filepath.Join(dir, name+".txt"), nq)
			args = append(args, g, nq)
		}
		args = append(args, "--json")
		out, err := exec.Command(py, args...).Output()
		if err != nil {
			t.Fatalf("%s: scorer: %v", dir, err)
		}
		var res struct {
			Total map[string]json.RawMessage `json:"total"`
		}
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatalf("%s: scorer output: %v", dir, err)
		}
		f1 := func(k string) float64 {
			var m struct {
				F1 float64 `json:"f1"`
			}
			json.Unmarshal(res.Total[k], &m)
			return m.F1
		}
		var dups int
		json.Unmarshal(res.Total["duplicate_entities"], &dups)
		t.Logf("%s: entities F1 %.3f, facts F1 %.3f, met F1 %.3f, duplicates %d", dir, f1("entities"), f1("facts"), f1("met"), dups)
		if f1("entities") < 0.85 || f1("facts") < 0.60 || f1("met") < 0.60 || dups > len(golds) {
			t.Errorf("%s below target (entities ≥ 0.85, facts ≥ 0.60, met ≥ 0.60, duplicates ≤ %d)", dir, len(golds))
		}
	}
}

// writeQuads extracts one article file and writes its N-Quads.
func writeQuads(t *testing.T, in, out string) {
	t.Helper()
	var qs []quad.Quad
	err := source.Read(context.Background(), []string{in}, source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			return it.Err
		}
		qs = append(qs, loader.Quads(it.Article, extract.Extract(it.Article.Text, it.Article.Published))...)
		return nil
	})
	if err != nil {
		t.Fatalf("read %s: %v", in, err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := nquads.NewWriter(f)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}
