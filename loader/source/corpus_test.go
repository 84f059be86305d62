package source

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBBCRawCorpus reads the 2,225 original BBC text files (headline, blank
// line, paragraphs) with the plain-text reader and compares each with the
// published JSON Lines conversion of the same corpus. It guards the furniture
// rules against eating real article text: a page-scrape rule that fires on
// plain articles shows up here.
func TestBBCRawCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 2,225 files")
	}
	shared := sharedDir(t)
	dir := t.TempDir()
	untar(t, filepath.Join(shared, "data", "bbc", "bbc-original.tar.gz"), dir)

	want := map[string][2]string{}
	f, err := os.Open(filepath.Join(shared, "data", "bbc", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var o struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatal(err)
		}
		want[o.ID] = [2]string{collapseSpace(decodeCharRefs(o.Title)), normalizeParagraphs(decodeCharRefs(o.Text))}
	}

	root := filepath.Join(dir, "bbc")
	n, same, warned := 0, 0, 0
	err = Read(context.Background(), []string{root}, Options{}, func(it Item) error {
		if it.Err != nil {
			t.Errorf("%v", it.Err)
			return nil
		}
		warned += len(it.Warnings)
		rel, _ := filepath.Rel(root, it.Article.Origin)
		w, ok := want[strings.TrimSuffix(rel, ".txt")]
		if !ok {
			return nil // README.TXT
		}
		n++
		if it.Article.Headline == w[0] && it.Article.Text == w[1] {
			same++
		} else {
			t.Logf("%s differs: headline %q", rel, it.Article.Headline)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d raw BBC files read exactly as the JSON Lines conversion; %d warnings", same, n, warned)
	if n != 2225 || same != 2225 {
		t.Errorf("%d files, %d the same as the conversion; want 2225 and 2225", n, same)
	}
	if warned != 1 { // sport/199.txt holds a Latin-1 pound sign
		t.Errorf("%d warnings, want 1", warned)
	}
}

func untar(t *testing.T, archive, dir string) {
	t.Helper()
	f, err := os.Open(archive)
	if err != nil {
		t.Skipf("%v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg || strings.Contains(h.Name, "..") {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(h.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		out, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(out, io.LimitReader(tr, 1<<24)); err != nil {
			t.Fatal(err)
		}
		out.Close()
	}
}

// TestSharedFeeds reads the real feeds of the shared rss-parser suite and
// compares every item with the parse rss-parser expects: title, link and
// date.
func TestSharedFeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "feeds", "rss-parser")
	feeds, _ := filepath.Glob(filepath.Join(dir, "*.rss"))
	atoms, _ := filepath.Glob(filepath.Join(dir, "*.atom"))
	feeds = append(feeds, atoms...)
	if len(feeds) < 8 {
		t.Fatalf("only %d feeds in %s", len(feeds), dir)
	}
	items, checked := 0, 0
	for _, f := range feeds {
		b, err := os.ReadFile(strings.TrimSuffix(f, filepath.Ext(f)) + ".json")
		if err != nil {
			continue
		}
		var exp struct {
			Feed struct {
				Items []struct {
					Title   string `json:"title"`
					Link    string `json:"link"`
					IsoDate string `json:"isoDate"`
				} `json:"items"`
			} `json:"feed"`
		}
		if err := json.Unmarshal(b, &exp); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		got := readAll(t, []string{f}, Options{})
		if len(got) != len(exp.Feed.Items) {
			t.Errorf("%s: %d items, want %d", filepath.Base(f), len(got), len(exp.Feed.Items))
			continue
		}
		for i, it := range got {
			e := exp.Feed.Items[i]
			items++
			if it.Err != nil {
				if e.Title != "" || e.Link != "" {
					t.Errorf("%s item %d: %v", filepath.Base(f), i+1, it.Err)
				}
				continue
			}
			a := it.Article
			// rss-parser garbles ISO-8859-1 feeds (U+FFFD in its expected
			// titles); compare titles only where it read them right.
			wantTitle := collapseSpace(e.Title)
			if strings.ContainsRune(wantTitle, '\uFFFD') {
				wantTitle = a.Headline
			}
			if a.Headline != wantTitle || a.URL != strings.TrimSpace(e.Link) {
				t.Errorf("%s item %d: %q %q; want %q %q", filepath.Base(f), i+1, a.Headline, a.URL, e.Title, e.Link)
			}
			if e.IsoDate != "" {
				if d, ok := ParseDate(e.IsoDate); !ok || !d.Equal(a.Published) {
					t.Errorf("%s item %d: published %v, want %s", filepath.Base(f), i+1, a.Published, e.IsoDate)
				}
			}
			checked++
		}
	}
	t.Logf("%d feed items, %d matched rss-parser's expected title, link and date", items, checked)
}
