package ner

import (
	"fmt"
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
