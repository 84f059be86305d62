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
	"github.com/newsgraph/newsgraph/loader/internal/quality"
	"github.com/newsgraph/newsgraph/loader/source"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// TestFactsScore runs the shared facts scorer (python3) over the gold
// articles, with the quads the loader writes for what Extract finds, and
// holds the extractor to the committed figures of testdata/quality.json (a
// drop of more than its tolerance fails) and to the project's targets.
func TestFactsScore(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	scorer := shared.Path(t, "eval/facts_score.py")
	fig, err := quality.Load()
	if err != nil {
		t.Fatal(err)
	}
	for name, dir := range map[string]string{"shared/eval/gold": filepath.Join(filepath.Dir(scorer), "gold"), "testdata/gold": "../../testdata/gold"} {
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
		want, ok := fig.Gold[name]
		if !ok {
			t.Errorf("testdata/quality.json has no figures for %s", name)
			continue
		}
		if want.Articles != len(golds) {
			t.Errorf("%s has %d gold articles, testdata/quality.json's figures are for %d: score the set and update them", name, len(golds), want.Articles)
		}
		for _, c := range []struct {
			what      string
			got, want float64
		}{{"entities F1", f1("entities"), want.EntitiesF1}, {"facts F1", f1("facts"), want.FactsF1}, {"met F1", f1("met"), want.MetF1}} {
			if err := fig.Dropped(name+" "+c.what, c.got, c.want); err != nil {
				t.Error(err)
			}
		}
		if dups > want.Duplicates+1 {
			t.Errorf("%s: %d duplicate entities, %d committed", name, dups, want.Duplicates)
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
