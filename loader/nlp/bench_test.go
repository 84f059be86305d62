package nlp

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/internal/benchdata"
)

// BenchmarkAnalyse measures segmentation, tokenization and tagging over the
// BBC corpus in words (tokens) per second.
func BenchmarkAnalyse(b *testing.B) {
	texts := benchdata.BBCTexts(b)
	words := 0
	for _, t := range texts {
		for _, s := range Analyse(t) {
			words += len(s.Tokens)
		}
	}
	b.ResetTimer()
	start := benchdata.CPUTime()
	done := 0
	for b.Loop() {
		for _, t := range texts {
			Analyse(t)
		}
		done += words
	}
	benchdata.ReportRate(b, done, start)
}
