package ner

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/newsgraph/newsgraph/loader/internal/modelfile"
)

// TestSlotWeightsFromFile checks the weights the read model's slots hold
// against the model file: weight y of feature k is float32(q) * scale, q
// its quantised weight in the file (label-major int16s after the keys),
// rounded to float32 as the model was always read.
func TestSlotWeightsFromFile(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	b, err := modelfile.Open(modelData, "NER1")
	if err != nil {
		t.Fatal(err)
	}
	n := int(binary.LittleEndian.Uint32(b))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	keys, rest, err := modelfile.ReadKeys(b[8:], n)
	if err != nil {
		t.Fatal(err)
	}
	if len(rest) < 2*nLabels*n {
		t.Fatalf("%d bytes of weights for %d features", len(rest), n)
	}
	checked := 0
	for i, k := range keys {
		if k == 0 {
			continue
		}
		r, ok := m.slotRow(k)
		if !ok {
			t.Fatalf("feature %#x of the file is not in the slots", k)
		}
		for y := range nLabels {
			q := int16(binary.LittleEndian.Uint16(rest[2*(y*n+i):]))
			if want := float32(q) * scale; math.Float32bits(r[y]) != math.Float32bits(want) {
				t.Fatalf("feature %#x label %d: slot weight %v, want %v (q %d × scale %v)", k, y, r[y], want, q, scale)
			}
		}
		checked++
	}
	if checked < 1000 {
		t.Errorf("only %d features checked", checked)
	}
}
