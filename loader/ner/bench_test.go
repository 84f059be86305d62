package ner

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/internal/benchdata"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// BenchmarkRecognise measures analysis (segmentation, tokens, tags) plus
// recognition over the BBC corpus, in words (tokens) per second.
func BenchmarkRecognise(b *testing.B) {
	texts := benchdata.BBCTexts(b)
	words := 0
	for _, t := range texts {
		for _, s := range nlp.Analyse(t) {
			words += len(s.Tokens)
		}
	}
	b.ResetTimer()
	start := benchdata.CPUTime()
	done := 0
	for b.Loop() {
		for _, t := range texts {
			for _, s := range nlp.Analyse(t) {
				Recognise(s)
			}
		}
		done += words
	}
	benchdata.ReportRate(b, done, start)
}

// BenchmarkRecogniseOnly measures recognition alone over pre-analysed text.
func BenchmarkRecogniseOnly(b *testing.B) {
	texts := benchdata.BBCTexts(b)
	var sents []nlp.Sentence
	words := 0
	for _, t := range texts {
		for _, s := range nlp.Analyse(t) {
			sents = append(sents, s)
			words += len(s.Tokens)
		}
	}
	b.ResetTimer()
	start := benchdata.CPUTime()
	done := 0
	for b.Loop() {
		for _, s := range sents {
			Recognise(s)
		}
		done += words
	}
	benchdata.ReportRate(b, done, start)
}
