package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

const bbcPath = "../../../shared/data/bbc/articles.jsonl"

// bbcTexts reads the BBC corpus, or skips the benchmark when it is absent.
func bbcTexts(b *testing.B) []string {
	f, err := os.Open(bbcPath)
	if err != nil {
		b.Skipf("BBC corpus not found: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		out = append(out, a.Text)
	}
	return out
}

// BenchmarkRecognise measures analysis (segmentation, tokens, tags) plus
// recognition over the BBC corpus, in words (tokens) per second.
func BenchmarkRecognise(b *testing.B) {
	texts := bbcTexts(b)
	words := 0
	for _, t := range texts {
		for _, s := range nlp.Analyse(t) {
			words += len(s.Tokens)
		}
	}
	b.ResetTimer()
	start := cpuTime()
	done := 0
	for b.Loop() {
		for _, t := range texts {
			for _, s := range nlp.Analyse(t) {
				Recognise(s)
			}
		}
		done += words
	}
	reportRate(b, done, start)
}

// BenchmarkRecogniseOnly measures recognition alone over pre-analysed text.
func BenchmarkRecogniseOnly(b *testing.B) {
	texts := bbcTexts(b)
	var sents []nlp.Sentence
	words := 0
	for _, t := range texts {
		for _, s := range nlp.Analyse(t) {
			sents = append(sents, s)
			words += len(s.Tokens)
		}
	}
	b.ResetTimer()
	start := cpuTime()
	done := 0
	for b.Loop() {
		for _, s := range sents {
			Recognise(s)
		}
		done += words
	}
	reportRate(b, done, start)
}
