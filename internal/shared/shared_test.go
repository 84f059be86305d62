package shared

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "eval"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "eval", "facts_score.py"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(Env, dir)
	if p, err := Find("eval/facts_score.py"); err != nil || p != filepath.Join(dir, "eval", "facts_score.py") {
		t.Errorf("Find = %q, %v", p, err)
	}
	// A missing file names the path looked for.
	_, err := Find("data/conll04/conll04_dev.json")
	if want := filepath.Join(dir, "data", "conll04", "conll04_dev.json"); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("missing file: %v, want it to name %s", err, want)
	}
	// So does a missing folder.
	t.Setenv(Env, filepath.Join(dir, "nowhere"))
	_, err = Find("eval/facts_score.py")
	if want := filepath.Join(dir, "nowhere", "eval", "facts_score.py"); err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), Env) {
		t.Errorf("missing folder: %v, want it to name %s and %s", err, want, Env)
	}
}

// Without the variable, the folder is found beside a parent of the working
// directory, as ../shared is beside a checkout at /work/X.
func TestDirBesideACheckout(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"shared/data", "wt/branch/.git", "wt/branch/loader/extract"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv(Env, "")
	t.Chdir(filepath.Join(root, "wt", "branch", "loader", "extract"))
	if d, _ := Dir(); d != filepath.Join(root, "shared") {
		t.Errorf("Dir = %q, want %s", d, filepath.Join(root, "shared"))
	}
	if err := os.RemoveAll(filepath.Join(root, "shared")); err != nil {
		t.Fatal(err)
	}
	if d, looked := Dir(); d != "" || looked != filepath.Join(root, "wt", "shared") {
		t.Errorf("Dir = %q, %q; want none, looked for %s", d, looked, filepath.Join(root, "wt", "shared"))
	}
}
