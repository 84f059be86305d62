// Package conll04 reads and writes the SpERT JSON layout of the CoNLL04
// entity and relation corpus, and scores predictions the way
// shared/eval/conll04_score.py does (strict micro precision, recall and F1).
package conll04

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Entity is a typed token span [Start, End).
type Entity struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Relation links two entities of the same sentence by their indices.
type Relation struct {
	Type string `json:"type"`
	Head int    `json:"head"`
	Tail int    `json:"tail"`
}

// Sentence is one pre-tokenised sentence with its entities and relations.
type Sentence struct {
	Tokens    []string   `json:"tokens"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	OrigID    int        `json:"orig_id"`
}

// Read reads a SpERT JSON file.
func Read(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Decode(f, path)
}

// Decode reads SpERT JSON from r; name is used in errors.
func Decode(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	if err := json.NewDecoder(r).Decode(&out); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	for i, s := range out {
		for _, e := range s.Entities {
			if e.Start < 0 || e.End > len(s.Tokens) || e.Start >= e.End {
				return nil, fmt.Errorf("read %s: sentence %d: entity [%d,%d) outside its %d tokens", name, i, e.Start, e.End, len(s.Tokens))
			}
		}
		for _, rel := range s.Relations {
			if rel.Head < 0 || rel.Head >= len(s.Entities) || rel.Tail < 0 || rel.Tail >= len(s.Entities) {
				return nil, fmt.Errorf("read %s: sentence %d: relation points at a missing entity", name, i)
			}
		}
	}
	return out, nil
}

// Encode writes sentences as SpERT JSON, one sentence a line.
func Encode(w io.Writer, sents []Sentence) error {
	if _, err := io.WriteString(w, "[\n"); err != nil {
		return err
	}
	for i, s := range sents {
		if s.Entities == nil {
			s.Entities = []Entity{}
		}
		if s.Relations == nil {
			s.Relations = []Relation{}
		}
		b, err := json.Marshal(s)
		if err != nil {
			return err
		}
		sep := ",\n"
		if i == len(sents)-1 {
			sep = "\n"
		}
		if _, err := fmt.Fprintf(w, "%s%s", b, sep); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "]\n")
	return err
}

// PRF is a micro-averaged score.
type PRF struct {
	P, R, F1            float64
	TP, Predicted, Gold int
}

func prf(tp, pred, gold int) PRF {
	s := PRF{TP: tp, Predicted: pred, Gold: gold}
	if pred > 0 {
		s.P = float64(tp) / float64(pred)
	}
	if gold > 0 {
		s.R = float64(tp) / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Scores are entity and relation scores, and relation scores by type.
type Scores struct {
	Entities, Relations PRF
	RelationTypes       map[string]PRF
}

// Score compares predictions with gold, sentence by sentence: an entity
// counts when span and type match, a relation when its type and both
// arguments (span and type) match.
func Score(gold, pred []Sentence) (Scores, error) {
	if len(gold) != len(pred) {
		return Scores{}, fmt.Errorf("gold has %d sentences, predictions %d", len(gold), len(pred))
	}
	type rel struct {
		h, t Entity
		typ  string
	}
	var etp, ep, eg, rtp, rp, rg int
	per := map[string]*[3]int{}
	for i := range gold {
		g, p := gold[i], pred[i]
		gs, ps := map[Entity]bool{}, map[Entity]bool{}
		for _, e := range g.Entities {
			gs[e] = true
		}
		for _, e := range p.Entities {
			ps[e] = true
		}
		for e := range ps {
			if gs[e] {
				etp++
			}
		}
		ep += len(ps)
		eg += len(gs)
		grs, prs := map[rel]bool{}, map[rel]bool{}
		for _, r := range g.Relations {
			grs[rel{g.Entities[r.Head], g.Entities[r.Tail], r.Type}] = true
		}
		for _, r := range p.Relations {
			if r.Head < 0 || r.Head >= len(p.Entities) || r.Tail < 0 || r.Tail >= len(p.Entities) {
				return Scores{}, fmt.Errorf("sentence %d: relation points at a missing entity", i)
			}
			prs[rel{p.Entities[r.Head], p.Entities[r.Tail], r.Type}] = true
		}
		count := func(t string, k int) {
			if per[t] == nil {
				per[t] = &[3]int{}
			}
			per[t][k]++
		}
		for r := range grs {
			count(r.typ, 0)
			if prs[r] {
				rtp++
				count(r.typ, 2)
			}
		}
		for r := range prs {
			count(r.typ, 1)
		}
		rp += len(prs)
		rg += len(grs)
	}
	s := Scores{Entities: prf(etp, ep, eg), Relations: prf(rtp, rp, rg), RelationTypes: map[string]PRF{}}
	for t, c := range per {
		s.RelationTypes[t] = prf(c[2], c[1], c[0])
	}
	return s, nil
}
