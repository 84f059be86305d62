package conll04

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `[{"tokens": ["Oswald", "shot", "Kennedy", "in", "Dallas", "."],
 "entities": [{"type": "Peop", "start": 0, "end": 1}, {"type": "Peop", "start": 2, "end": 3}, {"type": "Loc", "start": 4, "end": 5}],
 "relations": [{"type": "Kill", "head": 0, "tail": 1}], "orig_id": 7}]`

func TestRoundTripAndScore(t *testing.T) {
	gold, err := Decode(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, gold); err != nil {
		t.Fatal(err)
	}
	again, err := Decode(&buf, "again")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Score(gold, again)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Entities.F1 != 1 || sc.Relations.F1 != 1 || again[0].OrigID != 7 {
		t.Errorf("round trip scores %+v", sc)
	}
	// One entity with the wrong type, and so its relation is wrong too.
	pred := []Sentence{{Tokens: gold[0].Tokens, Entities: []Entity{{"Peop", 0, 1}, {"Org", 2, 3}, {"Loc", 4, 5}},
		Relations: []Relation{{"Kill", 0, 1}}}}
	sc, _ = Score(gold, pred)
	if sc.Entities.TP != 2 || sc.Entities.Predicted != 3 || sc.Relations.TP != 0 || sc.Relations.Predicted != 1 {
		t.Errorf("scores %+v", sc)
	}
	if _, err := Score(gold, nil); err == nil {
		t.Error("Score accepted a different sentence count")
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, in := range []string{`[{"tokens": ["a"], "entities": [{"type": "Peop", "start": 0, "end": 2}]}]`,
		`[{"tokens": ["a"], "entities": [], "relations": [{"type": "Kill", "head": 0, "tail": 1}]}]`, `{`, `[1]`} {
		if _, err := Decode(strings.NewReader(in), "bad.json"); err == nil || !strings.Contains(err.Error(), "bad.json") {
			t.Errorf("Decode(%q) = %v; want an error naming bad.json", in, err)
		}
	}
}
