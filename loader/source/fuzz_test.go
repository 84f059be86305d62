package source

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The fuzzers feed arbitrary bytes to each format reader through stdin and
// check that nothing panics, every error is one line naming the input, and
// every article is clean UTF-8. Seeds come from testdata/source and
// testdata/bad. CI runs each briefly, e.g.
//
//	go test ./loader/source -run '^$' -fuzz '^FuzzReadJSONL$' -fuzztime 20s

func fuzzSeeds(f *testing.F, globs ...string) {
	for _, g := range globs {
		files, _ := filepath.Glob(filepath.Join(testdata, g))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				continue
			}
			// Big seeds make the fuzzer spend its time minimising them.
			if len(data) > 4<<10 {
				data = data[:4<<10]
			}
			f.Add(data)
		}
	}
}

func fuzzRead(t *testing.T, format string, data []byte) {
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			if d := os.Getenv("FUZZ_SLOW_DIR"); d != "" {
				os.WriteFile(filepath.Join(d, fmt.Sprintf("slow-%s-%d", format, time.Now().UnixNano())), data, 0o644)
			}
			panic(fmt.Sprintf("reading %d bytes as %s took over 10s: %q", len(data), format, data))
		}
	}()
	opts := Options{Format: format, Stdin: bytes.NewReader(data), MaxArticleSize: 256 << 10}
	err := Read(context.Background(), []string{"-"}, opts, func(it Item) error {
		if it.Err != nil {
			msg := it.Err.Error()
			if !strings.HasPrefix(msg, "stdin") || strings.ContainsAny(msg, "\r\n") {
				t.Errorf("bad error message %q", msg)
			}
			if it.Article != nil {
				t.Errorf("item has both an error and an article")
			}
			return nil
		}
		if it.Article == nil {
			t.Errorf("item has neither an error nor an article")
			return nil
		}
		checkArticle(t, it.Article)
		if strings.TrimSpace(it.Article.Headline) == "" && strings.TrimSpace(it.Article.Text) == "" {
			t.Errorf("empty article from %q", data)
		}
		return nil
	})
	if err != nil {
		t.Errorf("Read: %v", err)
	}
}

func FuzzReadJSONL(f *testing.F) {
	fuzzSeeds(f, "source/jsonl/*.jsonl", "bad/*.jsonl")
	f.Add([]byte(`{"title": "\u0000\ud800", "text": "a\r\nb", "date": 1e300}`))
	f.Add([]byte(`[{"title": "x"}, 5, {"text": {"a": 1}}]`))
	f.Add([]byte("{\n  \"title\": \"pretty\",\n  \"text\": \"printed\"\n}\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "jsonl", data) })
}

func FuzzReadHTML(f *testing.F) {
	fuzzSeeds(f, "source/html/*.html", "bad/*.html")
	f.Add([]byte(`<html><head><meta property="article:published_time" content="99999-01-01"><title>T</title></head><body><p>x<br>y</p><script>z</script></body></html>`))
	f.Add([]byte(`<p>` + strings.Repeat(`<div>`, 600)))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "html", data) })
}

func FuzzReadFeed(f *testing.F) {
	fuzzSeeds(f, "source/feed/*", "bad/*.rss")
	f.Add([]byte(`<rss version="2.0"><channel><item><title>a</title><description>&lt;p&gt;b&lt;/p&gt;</description><pubDate>Mon, 99 Jan 2006</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;b&gt;x</title></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "feed", data) })
}

func FuzzReadText(f *testing.F) {
	fuzzSeeds(f, "source/text/*.txt", "bad/*.txt", "bad/*.png")
	f.Add([]byte("Headline\n\nBy Jane Doe | Reuters\n• Updated: Jan 10 2022, 17:22 ist\nPhoto: AP\n\nBody.\n"))
	f.Add([]byte("\xef\xbb\xbfH\r\n\r\n\x85\x93quoted\x94\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "text", data) })
}
