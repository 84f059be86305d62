package nlp

import "testing"

// TestBiasScores checks the scores every prediction starts from: each
// class's bias weight, and zero for a class the bias has no weight for.
func TestBiasScores(t *testing.T) {
	tg, err := newTagger()
	if err != nil {
		t.Fatal(err)
	}
	if len(tg.biasScores) != len(tg.classes) {
		t.Fatalf("%d start scores for %d classes", len(tg.biasScores), len(tg.classes))
	}
	want := make([]float32, len(tg.classes))
	lo, n := uint32(tg.bias)>>featCountBits, uint32(tg.bias)&maxFeatWeights
	if tg.bias < 0 || n == 0 {
		t.Fatal("the model has no bias weights")
	}
	for j := lo; j < lo+n; j++ {
		want[tg.ids[j]] += tg.weights[j]
	}
	for c, w := range want {
		if tg.biasScores[c] != w {
			t.Errorf("class %s starts at %v, want its bias weight %v", tg.classes[c], tg.biasScores[c], w)
		}
	}
}
