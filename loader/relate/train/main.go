// Command train trains the relation pair classifier on the CoNLL04 training
// split (gold mentions) less a selection split carved from it at random
// (seeded: -select, -select-seed), picks the epoch and the score threshold
// that maximise relation F1 on the selection split (with the recogniser's
// mentions, as `newsgraph eval conll04` runs), reports the dev split's
// figures, never used to choose anything, and writes the model:
//
//	go run ./loader/relate/train -out loader/relate/model.bin.gz
//
// (or `go generate ./loader/relate`). The test split is never read.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"

	"github.com/newsgraph/newsgraph/loader/internal/modelfile"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/ner/conll04"
	"github.com/newsgraph/newsgraph/loader/nlp"
	"github.com/newsgraph/newsgraph/loader/relate"
)

func main() {
	data := flag.String("data", "/work/shared/data/conll04", "folder with conll04_train.json and conll04_dev.json")
	out := flag.String("out", "model.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 10, "training passes")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	sel := flag.Float64("select", 0.15, "share of the training sentences carved out for selecting the epoch and threshold")
	selSeed := flag.Uint64("select-seed", 1, "seed of the draw of the selection split")
	flag.Parse()
	if err := run(*data, *out, *epochs, *seed, *sel, *selSeed); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func examples(sents []conll04.Sentence) []relate.Example {
	out := make([]relate.Example, len(sents))
	for i, s := range sents {
		ex := relate.Example{Sentence: nlp.TagWords(s.Tokens)}
		for _, e := range s.Entities {
			ex.Mentions = append(ex.Mentions, ner.Mention{Start: e.Start, End: e.End, Label: ner.LabelOf(e.Type)})
		}
		// Give gold mentions the gazetteer classes the recogniser would.
		for k, m := range ner.Classify(ex.Sentence, ex.Mentions) {
			ex.Mentions[k].Class = m.Class
		}
		for _, r := range s.Relations {
			ex.Relations = append(ex.Relations, relate.Relation{Head: r.Head, Tail: r.Tail, Type: r.Type})
		}
		out[i] = ex
	}
	return out
}

// predict runs the relation model on sentences with the recogniser's mentions.
func predict(m *relate.Model, dev []conll04.Sentence, tagged []nlp.Sentence, mentions [][]ner.Mention) []conll04.Sentence {
	pred := make([]conll04.Sentence, len(dev))
	for i, s := range dev {
		p := conll04.Sentence{Tokens: s.Tokens}
		for _, mm := range mentions[i] {
			p.Entities = append(p.Entities, conll04.Entity{Type: ner.CoNLLType(mm.Label), Start: mm.Start, End: mm.End})
		}
		for _, r := range m.Find(tagged[i], mentions[i]) {
			p.Relations = append(p.Relations, conll04.Relation{Type: r.Type, Head: r.Head, Tail: r.Tail})
		}
		pred[i] = p
	}
	return pred
}

// carve splits sentences into a selection split (a share frac of them,
// drawn with seed) and the rest, each in its original order.
func carve(sents []conll04.Sentence, frac float64, seed uint64) (rest, sel []conll04.Sentence) {
	n := int(float64(len(sents))*frac + 0.5)
	perm := rand.New(rand.NewPCG(seed, 0x73656c)).Perm(len(sents))
	chosen := make(map[int]bool, n)
	for _, i := range perm[:n] {
		chosen[i] = true
	}
	for i, s := range sents {
		if chosen[i] {
			sel = append(sel, s)
		} else {
			rest = append(rest, s)
		}
	}
	return rest, sel
}

// split is a set of sentences tagged, with the recogniser's mentions.
type split struct {
	sents    []conll04.Sentence
	tagged   []nlp.Sentence
	mentions [][]ner.Mention
}

func newSplit(sents []conll04.Sentence) split {
	sp := split{sents: sents, tagged: make([]nlp.Sentence, len(sents)), mentions: make([][]ner.Mention, len(sents))}
	for i, s := range sents {
		sp.tagged[i] = nlp.TagWords(s.Tokens)
		sp.mentions[i] = ner.RecogniseStyle(sp.tagged[i], ner.CoNLL04)
	}
	return sp
}

func (sp split) score(m *relate.Model) conll04.Scores {
	sc, err := conll04.Score(sp.sents, predict(m, sp.sents, sp.tagged, sp.mentions))
	if err != nil {
		panic(err)
	}
	return sc
}

func run(data, out string, epochs int, seed uint64, frac float64, selSeed uint64) error {
	all, err := conll04.Read(data + "/conll04_train.json")
	if err != nil {
		return err
	}
	devSents, err := conll04.Read(data + "/conll04_dev.json")
	if err != nil {
		return err
	}
	train, selSents := carve(all, frac, selSeed)
	fmt.Fprintf(os.Stderr, "training on %d sentences, selecting on %d carved from the training split (seed %d), reporting on %d dev sentences\n", len(train), len(selSents), selSeed, len(devSents))
	sel, dev := newSplit(selSents), newSplit(devSents)
	tagged, mentions := sel.tagged, sel.mentions
	tr := relate.NewTrainer(examples(train))
	var best *relate.Model
	bestF := -1.0
	for e := 1; e <= epochs; e++ {
		tr.Epoch(seed + uint64(e))
		m := tr.Model(0)
		// Candidate thresholds: quantiles of the selection split's pair scores.
		var scores []float32
		m.Threshold = -1e9
		for i := range sel.sents {
			for _, r := range m.Find(tagged[i], mentions[i]) {
				scores = append(scores, r.Score)
			}
		}
		sort.Slice(scores, func(i, j int) bool { return scores[i] < scores[j] })
		epochBest, epochT := -1.0, float32(0)
		for q := 0; q < 100; q++ {
			if len(scores) == 0 {
				break
			}
			m.Threshold = scores[len(scores)*q/100]
			sc := sel.score(m)
			if sc.Relations.F1 > epochBest {
				epochBest, epochT = sc.Relations.F1, m.Threshold
			}
		}
		m.Threshold = epochT
		sc := sel.score(m)
		fmt.Fprintf(os.Stderr, "epoch %2d: selection relations P %.3f R %.3f F1 %.3f at threshold %g\n", e, sc.Relations.P, sc.Relations.R, sc.Relations.F1, m.Threshold)
		if sc.Relations.F1 > bestF {
			best, bestF = m, sc.Relations.F1
		}
	}
	b, err := modelfile.Save(out, best)
	if err != nil {
		return err
	}
	m2, err := relate.ReadModel(b)
	if err != nil {
		return err
	}
	sc := dev.score(m2)
	fmt.Fprintf(os.Stderr, "written %s (%d bytes): dev relations P %.3f R %.3f F1 %.3f (dev chose nothing)\n", out, len(b), sc.Relations.P, sc.Relations.R, sc.Relations.F1)
	for t, s := range sc.RelationTypes {
		fmt.Fprintf(os.Stderr, "  %-12s P %.3f R %.3f F1 %.3f (%d gold)\n", t, s.P, s.R, s.F1, s.Gold)
	}
	return nil
}
