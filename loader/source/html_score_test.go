package source

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// sharedDir is the team's shared corpora folder (see internal/shared); the
// test is skipped, naming the path looked for, without it.
func sharedDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(shared.Path(t, "data"))
}

// tokens splits text into lower-case word tokens; each Han, Hiragana,
// Katakana or Hangul character is a token of its own.
func tokens(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			cur.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// tokenF1 is the bag-of-tokens F1 score of got against want.
func tokenF1(got, want string) float64 {
	g, w := tokens(got), tokens(want)
	if len(g) == 0 || len(w) == 0 {
		if len(g) == len(w) {
			return 1
		}
		return 0
	}
	counts := map[string]int{}
	for _, t := range w {
		counts[t]++
	}
	common := 0
	for _, t := range g {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(g))
	r := float64(common) / float64(len(w))
	return 2 * p * r / (p + r)
}

func TestTokenF1(t *testing.T) {
	for _, c := range []struct {
		got, want string
		f1        float64
	}{
		{"a b c", "a b c", 1},
		{"a b", "a b c d", 2 * 1 * 0.5 / 1.5},
		{"x y", "a b", 0},
		{"中国人", "中国", 0.8},
	} {
		if f := tokenF1(c.got, c.want); f < c.f1-1e-9 || f > c.f1+1e-9 {
			t.Errorf("tokenF1(%q, %q) = %v, want %v", c.got, c.want, f, c.f1)
		}
	}
}

// TestHTMLExtractionScore extracts the 37 real pages of the shared
// html-pages corpus (Mozilla Readability's test pages) and compares the text
// with the expected article text: token F1 per page, the mean must stay above
// a floor. Run with -v to see the scores.
func TestHTMLExtractionScore(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "html-pages")
	pages, err := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	sort.Strings(pages)
	var sum, titleOK float64
	for _, p := range pages {
		page := filepath.Base(filepath.Dir(p))
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		exp, err := os.ReadFile(filepath.Join(filepath.Dir(p), "expected.html"))
		if err != nil {
			t.Fatal(err)
		}
		var meta struct {
			Title string `json:"title"`
		}
		if b, err := os.ReadFile(filepath.Join(filepath.Dir(p), "expected-metadata.json")); err == nil {
			_ = json.Unmarshal(b, &meta)
		}
		want := expectedText(t, exp)
		text, _, err := decodeHTML(data)
		if err != nil {
			t.Errorf("%s: %v", page, err)
			continue
		}
		art, err := parseHTML(text, "http://fakehost/test/page.html")
		if err != nil {
			t.Errorf("%s: %v", page, err)
			continue
		}
		cleanArticle(art)
		f := tokenF1(art.Text, want)
		sum += f
		if strings.TrimSpace(art.Headline) == strings.TrimSpace(meta.Title) {
			titleOK++
		}
		t.Logf("%-26s F1 %.3f  title %q", page, f, art.Headline)
	}
	n := float64(len(pages))
	mean := sum / n
	t.Logf("mean token F1 over %d pages: %.3f; titles equal to expected: %.0f/%d", len(pages), mean, titleOK, len(pages))
	if mean < 0.97 {
		t.Errorf("mean token F1 %.3f is below the 0.97 floor", mean)
	}
	if titleOK/n < 0.8 {
		t.Errorf("only %.0f/%d titles match the expected ones", titleOK, len(pages))
	}
}

// expectedText renders Readability's expected.html the way nodeText renders
// an extraction.
func expectedText(t *testing.T, b []byte) string {
	doc, err := html.Parse(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	return nodeText(doc)
}
