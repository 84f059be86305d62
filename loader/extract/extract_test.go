package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/internal/benchdata"
	"github.com/newsgraph/newsgraph/loader/source"

	"github.com/newsgraph/newsgraph/internal/shared"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldTexts are the hand-annotated articles: the shared evaluation set and
// the repository's own.
func goldTexts(t *testing.T) []string {
	var files []string
	dirs := []string{"../../testdata/gold"}
	if gold, err := shared.Find("eval/gold"); err == nil {
		dirs = append([]string{gold}, dirs...)
	} else {
		t.Logf("only the repository's gold articles: %v", err)
	}
	for _, dir := range dirs {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no gold articles found")
	}
	return files
}

// readArticle reads a text file as the CLI does (headline line, dates).
func readArticle(t *testing.T, path string) *source.Article {
	t.Helper()
	var art *source.Article
	err := source.Read(context.Background(), []string{path}, source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			return it.Err
		}
		if art == nil {
			art = it.Article
		}
		return nil
	})
	if err != nil || art == nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return art
}

// view is the golden form of a Document: names instead of indices, so a
// diff reads as meaning.
type view struct {
	Entities []string `json:"entities"`
	Facts    []string `json:"facts"`
}

func docView(doc *Document) view {
	var v view
	name := func(i int) string {
		e := doc.Entities[i]
		if e.Name == "" {
			return fmt.Sprintf("%s#%d", e.Type, i)
		}
		return e.Name
	}
	for i, e := range doc.Entities {
		s := fmt.Sprintf("%s %s", e.Type, name(i))
		if len(e.Aliases) > 0 {
			s += " (" + strings.Join(e.Aliases, ", ") + ")"
		}
		v.Entities = append(v.Entities, s)
	}
	for _, f := range doc.Facts {
		o := fmt.Sprintf("%q", f.Literal)
		if f.Object >= 0 {
			o = name(f.Object)
		}
		v.Facts = append(v.Facts, fmt.Sprintf("%s %s %s [s%d]", name(f.Subject), f.Predicate, o, f.Sentence))
	}
	return v
}

// TestGolden compares what is extracted from the gold articles with
// testdata/NAME.golden.json; run with -update to accept a change.
func TestGolden(t *testing.T) {
	for _, path := range goldTexts(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			art := readArticle(t, path)
			doc := Extract(art.Text, art.Published)
			checkInvariants(t, art.Text, doc)
			got, err := json.MarshalIndent(docView(doc), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s changed (go test -update to accept):\n%s", name, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// checkInvariants checks what every Document must hold (Document.Validate).
func checkInvariants(t *testing.T, text string, doc *Document) {
	t.Helper()
	if err := doc.Validate(text); err != nil {
		t.Error(err)
	}
}

// TestInvariantsCorpus runs the invariants over a slice of the BBC corpus,
// where nobody tuned anything.
func TestInvariantsCorpus(t *testing.T) {
	texts := benchdata.BBCTexts(t)
	n := 300
	if testing.Short() {
		n = 30
	}
	for i := 0; i < len(texts) && i < n; i++ {
		doc := Extract(texts[i*len(texts)/n], publishedBBC)
		checkInvariants(t, texts[i*len(texts)/n], doc)
	}
}

// TestNoPanics feeds odd inputs.
func TestNoPanics(t *testing.T) {
	for _, s := range []string{"", " ", "\n\n", "Mr", "the", "“”", "Talks.", "He met.", "Presidents and", ", , ,",
		"The meeting is part of “", "NATO-", "-Russia talks", "on Monday", "In , he met with", strings.Repeat("talks with ", 200),
		"\xff\xfe bad utf8 Ryabkov", "Mr Blair (PCS) (", "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z meeting"} {
		doc := Extract(s, publishedBBC)
		checkInvariants(t, s, doc)
	}
}
