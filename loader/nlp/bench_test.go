package nlp

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
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
	done := 0
	for b.Loop() {
		for _, t := range texts {
			Analyse(t)
		}
		done += words
	}
	b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "words/s")
}
