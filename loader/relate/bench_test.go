package relate

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/internal/benchdata"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// BenchmarkFind measures relation finding alone over the recognised
// sentences of the BBC corpus, in words per second.
func BenchmarkFind(b *testing.B) {
	type item struct {
		s  nlp.Sentence
		ms []ner.Mention
	}
	var items []item
	words := 0
	for _, text := range benchdata.BBCTexts(b) {
		for _, s := range nlp.Analyse(text) {
			items = append(items, item{s, ner.Recognise(s)})
			words += len(s.Tokens)
		}
	}
	b.ResetTimer()
	start := benchdata.CPUTime()
	done := 0
	for b.Loop() {
		for _, it := range items {
			Find(it.s, it.ms)
		}
		done += words
	}
	benchdata.ReportRate(b, done, start)
}
