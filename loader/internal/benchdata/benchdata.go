// Package benchdata serves the loader's benchmarks: the BBC corpus from the
// shared data folder, and a CPU clock, because on a shared machine words per
// CPU-second are steadier than words per second.
package benchdata

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// BBCTexts returns the article texts of the shared BBC corpus
// ($NEWSGRAPH_SHARED/data/bbc/articles.jsonl, else ../shared beside the
// repository), or skips the benchmark when it is absent.
func BBCTexts(tb testing.TB) []string { return CorpusTexts(tb, "bbc") }

// CorpusTexts returns the article texts of a shared corpus ("bbc",
// "reuters": $NEWSGRAPH_SHARED/data/NAME/articles.jsonl, else ../shared
// beside the repository), or skips the test when it is absent.
func CorpusTexts(tb testing.TB, name string) []string {
	path := corpusPath(name)
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("%s corpus not found: %v", name, err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		if a.Text != "" {
			texts = append(texts, a.Text)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return texts
}

// corpusPath finds a corpus: $NEWSGRAPH_SHARED, else a shared folder beside
// the repository, looked for upwards from the working directory.
func corpusPath(name string) string {
	rel := "data/" + name + "/articles.jsonl"
	dir, looked := shared.Dir()
	if dir == "" {
		dir = looked
	}
	return filepath.Join(dir, filepath.FromSlash(rel))
}

// ReportRate reports words/s (wall clock) and words/cpu-s for words processed
// since the CPU time cpuStart.
func ReportRate(b *testing.B, words int, cpuStart time.Duration) {
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	if cpu := CPUTime() - cpuStart; cpu > 0 {
		b.ReportMetric(float64(words)/cpu.Seconds(), "words/cpu-s")
	}
}
