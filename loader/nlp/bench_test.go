package nlp

import (
	"testing"

	"github.com/jdkato/prose/v3/token"

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

// BenchmarkTagTokens measures the part-of-speech tagger alone over the BBC
// corpus's sentences, in words (tokens) per second.
func BenchmarkTagTokens(b *testing.B) {
	texts := benchdata.BBCTexts(b)
	var sents [][]token.Token
	words := 0
	for _, t := range texts {
		for _, s := range Analyse(t) {
			ts := make([]token.Token, len(s.Tokens))
			for i, x := range s.Tokens {
				ts[i] = token.Token{Text: x.Text}
			}
			sents = append(sents, ts)
			words += len(ts)
		}
	}
	tg := mustLoad().tag
	b.ResetTimer()
	start := benchdata.CPUTime()
	done := 0
	for b.Loop() {
		for _, s := range sents {
			tg.TagTokens(s)
		}
		done += words
	}
	benchdata.ReportRate(b, done, start)
}
