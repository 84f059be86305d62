package ner

import (
	"bytes"
	"io"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Model is a trained recogniser, for training and evaluation tools.
type Model struct{ m *model }

// Recognise finds the mentions in s with this model.
func (m *Model) Recognise(s nlp.Sentence, style Style) []Mention { return recognise(m.m, s, style) }

// WriteTo writes the model in the format model.bin.gz embeds.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if err := m.m.write(&buf); err != nil {
		return 0, err
	}
	return buf.WriteTo(w)
}

// Features returns the number of features the model keeps.
func (m *Model) Features() int { return m.m.features() }

// TrainingSentence is a tagged sentence with its gold mentions.
type TrainingSentence struct {
	Sentence nlp.Sentence
	Mentions []Mention
	// NoOther says that names of the Other type (CoNLL04's fourth type:
	// dates, amounts, events, works) are not marked: a token outside the
	// mentions may be O or Other, and the trainer takes whichever the
	// model prefers rather than teaching O where CoNLL04 says Other.
	NoOther bool
	// Titles are token ranges [a, b) of titles just before a person's
	// mention at b ("Governor John Rankin"): CoNLL04's annotators put such
	// titles inside the name or left them out, so the trainer takes the
	// title inside or outside, whichever the model prefers.
	Titles [][2]int
	// Free are token ranges [a, b) whose labels are not known (names a
	// silver projection neither teaches nor forbids): the trainer takes
	// whatever labels the model prefers there.
	Free [][2]int
}

// Trainer trains a Model with the averaged perceptron.
type Trainer struct {
	t   *trainer
	exs []example
}

// NewTrainer prepares the features of the training sentences.
func NewTrainer(sents []TrainingSentence) *Trainer {
	tr := &Trainer{t: newTrainer()}
	for _, s := range sents {
		gold := make([]int, len(s.Sentence.Tokens))
		for _, m := range s.Mentions {
			typ := CoNLLType(m.Label)
			for k := m.Start; k < m.End && k < len(gold); k++ {
				p := "I-"
				if k == m.Start {
					p = "B-"
				}
				gold[k] = labelIndex(p + typ)
			}
		}
		ex := example{f: newSentFeats(s.Sentence), gold: gold}
		if s.NoOther || len(s.Titles) > 0 || len(s.Free) > 0 {
			ex.allow = make([]uint16, len(gold))
			for k, y := range gold {
				ex.allow[k] = 1 << y
				if y == 0 && s.NoOther {
					ex.allow[k] |= 1<<labelIndex("B-Other") | 1<<labelIndex("I-Other")
				}
			}
		}
		for _, t := range s.Titles {
			if ex.allow == nil || t[0] < 0 || t[1] >= len(gold) || t[0] >= t[1] || gold[t[1]] != labelIndex("B-Peop") {
				continue
			}
			for k := t[0]; k < t[1]; k++ {
				ex.allow[k] |= 1<<labelIndex("B-Peop") | 1<<labelIndex("I-Peop")
			}
			ex.allow[t[1]] |= 1 << labelIndex("I-Peop")
		}
		for _, f := range s.Free {
			for k := max(f[0], 0); k < f[1] && k < len(gold); k++ {
				ex.allow[k] = 1<<nLabels - 1
			}
		}
		tr.exs = append(tr.exs, ex)
	}
	return tr
}

func labelIndex(l string) int {
	for i, x := range labels {
		if x == l {
			return i
		}
	}
	return 0
}

// Epoch runs one training pass; seed fixes the sentence order.
func (tr *Trainer) Epoch(seed uint64) {
	tr.t.epoch(tr.exs, newRand(seed))
}

// Model returns the averaged model so far.
func (tr *Trainer) Model() *Model { return &Model{m: tr.t.average()} }

// ReadModel reads a model written by Model.WriteTo.
func ReadModel(data []byte) (*Model, error) {
	m, err := readModel(data)
	if err != nil {
		return nil, err
	}
	return &Model{m: m}, nil
}

// AverageModels returns the model whose weights are the mean of the given
// models' weights (for example, models trained with different orders of the
// training sentences): steadier than any one of them.
func AverageModels(ms ...*Model) *Model {
	sum := map[uint64]*[nLabels]float32{}
	for _, m := range ms {
		index, weights := m.m.floats()
		for f, off := range index {
			v := sum[f]
			if v == nil {
				v = &[nLabels]float32{}
				sum[f] = v
			}
			for y := range nLabels {
				v[y] += weights[off+int32(y)] / float32(len(ms))
			}
		}
	}
	out := &model{index: make(map[uint64]int32, len(sum))}
	for f, v := range sum {
		out.index[f] = int32(len(out.weights))
		out.weights = append(out.weights, v[:]...)
	}
	out.table = newTable(out.index)
	return &Model{m: out}
}
