package loader

import (
	"bufio"
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/loader/source"
)

// parseLineCases are statements parseLine reads itself (simple) or leaves to
// nquads.Parse.
var parseLineCases = []struct {
	line   string
	simple bool
}{
	{`<a> <b> <c> .`, true},
	{`<a> <b> <c> <g> .`, true},
	{`<a> <b> <c> <g>.`, true},
	{`<a>	<b>  "x y"   <c> .  `, true},
	{`<a> <b> "x".`, true},
	{`<a> <b> "" .`, true},
	{`<> <b> "x" .`, true},
	{`<a> <b> "x"@en-GB <g> .`, true},
	{`<a> <b> "x"@EN.`, true},
	{`<a> <b> "5"^^<http://www.w3.org/2001/XMLSchema#integer> <g> .`, true},
	{`<a> <b> "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .`, true},
	{`<a> <b> "x"^^<http://www.w3.org/2001/XMLSchema#string> .`, true},
	{`<a> <b> "not a number"^^<http://www.w3.org/2001/XMLSchema#integer> .`, true},
	{`<http://x/é> <b> "Ünïcödé — 🙂" .`, true},
	{`<a<b> <b> <c> .`, true},
	{`"lit" <b> <c> .`, true}, // valid syntax, an invalid quad: the caller checks
	{`<a> <b> _:x .`, false},
	{`<a> <b> "x\"y\\z\t\'" .`, true},
	{`<a> <b> "x\u00e9\U0001F642" .`, true},
	{`<a> <b> "\uD800" .`, true},
	{`<a> <b> "x\"y"@en .`, true},
	// Left to nquads.Parse:
	{`<a> <b> "x\q" .`, false},
	{`<a> <b> "x\u00e" .`, false},
	{`<a> <b> "x\UFFFFFFFF" .`, false},
	{`<a> <b> "x\" .`, false},
	{`<a\u0041> <b> "x" .`, false},
	{`<a> <b> <c> . # comment`, false},
	{`<a b> <b> "x" .`, false},
	{`<a>> <b> <c> .`, false},
	{`<a> <b> "x"@ .`, false},
	{`<a> <b> "x"@en- .`, false},
	{`<a> <b> "x"^^<t .`, false},
	{`<a> <b> "x"^^<a b> .`, false},
	{`<a> <b> "x"abc .`, false},
	{`<a> <b> .`, false},
	{`<a> <b> <c> <d> <e> .`, false},
	{`<a> <b> <c>`, false},
	{`<a><b> <c> .`, false},
	{`<a> <b> <c> .x`, false},
	{"<a> <b> \"\xff\" .", false},
	{`<a> <b> "unterminated .`, false},
	{``, false},
	{`.`, false},
}

func TestParseLine(t *testing.T) {
	for _, c := range parseLineCases {
		q, simple := parseSimpleLine(c.line)
		if simple != c.simple {
			t.Errorf("parseSimpleLine(%q): read it %v, want %v", c.line, simple, c.simple)
		}
		if simple {
			checkSameAsLibrary(t, c.line, q)
		}
	}
}

// TestParseLineExtracted checks that the lines extract writes take the
// simple path, and read as the library reads them.
func TestParseLineExtracted(t *testing.T) {
	lines, simple := 0, 0
	err := source.Read(context.Background(), []string{"../testdata/articles"}, source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			return it.Err
		}
		for _, q := range Convert(it.Article) {
			line := q.NQuad()
			lines++
			if got, ok := parseSimpleLine(line); ok {
				simple++
				checkSameAsLibrary(t, line, got)
			} else {
				t.Errorf("extracted line not read by the simple path: %s", line)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/sample.golden.nq")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines++
		if got, ok := parseSimpleLine(sc.Text()); ok {
			simple++
			checkSameAsLibrary(t, sc.Text(), got)
		}
	}
	if lines < 1000 || simple != lines {
		t.Errorf("%d of %d lines took the simple path, want all of at least 1000", simple, lines)
	}
}

// FuzzParseLine checks that whatever line parseSimpleLine reads, it reads
// as nquads.Parse does.
func FuzzParseLine(f *testing.F) {
	for _, c := range parseLineCases {
		f.Add(c.line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if q, ok := parseSimpleLine(line); ok {
			checkSameAsLibrary(t, line, q)
		}
	})
}

func checkSameAsLibrary(t *testing.T, line string, got any) {
	t.Helper()
	want, err := nquads.Parse(line)
	if err != nil {
		t.Fatalf("%q: read by the simple path as %#v, but nquads.Parse fails: %v", line, got, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: simple path %#v, nquads.Parse %#v", line, got, want)
	}
}

func TestParseLinePanic(t *testing.T) {
	// nquads.Parse panics on a \U escape past int32.
	if _, err := parseLine(`<a> <b> "x\UFFFFFFFF" .`); err == nil {
		t.Fatal("no error for an escape past the last code point")
	}
}
