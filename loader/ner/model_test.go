package ner

import (
	"fmt"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestSlotsMatchFloats checks that the read model, which keeps its weights
// only in slots, tags as the float index and weights floats rebuilds from
// them do through the generic lookups.
func TestSlotsMatchFloats(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	index, weights := m.floats()
	if len(index) != m.features() || len(weights) != nLabels*len(index) {
		t.Fatalf("floats: %d features, %d weights; want %d features", len(index), len(weights), m.features())
	}
	plain := &model{index: index, weights: weights, table: newTable(index)}
	text := "Presidents Joe Biden and Vladimir Putin met in Geneva on Wednesday. Mr Blair told the BBC that NATO " +
		"would meet. BRAZIL EXTENDS TRIP TO JAPAN. Shares of Microsoft Corp. rose 3% in New York, said Jane Doe of " +
		"the University of Chicago."
	for _, s := range nlp.Analyse(text) {
		f := newSentFeats(s)
		a, b := make([]int, len(s.Tokens)), make([]int, len(s.Tokens))
		m.tag(f, a)
		plain.tag(f, b)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%q: slots %v, floats %v", s.Span(text, 0, len(s.Tokens)), a, b)
		}
		for p := range nLabels {
			r, ok := row(m, bigramFeature(p))
			v := plain.lookup(bigramFeature(p))
			if ok != (v != nil) || ok && fmt.Sprint(r[:]) != fmt.Sprint(v) {
				t.Errorf("bigram %d: slots %v %v, floats %v", p, r, ok, v)
			}
		}
	}
}

// uncached is the read model seen through the generic weights interface,
// so that viterbi neither uses its slots directly nor caches transitions.
type uncached struct{ m *model }

func (u uncached) lookup(f uint64) []float32 { return u.m.lookup(f) }

// TestTransCacheExact checks that viterbi's cache of transition scores
// (scratch.trans) gives the sums the transition features give when added
// one by one, and the same labels, over the sentences of testdata/news.txt
// with one scratch reused across them, as the pool does, and and that a
// full cache is emptied.
func TestTransCacheExact(t *testing.T) {
	m := embedded()
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	sc, plainSc := &scratch{}, &scratch{}
	sents, hits := 0, 0
	for _, s := range nlp.Analyse(string(text)) {
		f := newSentFeats(s)
		a, b := make([]int, len(s.Tokens)), make([]int, len(s.Tokens))
		viterbi(m, f, a, sc, nil)
		viterbi(uncached{m}, f, b, plainSc, nil)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%q: cached %v, uncached %v", s.Span(string(text), 0, len(s.Tokens)), a, b)
		}
		for i := range s.Tokens {
			if _, ok := sc.trans[transKey{f.shapes[i], f.gz(i), f.orgEnd[i]}]; ok {
				hits++
			}
			got := sc.cachedTrans(m, f, i)
			for p := range nLabels {
				want, _ := row(m, bigramFeature(p))
				addScores(uncached{m}, f.transFeatures(nil, i, p), &want)
				if got[p] != want {
					t.Fatalf("token %d after label %d: cached %v, added %v", i, p, got[p], want)
				}
			}
		}
		sents++
	}
	if sents < 5 || hits < 100 {
		t.Fatalf("%d sentences, %d cached tokens: the test reads too little", sents, hits)
	}
	// A full cache is emptied, then filled again.
	for k := uint64(0); len(sc.trans) < maxTransKeys; k++ {
		sc.trans[transKey{shape: k}] = nil
	}
	f := newSentFeats(nlp.Analyse("Joe Biden spoke.")[0])
	if got := sc.cachedTrans(m, f, 0); got == nil || len(sc.trans) != 1 {
		t.Errorf("full cache: %d keys after a lookup, want 1", len(sc.trans))
	}
	if got := (&scratch{}).cachedTrans(uncached{m}, newSentFeats(nlp.Analyse("Joe Biden spoke.")[0]), 0); got != nil {
		t.Errorf("a model seen through the interface is cached")
	}
}
