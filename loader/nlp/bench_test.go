package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkAnalyse measures segmentation, tokenization and tagging over the
// BBC corpus in words (tokens) per second.
func BenchmarkAnalyse(b *testing.B) {
	f, err := os.Open("../../../shared/data/bbc/articles.jsonl")
	if err != nil {
		b.Skipf("BBC corpus not found: %v", err)
	}
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	f.Close()
	words := 0
	for _, t := range texts {
		for _, s := range Analyse(t) {
			words += len(s.Tokens)
		}
	}
	b.ResetTimer()
	start := cpuTime()
	done := 0
	for b.Loop() {
		for _, t := range texts {
			Analyse(t)
		}
		done += words
	}
	b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "words/s")
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(done)/cpu.Seconds(), "words/cpu-s")
	}
}

// cpuTime returns the CPU time (user and system) the process has used. On a
// shared machine, words per CPU second is steadier than words per second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
