// Package shared finds the team's shared corpora and evaluation files, the
// folder "shared" beside a checkout (../shared from /work/X), for tests and
// benchmarks; NEWSGRAPH_SHARED names it anywhere else.
package shared

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Env is the variable that names the shared folder.
const Env = "NEWSGRAPH_SHARED"

// Dir returns the shared folder, absolute: $NEWSGRAPH_SHARED when set, else
// the first folder named shared beside the working directory or one of its
// parents. Without one it returns "" and the folder it would have used
// (../shared beside the working directory's repository root, or the
// variable's value).
func Dir() (dir, lookedFor string) {
	if d := os.Getenv(Env); d != "" {
		abs, err := filepath.Abs(d)
		if err != nil {
			abs = d
		}
		if isDir(abs) {
			return abs, abs
		}
		return "", abs
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", filepath.Join("..", "shared")
	}
	first := ""
	for d := wd; ; {
		p := filepath.Join(filepath.Dir(d), "shared")
		if first == "" && isDir(filepath.Join(d, ".git")) || first == "" && isFile(filepath.Join(d, ".git")) {
			first = p
		}
		if isDir(filepath.Join(p, "data")) || isDir(filepath.Join(p, "eval")) {
			return p, p
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if first == "" {
		first = filepath.Join(filepath.Dir(wd), "shared")
	}
	return "", first
}

// Path returns the absolute path of rel (slash-separated) in the shared
// folder, or skips tb with a message naming the path it looked for.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p, err := Find(rel)
	if err != nil {
		tb.Skip(err)
	}
	return p
}

// Find returns the absolute path of rel in the shared folder, or an error
// naming the path it looked for and how to point at another folder.
func Find(rel string) (string, error) {
	dir, looked := Dir()
	if dir == "" {
		return "", fmt.Errorf("shared folder not found: looked for %s (set %s to the folder holding data/ and eval/)", filepath.Join(looked, filepath.FromSlash(rel)), Env)
	}
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("%s not found in the shared folder %s (set %s to another folder)", p, dir, Env)
	}
	return p, nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
