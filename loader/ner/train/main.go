// Command train trains the recogniser's structured averaged perceptron on
// the CoNLL04 training split and the hand-annotated modern pages of
// ../modern/pages (each of their sentences seen -modern-weight times a
// pass), several times with different sentence orders, averages the
// models, reports entity scores on the CoNLL04 dev split, and writes the
// averaged model:
//
//	go run ./loader/ner/train -out loader/ner/model.bin.gz
//
// (or `go generate ./loader/ner`). With -silver it also trains on the
// project's hand gold of Reuters and BBC articles projected onto their texts
// (../silver; off by default):
//
//	go run ./loader/ner/train -silver testdata/random-gold,testdata/random-gold-3 -silver-weight 1 -out /tmp/m.bin.gz
//
// The test split is never read. Training is
// deterministic: the same data and flags give the same file.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/loader/internal/modelfile"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/ner/conll04"
	"github.com/newsgraph/newsgraph/loader/ner/modern"
	"github.com/newsgraph/newsgraph/loader/ner/silver"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

func main() {
	data := flag.String("data", defaultData(), "folder with conll04_train.json and conll04_dev.json")
	out := flag.String("out", "model.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 12, "training passes")
	seed := flag.Uint64("seed", 1, "shuffling seed of the first model")
	seeds := flag.Int("models", 5, "models trained with successive seeds and averaged")
	modernDir := flag.String("modern", defaultModern(), "folder of the annotated modern pages (loader/ner/modern/pages); \"\" for none")
	weight := flag.Int("modern-weight", 1, "times each modern sentence is seen in a training pass")
	conllOnly := flag.Int("conll-models", 0, "models trained on CoNLL04 alone, averaged with the others")
	conllWeight := flag.Int("conll-weight", 1, "times each CoNLL04 training sentence is seen in a training pass")
	otherFree := flag.Bool("modern-other", false, "let unmarked words of the modern pages be Other (they mark no Other names)")
	silverDirs := flag.String("silver", "", "comma-separated gold folders (NAME.txt + NAME.gold.tsv) to project as training sentences; \"\" for none")
	silverWeight := flag.Int("silver-weight", 1, "times each projected sentence is seen in a training pass")
	silverI := flag.String("silver-i", string(silver.IFree), "what projected sentences make of the gold's I names: free, drop, other or ignore")
	flag.Parse()
	extra, err := silverSentences(*silverDirs, *silverWeight, *silverI)
	if err == nil {
		err = run(*data, *out, *epochs, *seed, *seeds, *modernDir, *weight, *conllOnly, *conllWeight, *otherFree, extra)
	}
	if err != nil {
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

func defaultModern() string {
	for _, d := range []string{"modern/pages", "loader/ner/modern/pages", "../modern/pages"} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return "modern/pages"
}

// modernSentences reads the annotated modern pages, each sentence repeated
// weight times.
func modernSentences(dir string, weight int, otherFree bool) ([]ner.TrainingSentence, error) {
	if dir == "" || weight <= 0 {
		return nil, nil
	}
	docs, err := modern.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var one []ner.TrainingSentence
	for _, d := range docs {
		ss, misfits := d.Sentences()
		if len(misfits) > 0 {
			return nil, fmt.Errorf("%s: marks that do not fit the tokens: %q", d.Name, misfits)
		}
		one = append(one, ss...)
	}
	tokens := 0
	for _, s := range one {
		tokens += len(s.Sentence.Tokens)
	}
	fmt.Fprintf(os.Stderr, "modern data: %d pages, %d sentences, %d tokens, weight %d\n", len(docs), len(one), tokens, weight)
	if !otherFree {
		for i := range one {
			one[i].NoOther = false
		}
	}
	var out []ner.TrainingSentence
	for range weight {
		out = append(out, one...)
	}
	return out, nil
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

// silverSentences projects the gold of the comma-separated folders dirs,
// each sentence repeated weight times.
func silverSentences(dirs string, weight int, iMode string) ([]ner.TrainingSentence, error) {
	if dirs == "" || weight <= 0 {
		return nil, nil
	}
	mode, err := silver.ParseIMode(iMode)
	if err != nil {
		return nil, err
	}
	one, st, err := silver.ReadDirs(strings.Split(dirs, ","), mode)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "silver data: %d articles, %d sentences, %d marks, I names %s (left out: %d headline, %d misfit, %d with an I name), weight %d\n",
		st.Articles, st.Sentences, st.Marks, mode, st.Headlines, st.Misfits, st.Dropped, weight)
	var out []ner.TrainingSentence
	for range weight {
		out = append(out, one...)
	}
	return out, nil
}

func run(data, out string, epochs int, seed uint64, models int, modernDir string, weight, conllOnly, conllWeight int, otherFree bool, silverSents []ner.TrainingSentence) error {
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
	extra, err := modernSentences(modernDir, weight, otherFree)
	if err != nil {
		return err
	}
	var mixed []ner.TrainingSentence
	for range conllWeight {
		mixed = append(mixed, trainTagged...)
	}
	mixed = append(mixed, extra...)
	mixed = append(mixed, silverSents...)
	var ms []*ner.Model
	for k := range models + conllOnly {
		s0 := seed + uint64(k)*1000
		sents := mixed
		if k >= models {
			sents = trainTagged
		}
		tr := ner.NewTrainer(sents)
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
