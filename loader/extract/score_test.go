package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/eval/factscore"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/internal/quality"
	"github.com/newsgraph/newsgraph/loader/source"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// TestFactsScore scores the gold articles with the project's own scorer
// (eval/factscore, what newsgraph eval gold runs), with the quads the loader
// writes for what Extract finds, and holds the extractor to the committed
// figures of testdata/quality.json (a drop of more than its tolerance fails)
// and to the project's targets. Where python3 and the shared facts_score.py
// are found, it also runs them on the same quads and requires the same
// output, explanations included.
func TestFactsScore(t *testing.T) {
	fig, err := quality.Load()
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string]string{"testdata/gold": "../../testdata/gold"}
	var pyScorer string
	if sh, _ := shared.Dir(); sh != "" {
		sets["shared/eval/gold"] = filepath.Join(sh, "eval", "gold")
		if py, err := exec.LookPath("python3"); err == nil {
			pyScorer = py + " " + filepath.Join(sh, "eval", "facts_score.py")
		}
	} else {
		t.Log("shared folder not found: shared/eval/gold not scored, facts_score.py not compared")
	}
	for name, dir := range sets {
		arts, err := factscore.Articles(dir)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		tmp := t.TempDir()
		var results []factscore.Result
		pyArgs := []string{}
		for _, a := range arts {
			nq := filepath.Join(tmp, a.Name+".nq")
			writeQuads(t, a.Text, nq)
			b, err := os.ReadFile(nq)
			if err != nil {
				t.Fatal(err)
			}
			r, err := factscore.Score(filepath.Base(a.Gold), a.Gold, string(b))
			if err != nil {
				t.Fatal(err)
			}
			results = append(results, r)
			pyArgs = append(pyArgs, a.Gold, nq)
		}
		tot := factscore.Combine(results)
		if pyScorer != "" {
			var got bytes.Buffer
			factscore.WriteText(&got, results, tot, true)
			f := strings.Fields(pyScorer)
			want, err := exec.Command(f[0], append(append(f[1:], pyArgs...), "--explain")...).Output()
			if err != nil {
				t.Fatalf("%s: facts_score.py: %v", name, err)
			}
			t.Logf("%s: facts_score.py gives the same output", name)
			if got.String() != string(want) {
				t.Errorf("%s: the Go scorer and facts_score.py differ\n%s", name, firstDiff(got.String(), string(want)))
			}
		}
		f1e, f1f, f1m, dups := tot.Entities.F1, tot.Facts.F1, tot.Met.F1, tot.Duplicates
		t.Logf("%s: entities F1 %.3f, facts F1 %.3f, met F1 %.3f, duplicates %d", dir, f1e, f1f, f1m, dups)
		if f1e < 0.85 || f1f < 0.60 || f1m < 0.60 || dups > len(arts) {
			t.Errorf("%s below target (entities ≥ 0.85, facts ≥ 0.60, met ≥ 0.60, duplicates ≤ %d)", dir, len(arts))
		}
		want, ok := fig.Gold[name]
		if !ok {
			t.Errorf("testdata/quality.json has no figures for %s", name)
			continue
		}
		if want.Articles != len(arts) {
			t.Errorf("%s has %d gold articles, testdata/quality.json's figures are for %d: score the set and update them", name, len(arts), want.Articles)
		}
		for _, c := range []struct {
			what      string
			got, want float64
		}{{"entities F1", f1e, want.EntitiesF1}, {"facts F1", f1f, want.FactsF1}, {"met F1", f1m, want.MetF1}} {
			if err := fig.Dropped(name+" "+c.what, c.got, c.want); err != nil {
				t.Error(err)
			}
		}
		if dups > want.Duplicates+1 {
			t.Errorf("%s: %d duplicate entities, %d committed", name, dups, want.Duplicates)
		}
	}
}

// firstDiff shows the first line where two outputs differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n go:     %s\n python: %s", i+1, a, b)
		}
	}
	return ""
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
