package source

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// badDir is the bad-input corpus of issue 7.
var badDir = filepath.Join(testdata, "bad")

// result is what one input gave: its errors, warnings and article origins.
type result struct {
	errs, warns, origins []string
}

func readResult(t *testing.T, inputs []string, opts Options) result {
	t.Helper()
	var r result
	for _, it := range readAll(t, inputs, opts) {
		if it.Err != nil {
			msg := it.Err.Error()
			if strings.ContainsAny(msg, "\n\r") {
				t.Errorf("error is not one line: %q", msg)
			}
			r.errs = append(r.errs, msg)
		} else {
			checkArticle(t, it.Article)
			r.origins = append(r.origins, it.Article.Origin)
		}
		r.warns = append(r.warns, it.Warnings...)
	}
	return r
}

// TestBadInputs reads each file of testdata/bad and checks the exact error
// (naming the input, and the line where there is one), the warnings, and the
// good articles that still load from the same file.
func TestBadInputs(t *testing.T) {
	p := func(name string) string { return filepath.Join(badDir, name) }
	for _, c := range []struct {
		file     string
		errs     []string
		warns    []string
		articles int
	}{
		{file: "empty.txt", errs: []string{p("empty.txt") + ": empty input"}},
		{file: "pixel.png", errs: []string{p("pixel.png") + ": binary file, not text (image/png)"}},
		{file: "binary.txt", errs: []string{p("binary.txt") + ": binary file, not text"}},
		{file: "cp1252.txt", warns: []string{p("cp1252.txt") + ": not valid UTF-8, read as Windows-1252"}, articles: 1},
		{file: "cp1252.rss", warns: []string{p("cp1252.rss") + ": not valid UTF-8, read as Windows-1252"}, articles: 1},
		{file: "utf16.txt", articles: 1},
		{file: "malformed.jsonl", articles: 4, errs: []string{
			p("malformed.jsonl") + ":3: invalid JSON: unexpected end of JSON input (at byte 63)"}},
		// Issue 16, item 8: a bad first line fails alone, as in the middle.
		{file: "first-line-bad.jsonl", articles: 1, errs: []string{
			p("first-line-bad.jsonl") + ":1: invalid JSON: unexpected end of JSON input (at byte 34)"}},
		{file: "wrong-types.jsonl", articles: 1, errs: []string{
			p("wrong-types.jsonl") + `:1: field "title" must be a string, got a number`,
			p("wrong-types.jsonl") + `:2: field "text" must be a string, got an array`,
			p("wrong-types.jsonl") + `:3: field "date" must be a string or a number, got a boolean`,
			p("wrong-types.jsonl") + `:4: field "id" must be a string or a number, got an object`,
			p("wrong-types.jsonl") + `:5: line holds a JSON array, not an object`,
		}},
		{file: "broken.rss", errs: []string{p("broken.rss") + ": invalid feed: XML syntax error on line 5: unexpected EOF"}},
		{file: "scripts-deep.html", errs: []string{p("scripts-deep.html") + ": HTML nested more than 512 elements deep: not a readable page"}},
		{file: "bomb.txt.gz", errs: []string{p("bomb.txt.gz") + ": larger than the article size limit (10 MB)"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			r := readResult(t, []string{p(c.file)}, Options{})
			if !equalStrings(r.errs, c.errs) {
				t.Errorf("errors:\n got %q\nwant %q", r.errs, c.errs)
			}
			if !equalStrings(r.warns, c.warns) {
				t.Errorf("warnings:\n got %q\nwant %q", r.warns, c.warns)
			}
			if len(r.origins) != c.articles {
				t.Errorf("got %d articles %q, want %d", len(r.origins), r.origins, c.articles)
			}
		})
	}
}

// TestBadFolder reads the whole bad corpus in one run: every good article
// still loads, and the errors come in file order.
func TestBadFolder(t *testing.T) {
	r := readResult(t, []string{badDir, filepath.Join(testdata, "source", "text", "bbc-politics-064.txt")}, Options{})
	if len(r.origins) != 1+4+1+1+1+1+1 {
		t.Errorf("got articles %q", r.origins)
	}
	if len(r.errs) != 13 {
		t.Errorf("got %d errors: %q", len(r.errs), r.errs)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTooLarge: a 20 MB one-line text, as a text file and as one JSON Lines
// line between good ones. Generated here rather than committed.
func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("word "), 4<<20) // 20 MB, one line
	txt := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(txt, big, 0o644); err != nil {
		t.Fatal(err)
	}
	jl := filepath.Join(dir, "big.jsonl")
	var b bytes.Buffer
	b.WriteString(`{"title": "before", "text": "ok"}` + "\n")
	b.WriteString(`{"title": "huge", "text": "`)
	b.Write(big)
	b.WriteString("\"}\n")
	b.WriteString(`{"title": "after", "text": "ok"}` + "\n")
	if err := os.WriteFile(jl, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := readResult(t, []string{txt, jl}, Options{})
	want := []string{
		txt + ": larger than the article size limit (10 MB)",
		jl + ":2: larger than the article size limit (10 MB): line too long",
	}
	if !equalStrings(r.errs, want) {
		t.Errorf("errors:\n got %q\nwant %q", r.errs, want)
	}
	if !equalStrings(r.origins, []string{jl + ":1", jl + ":3"}) {
		t.Errorf("articles %q", r.origins)
	}
	// A smaller limit applies to small files too.
	r = readResult(t, []string{filepath.Join(testdata, "source", "text", "bbc-politics-064.txt")}, Options{MaxArticleSize: 1000})
	if len(r.errs) != 1 || !strings.HasSuffix(r.errs[0], "bbc-politics-064.txt: larger than the article size limit (1000 bytes)") {
		t.Errorf("errors %q", r.errs)
	}
}

// TestSymlinkLoop: a folder holding a link to itself is read once, the loop
// is reported, and the walk ends.
func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop")
	if err := os.MkdirAll(filepath.Join(loop, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(loop, "sub", "a.txt"), []byte("Headline\n\nBody text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(loop, "sub", "up")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(loop, "nowhere"), filepath.Join(loop, "dangling")); err != nil {
		t.Fatal(err)
	}
	done := make(chan result, 1)
	go func() { done <- readResult(t, []string{loop}, Options{}) }()
	select {
	case r := <-done:
		want := []string{
			filepath.Join(loop, "dangling") + ": broken symlink to " + filepath.Join(loop, "nowhere"),
			filepath.Join(loop, "sub", "up") + ": symlink loop (points back to " + loop + "), skipped",
		}
		real, _ := filepath.EvalSymlinks(loop)
		want[1] = filepath.Join(loop, "sub", "up") + ": symlink loop (points back to " + real + "), skipped"
		if !equalStrings(r.errs, want) {
			t.Errorf("errors:\n got %q\nwant %q", r.errs, want)
		}
		if !equalStrings(r.origins, []string{filepath.Join(loop, "sub", "a.txt")}) {
			t.Errorf("articles %q", r.origins)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("walking a symlink loop did not end")
	}
}

// TestHiddenSkipped: hidden files and folders are not read.
func TestHiddenSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{".hidden.txt", ".git/x.txt", "b.txt", "a.txt"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(f+"\n\nBody.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := readResult(t, []string{dir}, Options{})
	if !equalStrings(r.origins, []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}) {
		t.Errorf("articles %q", r.origins)
	}
}

// TestUnreadable: a file without read permission gets a clear error. As root
// permissions do not apply, so the check runs in a child process as nobody.
func TestUnreadable(t *testing.T) {
	if os.Getenv("NEWSGRAPH_UNREADABLE_CHILD") != "" {
		t.Skip("child")
	}
	dir := t.TempDir()
	f := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(f, []byte("Secret\n\nText.\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	want := f + ": permission denied"
	if os.Geteuid() != 0 {
		r := readResult(t, []string{f}, Options{})
		if !equalStrings(r.errs, []string{want}) {
			t.Errorf("errors %q, want %q", r.errs, want)
		}
		return
	}
	if runtime.GOOS != "linux" {
		t.Skip("running as root on a system where the test cannot drop privileges")
	}
	// Copy the test binary where nobody can run it.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for d := dir; d != filepath.Dir(d) && d != os.TempDir(); d = filepath.Dir(d) {
		os.Chmod(d, 0o755)
	}
	bin := filepath.Join(dir, "source.test")
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^TestUnreadableChild$", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NEWSGRAPH_UNREADABLE_CHILD="+f)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child as nobody: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "ERR "+want+"\n") {
		t.Errorf("child output lacks %q:\n%s", "ERR "+want, out)
	}
}

// TestUnreadableChild is the child process of TestUnreadable.
func TestUnreadableChild(t *testing.T) {
	f := os.Getenv("NEWSGRAPH_UNREADABLE_CHILD")
	if f == "" {
		t.Skip("run by TestUnreadable")
	}
	for _, e := range readResult(t, []string{f}, Options{}).errs {
		fmt.Println("ERR " + e)
	}
}

// TestURLs fetches from local test servers: a page, a feed, JSON Lines, a
// 404, a wrong content type, a server that never answers, and an endless
// body.
func TestURLs(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(testdata, "source", "html", "ars-1.html"))
	if err != nil {
		t.Fatal(err)
	}
	feed, err := os.ReadFile(filepath.Join(testdata, "source", "feed", "heise.atom"))
	if err != nil {
		t.Fatal(err)
	}
	hang := make(chan struct{})
	defer close(hang)
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/lines", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		io.WriteString(w, `{"title": "One", "text": "First."}`+"\n"+`{"title": "Two", "text": "Second."}`+"\n")
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "Plain headline\n\nPlain body.\n")
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>more and more text</p>\n"), 4096)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	u := func(p string) string { return srv.URL + p }

	opts := Options{HTTPTimeout: 2 * time.Second, MaxArticleSize: 1 << 20}
	r := readResult(t, []string{u("/page"), u("/feed"), u("/lines"), u("/text"), u("/gone"), u("/image"), u("/slow"), u("/endless")}, opts)
	wantErrs := []string{
		u("/gone") + ": HTTP 404 Not Found",
		u("/image") + `: unsupported content type "image/png" (want HTML, text, JSON or RSS/Atom)`,
		u("/slow") + ": timed out after 2s",
		u("/endless") + ": larger than the article size limit (1 MB)",
	}
	if !equalStrings(r.errs, wantErrs) {
		t.Errorf("errors:\n got %q\nwant %q", r.errs, wantErrs)
	}
	wantOrigins := []string{u("/page")}
	for i := 1; i <= 15; i++ {
		wantOrigins = append(wantOrigins, fmt.Sprintf("%s: item %d", u("/feed"), i))
	}
	wantOrigins = append(wantOrigins, u("/lines")+":1", u("/lines")+":2", u("/text"))
	if !equalStrings(r.origins, wantOrigins) {
		t.Errorf("articles:\n got %q\nwant %q", r.origins, wantOrigins)
	}
}

// TestStdin reads "-" with the format sniffed from the content.
func TestStdin(t *testing.T) {
	for _, c := range []struct {
		in, headline string
	}{
		{"Stdin headline\n\nBody.\n", "Stdin headline"},
		{`{"title": "JSON on stdin", "text": "Body."}` + "\n", "JSON on stdin"},
		{"<html><head><title>HTML on stdin</title></head><body><article><p>Body text here.</p></article></body></html>", "HTML on stdin"},
		{`<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Feed on stdin</title><description>Body.</description></item></channel></rss>`, "Feed on stdin"},
	} {
		items := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(c.in)})
		if len(items) != 1 || items[0].Err != nil || items[0].Article.Headline != c.headline {
			t.Errorf("%q: got %+v", c.in, items)
			continue
		}
	}
	items := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader("")})
	if len(items) != 1 || items[0].Err == nil || items[0].Err.Error() != "stdin: empty input" {
		t.Errorf("empty stdin: got %+v", items)
	}
}

// TestReadStops: fn's error and a cancelled context end Read.
func TestReadStops(t *testing.T) {
	stop := fmt.Errorf("stop")
	n := 0
	err := Read(context.Background(), []string{filepath.Join(testdata, "source", "jsonl", "bbc-head.jsonl")}, Options{}, func(Item) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("got %v after %d items", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Read(ctx, []string{filepath.Join(testdata, "source")}, Options{}, func(Item) error { return nil })
	if err != context.Canceled {
		t.Errorf("cancelled: got %v", err)
	}
}

// TestNotJSONLines: a text file named .jsonl gives one error, not one per
// line, and a PNG named .jsonl is binary.
func TestNotJSONLines(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "prose.jsonl")
	if err := os.WriteFile(txt, []byte(strings.Repeat("This is prose, not JSON.\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(dir, "pixel.jsonl")
	data, err := os.ReadFile(filepath.Join(badDir, "pixel.png"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(png, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := readResult(t, []string{txt, png}, Options{})
	if len(r.errs) != 22 || r.errs[20] != txt+": no valid JSON object in the first 20 lines: not JSON Lines, stopped reading" ||
		r.errs[21] != png+": binary file, not text (image/png)" {
		t.Errorf("errors %q", r.errs)
	}
}

// TestTables: CSV and TSV files are refused with a hint, not read as one
// long article.
func TestTables(t *testing.T) {
	f := filepath.Join(t.TempDir(), "news.csv")
	if err := os.WriteFile(f, []byte("\"3\",\"Wall St.\",\"Bears claw back\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := readResult(t, []string{f}, Options{})
	want := f + ": CSV/TSV tables are not read as articles; convert to JSON Lines with fields title and text"
	if !equalStrings(r.errs, []string{want}) {
		t.Errorf("errors %q", r.errs)
	}
}

// TestBadGzip: a truncated and a corrupt gzip file.
func TestBadGzip(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(testdata, "source", "jsonl", "bbc-head.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	trunc := filepath.Join(dir, "trunc.txt.gz")
	if err := os.WriteFile(trunc, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	corrupt := filepath.Join(dir, "corrupt.gz")
	if err := os.WriteFile(corrupt, []byte("\x1f\x8b\x08garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := readResult(t, []string{trunc, corrupt}, Options{})
	want := []string{trunc + ": gzip data is truncated", corrupt + ": not a valid gzip file: unexpected EOF"}
	if !equalStrings(r.errs, want) {
		t.Errorf("errors:\n got %q\nwant %q", r.errs, want)
	}
}
