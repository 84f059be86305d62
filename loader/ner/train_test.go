package ner

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A free range lets its tokens take any label in training; the tokens
// around it keep their gold label.
func TestTrainerFreeRanges(t *testing.T) {
	s := nlp.Analyse("The Danish firm Halvorsen Milling grew.")[0]
	tr := NewTrainer([]TrainingSentence{{
		Sentence: s,
		Mentions: []Mention{{Start: 3, End: 5, Label: Organization}},
		Free:     [][2]int{{1, 2}},
	}})
	allow := tr.exs[0].allow
	if allow == nil {
		t.Fatal("no allowed labels for a sentence with a free range")
	}
	if allow[1] != 1<<nLabels-1 {
		t.Errorf("free token: allowed %b, want every label", allow[1])
	}
	for k, want := range map[int]string{0: "O", 2: "O", 3: "B-Org", 4: "I-Org"} {
		if allow[k] != 1<<labelIndex(want) {
			t.Errorf("token %d: allowed %b, want only %s", k, allow[k], want)
		}
	}
}
