// Command train trains the relation pair classifier on the CoNLL04 training
// split (gold mentions), picks the score threshold that maximises relation F1
// on the dev split (with the recogniser's mentions, as `newsgraph eval
// conll04` runs), and writes the model:
//
//	go run ./loader/relate/train -out loader/relate/model.bin.gz
//
// (or `go generate ./loader/relate`). The test split is never read.
package main

import (
	"flag"
	"fmt"
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
	flag.Parse()
	if err := run(*data, *out, *epochs, *seed); err != nil {
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

// predict runs the recogniser and the relation model on the dev sentences.
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

func run(data, out string, epochs int, seed uint64) error {
	train, err := conll04.Read(data + "/conll04_train.json")
	if err != nil {
		return err
	}
	dev, err := conll04.Read(data + "/conll04_dev.json")
	if err != nil {
		return err
	}
	tagged := make([]nlp.Sentence, len(dev))
	mentions := make([][]ner.Mention, len(dev))
	for i, s := range dev {
		tagged[i] = nlp.TagWords(s.Tokens)
		mentions[i] = ner.RecogniseStyle(tagged[i], ner.CoNLL04)
	}
	tr := relate.NewTrainer(examples(train))
	var best *relate.Model
	bestF := -1.0
	for e := 1; e <= epochs; e++ {
		tr.Epoch(seed + uint64(e))
		m := tr.Model(0)
		// Candidate thresholds: quantiles of the dev pair scores.
		var scores []float32
		m.Threshold = -1e9
		for i := range dev {
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
			sc, err := conll04.Score(dev, predict(m, dev, tagged, mentions))
			if err != nil {
				return err
			}
			if sc.Relations.F1 > epochBest {
				epochBest, epochT = sc.Relations.F1, m.Threshold
			}
		}
		m.Threshold = epochT
		sc, _ := conll04.Score(dev, predict(m, dev, tagged, mentions))
		fmt.Fprintf(os.Stderr, "epoch %2d: dev relations P %.3f R %.3f F1 %.3f at threshold %g\n", e, sc.Relations.P, sc.Relations.R, sc.Relations.F1, m.Threshold)
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
	sc, _ := conll04.Score(dev, predict(m2, dev, tagged, mentions))
	fmt.Fprintf(os.Stderr, "written %s (%d bytes): dev relations P %.3f R %.3f F1 %.3f\n", out, len(b), sc.Relations.P, sc.Relations.R, sc.Relations.F1)
	for t, s := range sc.RelationTypes {
		fmt.Fprintf(os.Stderr, "  %-12s P %.3f R %.3f F1 %.3f (%d gold)\n", t, s.P, s.R, s.F1, s.Gold)
	}
	return nil
}
