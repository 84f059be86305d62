package source

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/source/golden")

// testdata is the repository's testdata folder.
var testdata = filepath.Join("..", "..", "testdata")

// goldenItem is how an Item is kept in a golden file.
type goldenItem struct {
	Err      string         `json:"err,omitempty"`
	Warnings []string       `json:"warnings,omitempty"`
	Article  *goldenArticle `json:"article,omitempty"`
}

type goldenArticle struct {
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Headline  string `json:"headline"`
	Source    string `json:"source,omitempty"`
	Author    string `json:"author,omitempty"`
	Published string `json:"published,omitempty"`
	Origin    string `json:"origin"`
	Text      string `json:"text"`
}

// readAll runs Read and collects the items, with paths made relative to dir.
func readAll(t *testing.T, inputs []string, opts Options) []Item {
	t.Helper()
	var items []Item
	err := Read(context.Background(), inputs, opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

func toGolden(items []Item, strip string) []goldenItem {
	var out []goldenItem
	for _, it := range items {
		g := goldenItem{}
		for _, w := range it.Warnings {
			g.Warnings = append(g.Warnings, strings.ReplaceAll(w, strip, ""))
		}
		if it.Err != nil {
			g.Err = strings.ReplaceAll(it.Err.Error(), strip, "")
		}
		if a := it.Article; a != nil {
			ga := &goldenArticle{ID: a.ID, URL: a.URL, Headline: a.Headline, Source: a.Source, Author: a.Author,
				Origin: strings.ReplaceAll(a.Origin, strip, ""), Text: a.Text}
			if !a.Published.IsZero() {
				ga.Published = a.Published.Format(time.RFC3339Nano)
			}
			g.Article = ga
		}
		out = append(out, g)
	}
	return out
}

// TestGolden reads every file under testdata/source/{text,html,jsonl,feed}
// and compares the items with testdata/source/golden/<format>/<file>.json.
// Refresh with: go test ./loader/source -run TestGolden -update
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testdata, "source", "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		kind := filepath.Base(filepath.Dir(f))
		if kind == "golden" {
			continue
		}
		n++
		rel := kind + "/" + filepath.Base(f)
		t.Run(rel, func(t *testing.T) {
			items := readAll(t, []string{f}, Options{})
			got, err := json.MarshalIndent(toGolden(items, filepath.Join(testdata, "source")+"/"), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(testdata, "source", "golden", kind, filepath.Base(f)+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("items differ from %s (run with -update after checking):\n%s", golden, firstDiff(string(got), string(want)))
			}
		})
	}
	if n < 10 {
		t.Fatalf("only %d test files found under %s", n, testdata)
	}
}

// firstDiff shows the first differing line of two texts.
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
			j := 0
			for j < len(a) && j < len(b) && a[j] == b[j] {
				j++
			}
			from := max(0, j-80)
			return "line " + itoa(i+1) + ", byte " + itoa(j) + ":\n got: ..." + a[from:min(len(a), j+120)] +
				"\nwant: ..." + b[from:min(len(b), j+120)]
		}
	}
	return "(same lines)"
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestSeedArticle checks the page scrape the evaluation uses: headline, date,
// agency, and no furniture in the text.
func TestSeedArticle(t *testing.T) {
	items := readAll(t, []string{filepath.Join(testdata, "source", "text", "us-russia-geneva-talks.txt")}, Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("got %+v", items)
	}
	a := items[0].Article
	if a.Headline != "US, Russia meet for talks amid tensions at Ukraine" {
		t.Errorf("headline %q", a.Headline)
	}
	if got := a.Published.UTC().Format(time.RFC3339); got != "2022-01-10T11:52:00Z" {
		t.Errorf("published %s, want 2022-01-10 17:22 IST", got)
	}
	if a.Source != "AP" {
		t.Errorf("source %q, want AP", a.Source)
	}
	for _, bad := range []string{"Credit:", "Also Read", "• ", "ist\n", "\nAP", "June summit in the Swiss city\n"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text holds furniture %q", bad)
		}
	}
	if !strings.HasPrefix(a.Text, "Senior US and Russian officials") {
		t.Errorf("text starts %q", a.Text[:60])
	}
	if strings.Count(a.Text, "The meeting is part of") != 1 {
		t.Errorf("the standfirst repeats the body; want it once")
	}
	if !strings.Contains(a.Text, "diplomacy”, Price said in a statement.") {
		t.Errorf("last paragraph missing")
	}
}

// TestSharedCorpora loads the shared BBC and Reuters JSON Lines files as they
// are.
func TestSharedCorpora(t *testing.T) {
	shared := sharedDir(t)
	for _, c := range []struct {
		file          string
		articles, bad int
	}{
		{"data/bbc/articles.jsonl", 2225, 0},
		// reuters-12793 is an UNPROC story with neither title nor text.
		{"data/reuters/articles.jsonl", 21577, 1},
	} {
		articles, bad, dated := 0, 0, 0
		err := Read(context.Background(), []string{filepath.Join(shared, c.file)}, Options{}, func(it Item) error {
			if it.Err != nil {
				bad++
				t.Log(it.Err)
				return nil
			}
			articles++
			if !it.Article.Published.IsZero() {
				dated++
			}
			if it.Article.Headline == "" && it.Article.Text == "" {
				t.Errorf("%s: empty article", it.Article.Origin)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if articles != c.articles || bad != c.bad {
			t.Errorf("%s: %d articles, %d errors; want %d and %d", c.file, articles, bad, c.articles, c.bad)
		}
		if strings.Contains(c.file, "reuters") && dated != articles {
			t.Errorf("%s: %d of %d articles have a date", c.file, dated, articles)
		}
	}
}

// TestArticlesValid checks invariants over every test file: valid UTF-8,
// no control characters, paragraphs separated by one blank line.
func TestArticlesValid(t *testing.T) {
	var dirs []string
	for _, k := range []string{"text", "html", "jsonl", "feed"} {
		dirs = append(dirs, filepath.Join(testdata, "source", k))
	}
	items := readAll(t, dirs, Options{})
	arts := 0
	for _, it := range items {
		if it.Article == nil {
			continue
		}
		arts++
		checkArticle(t, it.Article)
	}
	if arts < 70 {
		t.Errorf("only %d articles read from testdata/source", arts)
	}
}

func checkArticle(t testing.TB, a *Article) {
	t.Helper()
	for name, s := range map[string]string{"headline": a.Headline, "text": a.Text, "source": a.Source,
		"author": a.Author, "url": a.URL, "id": a.ID, "origin": a.Origin} {
		if !utf8.ValidString(s) {
			t.Errorf("%s: %s is not valid UTF-8", a.Origin, name)
		}
		for _, r := range s {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
				t.Errorf("%s: %s holds control character %U", a.Origin, name, r)
				break
			}
		}
		if name != "text" && strings.Contains(s, "\n") {
			t.Errorf("%s: %s holds a newline", a.Origin, name)
		}
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n") {
		t.Errorf("%s: paragraphs not separated by exactly one blank line", a.Origin)
	}
}
