package relate

import (
	"bufio"
	"encoding/json"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// BenchmarkFind measures relation finding alone over the recognised
// sentences of the BBC corpus, in words per second.
func BenchmarkFind(b *testing.B) {
	f, err := os.Open("../../../shared/data/bbc/articles.jsonl")
	if err != nil {
		b.Skipf("BBC corpus not found: %v", err)
	}
	type item struct {
		s  nlp.Sentence
		ms []ner.Mention
	}
	var items []item
	words := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		for _, s := range nlp.Analyse(a.Text) {
			items = append(items, item{s, ner.Recognise(s)})
			words += len(s.Tokens)
		}
	}
	f.Close()
	b.ResetTimer()
	start := cpuTime()
	done := 0
	for b.Loop() {
		for _, it := range items {
			Find(it.s, it.ms)
		}
		done += words
	}
	b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "words/s")
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(done)/cpu.Seconds(), "words/cpu-s")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
