package source

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// jsonlGen generates n JSON Lines articles of about 2 KB each without
// holding them in memory.
type jsonlGen struct {
	n, i int
	buf  []byte
}

func (g *jsonlGen) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.i >= g.n {
			return 0, io.EOF
		}
		g.i++
		body := strings.Repeat(fmt.Sprintf("Article %d says that Alice met Bob in Paris. ", g.i), 40)
		g.buf = []byte(fmt.Sprintf(`{"id": "gen-%d", "title": "Story %d", "text": %q, "date": "2024-01-02"}`+"\n", g.i, g.i, body))
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// TestStreamBoundedMemory streams about 120 MB of JSON Lines through stdin and
// checks that the heap stays far below the input size: the reader never holds
// more than a line at a time.
func TestStreamBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 120 MB")
	}
	const n = 60000
	var maxHeap uint64
	var ms runtime.MemStats
	count := 0
	err := Read(context.Background(), []string{"-"}, Options{Stdin: &jsonlGen{n: n}}, func(it Item) error {
		if it.Err != nil {
			return it.Err
		}
		count++
		if count%1000 == 0 {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > maxHeap {
				maxHeap = ms.HeapInuse
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != n {
		t.Fatalf("read %d articles, want %d", count, n)
	}
	t.Logf("peak heap in use %.1f MB while streaming %d articles", float64(maxHeap)/(1<<20), n)
	if maxHeap > 64<<20 {
		t.Errorf("peak heap %d MB: the JSON Lines reader does not stream", maxHeap>>20)
	}
}

// BenchmarkReadJSONL measures JSON Lines throughput on generated articles.
func BenchmarkReadJSONL(b *testing.B) {
	const n = 2000
	size := int64(0)
	g := &jsonlGen{n: n}
	for {
		buf := make([]byte, 64<<10)
		k, err := g.Read(buf)
		size += int64(k)
		if err != nil {
			break
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		err := Read(context.Background(), []string{"-"}, Options{Stdin: &jsonlGen{n: n}}, func(it Item) error { return it.Err })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReadReuters reads the shared Reuters-21578 JSON Lines file (27 MB,
// 21,578 stories).
func BenchmarkReadReuters(b *testing.B) {
	f := filepath.Join(sharedDir(b), "data", "reuters", "articles.jsonl")
	fi, err := os.Stat(f)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(fi.Size())
	articles := 0
	for i := 0; i < b.N; i++ {
		err := Read(context.Background(), []string{f}, Options{}, func(it Item) error {
			if it.Article != nil {
				articles++
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReadHTML measures extraction of one real page (ars-1, 54 KB).
func BenchmarkReadHTML(b *testing.B) {
	f := filepath.Join(testdata, "source", "html", "ars-1.html")
	fi, err := os.Stat(f)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	for i := 0; i < b.N; i++ {
		err := Read(context.Background(), []string{f}, Options{}, func(it Item) error { return it.Err })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkReadText measures the plain-text reader on the seed page scrape.
func BenchmarkReadText(b *testing.B) {
	f := filepath.Join(testdata, "source", "text", "us-russia-geneva-talks.txt")
	for i := 0; i < b.N; i++ {
		err := Read(context.Background(), []string{f}, Options{}, func(it Item) error { return it.Err })
		if err != nil {
			b.Fatal(err)
		}
	}
}
