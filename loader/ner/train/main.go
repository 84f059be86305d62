// Command train trains the recogniser's structured averaged perceptron on
// the CoNLL04 training split, several times with different sentence orders,
// averages the models, reports entity scores on the dev split, and writes
// the averaged model:
//
//	go run ./loader/ner/train -out loader/ner/model.bin.gz
//
// (or `go generate ./loader/ner`). The test split is never read. Training is
// deterministic: the same data and flags give the same file.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/loader/internal/modelfile"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/ner/conll04"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

func main() {
	data := flag.String("data", defaultData(), "folder with conll04_train.json and conll04_dev.json")
	out := flag.String("out", "model.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 12, "training passes")
	seed := flag.Uint64("seed", 1, "shuffling seed of the first model")
	seeds := flag.Int("models", 5, "models trained with successive seeds and averaged")
	flag.Parse()
	if err := run(*data, *out, *epochs, *seed, *seeds); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func defaultData() string {
	for _, d := range []string{"/work/shared/data/conll04", "../shared/data/conll04", "../../shared/data/conll04", "../../../shared/data/conll04"} {
		if _, err := os.Stat(d + "/conll04_train.json"); err == nil {
			return d
		}
	}
	return "/work/shared/data/conll04"
}

func toTraining(sents []conll04.Sentence) []ner.TrainingSentence {
	out := make([]ner.TrainingSentence, len(sents))
	for i, s := range sents {
		ts := ner.TrainingSentence{Sentence: nlp.TagWords(s.Tokens)}
		for _, e := range s.Entities {
			ts.Mentions = append(ts.Mentions, ner.Mention{Start: e.Start, End: e.End, Label: ner.LabelOf(e.Type)})
		}
		out[i] = ts
	}
	return out
}

func evaluate(m *ner.Model, dev []conll04.Sentence, tagged []ner.TrainingSentence) conll04.PRF {
	pred := make([]conll04.Sentence, len(dev))
	for i, s := range dev {
		p := conll04.Sentence{Tokens: s.Tokens}
		for _, mm := range m.Recognise(tagged[i].Sentence, ner.CoNLL04) {
			p.Entities = append(p.Entities, conll04.Entity{Type: ner.CoNLLType(mm.Label), Start: mm.Start, End: mm.End})
		}
		pred[i] = p
	}
	sc, err := conll04.Score(dev, pred)
	if err != nil {
		panic(err)
	}
	return sc.Entities
}

func run(data, out string, epochs int, seed uint64, models int) error {
	train, err := conll04.Read(data + "/conll04_train.json")
	if err != nil {
		return err
	}
	dev, err := conll04.Read(data + "/conll04_dev.json")
	if err != nil {
		return err
	}
	devTagged := toTraining(dev)
	trainTagged := toTraining(train)
	var ms []*ner.Model
	for k := range models {
		s0 := seed + uint64(k)*1000
		tr := ner.NewTrainer(trainTagged)
		var m *ner.Model
		for e := 1; e <= epochs; e++ {
			tr.Epoch(s0 + uint64(e))
			m = tr.Model()
		}
		s := evaluate(m, dev, devTagged)
		fmt.Fprintf(os.Stderr, "model %d (seed %d, %d epochs): dev entities P %.3f R %.3f F1 %.3f\n", k+1, s0, epochs, s.P, s.R, s.F1)
		ms = append(ms, m)
	}
	m := ner.AverageModels(ms...)
	s := evaluate(m, dev, devTagged)
	fmt.Fprintf(os.Stderr, "average of %d: dev entities P %.3f R %.3f F1 %.3f (%d features)\n", len(ms), s.P, s.R, s.F1, m.Features())
	// Check the written file reads back to the same scores.
	b, err := modelfile.Save(out, m)
	if err != nil {
		return err
	}
	m2, err := ner.ReadModel(b)
	if err != nil {
		return err
	}
	s = evaluate(m2, dev, devTagged)
	fmt.Fprintf(os.Stderr, "written %s (%d bytes): dev entities F1 %.3f\n", out, len(b), s.F1)
	return nil
}
