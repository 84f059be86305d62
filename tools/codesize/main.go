// Command codesize lists the Go files and functions under a folder that are
// longer than the project allows: files over -file lines (default 800) and
// functions over -func lines (default 150). It exits 1 when it lists any.
//
//	go run ./tools/codesize loader
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Offender is a file or function over its limit.
type Offender struct {
	Path  string // file
	Func  string // function name, "" for the file itself
	Lines int
}

func (o Offender) String() string {
	if o.Func == "" {
		return fmt.Sprintf("%s: %d lines", o.Path, o.Lines)
	}
	return fmt.Sprintf("%s: func %s: %d lines", o.Path, o.Func, o.Lines)
}

// Stats are the largest file and the longest function found.
type Stats struct {
	LargestFile  Offender
	LongestFunc  Offender
	Files, Funcs int
}

// Check walks root and returns the files over maxFile lines and the
// functions over maxFunc lines, longest first, and the largest of each.
func Check(root string, maxFile, maxFunc int) ([]Offender, Stats, error) {
	var out []Offender
	var st Stats
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("codesize: %w", err)
		}
		st.Files++
		file := Offender{Path: p, Lines: fset.File(f.Pos()).LineCount()}
		if file.Lines > st.LargestFile.Lines {
			st.LargestFile = file
		}
		if file.Lines > maxFile {
			out = append(out, file)
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			st.Funcs++
			name := fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) > 0 {
				name = recvName(fd.Recv.List[0].Type) + "." + name
			}
			fn := Offender{Path: p, Func: name, Lines: fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1}
			if fn.Lines > st.LongestFunc.Lines {
				st.LongestFunc = fn
			}
			if fn.Lines > maxFunc {
				out = append(out, fn)
			}
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Lines > out[j].Lines })
	return out, st, err
}

func recvName(t ast.Expr) string {
	switch t := t.(type) {
	case *ast.StarExpr:
		return recvName(t.X)
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvName(t.X)
	}
	return "?"
}

func main() {
	maxFile := flag.Int("file", 800, "most lines a file may have")
	maxFunc := flag.Int("func", 150, "most lines a function may have")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: codesize [-file N] [-func N] FOLDER...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	bad := false
	for _, root := range flag.Args() {
		out, st, err := Check(root, *maxFile, *maxFunc)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Printf("%s: %d files, %d functions; largest file %s; longest function %s\n", root, st.Files, st.Funcs, st.LargestFile, st.LongestFunc)
		for _, o := range out {
			fmt.Println("over the limit:", o)
			bad = true
		}
	}
	if bad {
		os.Exit(1)
	}
}
