package extract

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/internal/benchdata"
)

// publishedBBC is a date within the BBC corpus' years, to resolve relative
// dates against.
var publishedBBC = time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)

// BenchmarkExtract extracts the BBC corpus, one article per iteration, and
// reports words per second (wall clock, and per CPU second, which a busy
// machine does not distort) and the live heap after the run, which must not
// grow with the number of articles: compare -benchtime 500x with 4450x.
func BenchmarkExtract(b *testing.B) {
	texts := benchdata.BBCTexts(b)
	words := make([]int, len(texts))
	for i, t := range texts {
		words[i] = len(strings.Fields(t))
	}
	pub := publishedBBC
	Extract(texts[0], pub) // load the models outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := benchdata.CPUTime()
	total := 0
	for i := 0; i < b.N; i++ {
		k := i % len(texts)
		Extract(texts[k], pub)
		total += words[k]
	}
	b.StopTimer()
	benchdata.ReportRate(b, total, cpu0)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heapMB")
}
