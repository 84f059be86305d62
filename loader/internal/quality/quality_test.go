package quality

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEFigures checks that the README's quality figures are the
// committed ones.
func TestREADMEFigures(t *testing.T) {
	f, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	root, _ := Root()
	b, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	rows := map[string]string{"testdata/gold": "| `testdata/gold`", "shared/eval/gold": "| `../shared/eval/gold`"}
	for name, g := range f.Gold {
		prefix, ok := rows[name]
		if !ok {
			t.Errorf("no README row for gold set %s", name)
			continue
		}
		row := ""
		for _, l := range strings.Split(readme, "\n") {
			if strings.HasPrefix(l, prefix) {
				row = l
			}
		}
		cells := strings.Split(row, "|")
		if len(cells) < 7 {
			t.Errorf("README: no table row for %s", name)
			continue
		}
		want := []string{fmt.Sprint(g.Articles), fmt.Sprintf("%.3f", g.EntitiesF1), fmt.Sprintf("%.3f", g.FactsF1), fmt.Sprintf("%.3f", g.MetF1), fmt.Sprint(g.Duplicates)}
		got := []string{strings.TrimSpace(cells[2]), strings.TrimSpace(cells[3]), strings.Fields(cells[4])[0], strings.TrimSpace(cells[5]), strings.TrimSpace(cells[6])}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("README row for %s says %v, testdata/quality.json %v", name, got, want)
		}
	}
	for _, s := range []string{
		fmt.Sprintf("entities P %%s **F1 %.3f**", f.CoNLL04Dev.EntitiesF1),
		fmt.Sprintf("relations P %%s **F1 %.3f**", f.CoNLL04Dev.RelationsF1),
	} {
		head, tail, _ := strings.Cut(s, "%s")
		i := strings.Index(readme, head)
		if i < 0 || !strings.Contains(readme[i:min(len(readme), i+60)], tail) {
			t.Errorf("README: no %q", strings.Replace(s, "%s", "...", 1))
		}
	}
}

// TestDropped holds the tolerance.
func TestDropped(t *testing.T) {
	f := Figures{Tolerance: 0.02}
	if f.Dropped("x", 0.90, 0.913) != nil || f.Dropped("x", 0.893, 0.913) != nil {
		t.Error("a drop within the tolerance failed")
	}
	if f.Dropped("x", 0.892, 0.913) == nil {
		t.Error("a drop of 0.021 passed")
	}
}
