package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLoaderSize keeps loader/ readable: no file over 800 lines, no function
// over 150 (run `go run ./tools/codesize loader` for the list).
func TestLoaderSize(t *testing.T) {
	out, st, err := Check(filepath.Join("..", "..", "loader"), 800, 150)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range out {
		t.Errorf("over the limit: %s", o)
	}
	t.Logf("largest file %s; longest function %s", st.LargestFile, st.LongestFunc)
}

// TestCheckFindsOffenders makes sure the check can fail.
func TestCheckFindsOffenders(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\nfunc long() {\n"
	for range 10 {
		src += "\t_ = 1\n"
	}
	src += "}\n\nfunc (r *T) short() {}\n\ntype T struct{}\n"
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, st, err := Check(dir, 15, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[0].Func != "" || out[0].Lines != 18 || out[1].Func != "long" || out[1].Lines != 12 {
		t.Fatalf("got %v", out)
	}
	if st.Funcs != 2 || st.LongestFunc.Func != "long" {
		t.Fatalf("stats %+v", st)
	}
}
