package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"sync"
)

// model is an averaged perceptron over hashed features: for every feature,
// one weight per label.
type model struct {
	index   map[uint64]int32 // feature -> offset into weights
	weights []float32        // nLabels per feature
}

// scratch buffers for one tagging call.
type scratch struct {
	feats  []uint64
	scores [nLabels]float32
}

var scratchPool = sync.Pool{New: func() any { return &scratch{feats: make([]uint64, 0, 64)} }}

// allowed reports whether label y may follow label prev in BIO: I-X only
// after B-X or I-X.
func allowed(prev, y int) bool {
	if y == 0 || y%2 == 1 {
		return true
	}
	return prev == y || prev == y-1
}

func (m *model) score(feats []uint64, scores *[nLabels]float32) {
	*scores = [nLabels]float32{}
	for _, f := range feats {
		off, ok := m.index[f]
		if !ok {
			continue
		}
		w := m.weights[off : off+nLabels : off+nLabels]
		for y := range nLabels {
			scores[y] += w[y]
		}
	}
}

// tag predicts BIO labels (indices into labels) greedily, left to right.
func (m *model) tag(f *sentFeats, out []int) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	prev, prev2 := 0, 0
	for i := range f.words {
		y := 0
		if f.needsModel(i, prev) {
			sc.feats = f.features(sc.feats[:0], i, prev, prev2)
			m.score(sc.feats, &sc.scores)
			best := float32(math.Inf(-1))
			for c := range nLabels {
				if allowed(prev, c) && sc.scores[c] > best {
					best, y = sc.scores[c], c
				}
			}
		}
		out[i] = y
		prev2, prev = prev, y
	}
}

// Model file layout (gzip): "NER1", uint32 feature count, then per feature
// a uint64 hash and nLabels float32 weights quantised to int16 with one
// float32 scale for the whole file.

func (m *model) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	keys := make([]uint64, 0, len(m.index))
	var maxAbs float32
	for k, off := range m.index {
		keys = append(keys, k)
		for _, v := range m.weights[off : off+nLabels] {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var buf bytes.Buffer
	buf.WriteString("NER1")
	binary.Write(&buf, binary.LittleEndian, uint32(len(keys)))
	binary.Write(&buf, binary.LittleEndian, scale)
	// Hashes delta-encoded as uvarints, then weights label-major, which
	// compresses much better than interleaving.
	var prev uint64
	var tmp [binary.MaxVarintLen64]byte
	for _, k := range keys {
		n := binary.PutUvarint(tmp[:], k-prev)
		buf.Write(tmp[:n])
		prev = k
	}
	for y := range nLabels {
		for _, k := range keys {
			v := m.weights[m.index[k]+int32(y)]
			binary.Write(&buf, binary.LittleEndian, int16(math.Round(float64(v/scale))))
		}
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

func readModel(data []byte) (*model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if len(b) < 12 || string(b[:4]) != "NER1" {
		return nil, errors.New("ner model: not a NER1 file")
	}
	n := int(binary.LittleEndian.Uint32(b[4:]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
	r := bytes.NewReader(b[12:])
	keys := make([]uint64, n)
	var prev uint64
	for i := range keys {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("ner model: hashes: %w", err)
		}
		prev += d
		keys[i] = prev
	}
	m := &model{index: make(map[uint64]int32, n), weights: make([]float32, n*nLabels)}
	for i, k := range keys {
		m.index[k] = int32(i * nLabels)
	}
	q := make([]int16, n)
	for y := range nLabels {
		if err := binary.Read(r, binary.LittleEndian, q); err != nil {
			return nil, fmt.Errorf("ner model: weights: %w", err)
		}
		for i, v := range q {
			m.weights[i*nLabels+y] = float32(v) * scale
		}
	}
	return m, nil
}

// Example is one training sentence: its features and gold BIO labels.
type example struct {
	f    *sentFeats
	gold []int
}

// trainer is an averaged perceptron in the usual lazy-averaging form.
type trainer struct {
	w, total []float32
	stamp    []int32
	index    map[uint64]int32
	clock    int32
}

func newTrainer() *trainer { return &trainer{index: map[uint64]int32{}} }

func (t *trainer) off(f uint64, create bool) (int32, bool) {
	if off, ok := t.index[f]; ok {
		return off, true
	}
	if !create {
		return 0, false
	}
	off := int32(len(t.w))
	t.index[f] = off
	t.w = append(t.w, make([]float32, nLabels)...)
	t.total = append(t.total, make([]float32, nLabels)...)
	t.stamp = append(t.stamp, make([]int32, nLabels)...)
	return off, true
}

func (t *trainer) update(feats []uint64, y int, delta float32) {
	for _, f := range feats {
		off, _ := t.off(f, true)
		i := off + int32(y)
		t.total[i] += float32(t.clock-t.stamp[i]) * t.w[i]
		t.stamp[i] = t.clock
		t.w[i] += delta
	}
}

func (t *trainer) score(feats []uint64, scores *[nLabels]float32) {
	*scores = [nLabels]float32{}
	for _, f := range feats {
		off, ok := t.index[f]
		if !ok {
			continue
		}
		for y := range nLabels {
			scores[y] += t.w[off+int32(y)]
		}
	}
}

// average returns the averaged model, dropping features whose weights are
// all (near) zero.
func (t *trainer) average() *model {
	m := &model{index: map[uint64]int32{}}
	for f, off := range t.index {
		var ws [nLabels]float32
		keep := false
		for y := range nLabels {
			i := off + int32(y)
			tot := t.total[i] + float32(t.clock-t.stamp[i])*t.w[i]
			ws[y] = tot / float32(max(t.clock, 1))
			if math.Abs(float64(ws[y])) > 1e-3 {
				keep = true
			}
		}
		if keep {
			m.index[f] = int32(len(m.weights))
			m.weights = append(m.weights, ws[:]...)
		}
	}
	return m
}

// epoch runs one pass of perceptron training over the examples in a random order.
func (t *trainer) epoch(exs []example, rng *rand.Rand) {
	order := rng.Perm(len(exs))
	var feats []uint64
	for _, k := range order {
		ex := exs[k]
		prev, prev2 := 0, 0
		var sc [nLabels]float32
		for i := range ex.f.words {
			t.clock++
			gold := ex.gold[i]
			if !ex.f.needsModel(i, prev) && gold == 0 {
				prev2, prev = prev, 0
				continue
			}
			feats = ex.f.features(feats[:0], i, prev, prev2)
			t.score(feats, &sc)
			y, best := 0, float32(math.Inf(-1))
			for c := range nLabels {
				if allowed(prev, c) && sc[c] > best {
					best, y = sc[c], c
				}
			}
			if y != gold {
				t.update(feats, gold, 1)
				t.update(feats, y, -1)
			}
			// Teacher forcing: condition on the gold history.
			prev2, prev = prev, gold
		}
	}
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)) }
