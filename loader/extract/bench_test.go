package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

const bbcCorpus = "../../../shared/data/bbc/articles.jsonl"

// publishedBBC is a date within the BBC corpus' years, to resolve relative
// dates against.
var publishedBBC = time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)

// loadBBC reads the BBC corpus' article texts, or skips the benchmark.
func loadBBC(tb testing.TB) []string {
	f, err := os.Open(bbcCorpus)
	if err != nil {
		tb.Skipf("BBC corpus not found: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &a) == nil && a.Text != "" {
			texts = append(texts, a.Text)
		}
	}
	return texts
}

// BenchmarkExtract extracts the BBC corpus, one article per iteration, and
// reports words per second (wall clock, and per CPU second, which a busy
// machine does not distort) and the live heap after the run, which must not
// grow with the number of articles: compare -benchtime 500x with 4450x.
func BenchmarkExtract(b *testing.B) {
	texts := loadBBC(b)
	words := make([]int, len(texts))
	for i, t := range texts {
		words[i] = len(strings.Fields(t))
	}
	pub := publishedBBC
	Extract(texts[0], pub) // load the models outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	total := 0
	for i := 0; i < b.N; i++ {
		k := i % len(texts)
		Extract(texts[k], pub)
		total += words[k]
	}
	b.StopTimer()
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "words/s")
	// Wall time suffers when the machine is shared; CPU time does not.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)/cpu.Seconds(), "words/cpu-s")
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heapMB")
}
