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

	"github.com/newsgraph/newsgraph/loader/internal/modelfile"
)

// model is an averaged perceptron over hashed features: for every feature,
// one weight per label. A model being trained or averaged holds its
// weights in index and weights; a model read from a file (readModel) only
// in slots, which floats turns back into the other form for the tools
// that need it.
type model struct {
	index   map[uint64]int32 // feature -> offset into weights
	weights []float32        // nLabels per feature
	table   table            // the same index, for fast lookups
	// slots is the index of a read model with each feature's weights
	// inline: one or two cache lines per lookup instead of three (key,
	// offset, weights) in the tables above, which the model's lookups,
	// mostly out of the CPU's nearest caches, spend their time on.
	slots []slot
	mask  uint64
}

// slot is one entry of model.slots: a feature hash (0: empty) and its
// weights, each float32(q) * scale of its quantised weight q in the model
// file (48 bytes: the products made once, at load, where the sums of every
// lookup made them again; half the slots straddle two cache lines).
type slot struct {
	key uint64
	w   [nLabels]float32
}

// scratch buffers for one tagging call.
type scratch struct {
	feats []uint64
	delta [][nLabels]float32
	back  [][nLabels]int8
	mask  []bool
	// touched sums what touch read, so that its reads are not optimised
	// away.
	touched uint64
	// trans caches, for the read model transModel, the transition scores
	// of a token's (shape, gazetteer code, organisation run): what
	// viterbi adds for each previous label, computed as viterbi would
	// (the label bigram, then the transition features in order), so the
	// sums are the same. Few keys recur all the time ("Xx" after a
	// capitalised word), so most tokens look up one small map instead of
	// some twenty features in the model's large table.
	trans      map[transKey]*[nLabels][nLabels]float32
	transModel *model
}

// transKey is what transFeatures reads of a token.
type transKey struct {
	shape  uint64
	gz     byte
	orgEnd bool
}

// maxTransKeys bounds scratch.trans; it is emptied when full.
const maxTransKeys = 4096

var scratchPool = sync.Pool{New: func() any { return &scratch{feats: make([]uint64, 0, 64)} }}

// allowed reports whether label y may follow label prev in BIO: I-X only
// after B-X or I-X.
func allowed(prev, y int) bool {
	if y == 0 || y%2 == 1 {
		return true
	}
	return prev == y || prev == y-1
}

// follows[prev][y] is allowed(prev, y): viterbi asks it for every pair of
// labels at every token, and a table answers without the arithmetic.
var follows = func() (t [nLabels][nLabels]bool) {
	for prev := range nLabels {
		for y := range nLabels {
			t[prev][y] = allowed(prev, y)
		}
	}
	return t
}()

// weights looks up the weight vector of a feature (nil if unknown).
type weights interface {
	lookup(f uint64) []float32
}

func (m *model) lookup(f uint64) []float32 {
	if m.slots != nil {
		// A copy (the weights are quantised in the slots): the hot
		// paths read the slots themselves (addSlots, row).
		r, ok := m.slotRow(f)
		if !ok {
			return nil
		}
		return r[:]
	}
	if m.table.keys != nil {
		off := m.table.get(f)
		if off < 0 {
			return nil
		}
		return m.weights[off : off+nLabels : off+nLabels]
	}
	off, ok := m.index[f]
	if !ok {
		return nil
	}
	return m.weights[off : off+nLabels : off+nLabels]
}

// slotRow returns the weights of feature f from the slots, as the float
// weights readModel computed from the same quantised ones.
func (m *model) slotRow(f uint64) (r [nLabels]float32, ok bool) {
	if f == 0 {
		return r, false
	}
	for i := f & m.mask; ; i = (i + 1) & m.mask {
		sl := &m.slots[i]
		if sl.key == f {
			return sl.w, true
		}
		if sl.key == 0 {
			return r, false
		}
	}
}

// row returns the weights of feature f (ok false when unknown) without
// allocating.
func row(w weights, f uint64) (r [nLabels]float32, ok bool) {
	if m, isModel := w.(*model); isModel && m.slots != nil {
		return m.slotRow(f)
	}
	v := w.lookup(f)
	if v == nil {
		return r, false
	}
	copy(r[:], v)
	return r, true
}

// features returns the number of features the model keeps.
func (m *model) features() int {
	if m.slots == nil {
		return len(m.index)
	}
	n := 0
	for i := range m.slots {
		if m.slots[i].key != 0 {
			n++
		}
	}
	return n
}

// floats returns the model's index and float weights, built from the slots
// for a read model.
func (m *model) floats() (map[uint64]int32, []float32) {
	if m.slots == nil {
		return m.index, m.weights
	}
	index := make(map[uint64]int32, m.features())
	weights := make([]float32, 0, nLabels*m.features())
	for i := range m.slots {
		sl := &m.slots[i]
		if sl.key == 0 {
			continue
		}
		index[sl.key] = int32(len(weights))
		weights = append(weights, sl.w[:]...)
	}
	return index, weights
}

// table is an open-addressing hash table from feature hashes (already
// uniformly spread, so used as their own hash) to weight offsets: about
// three times faster than a Go map for this lookup-heavy use.
type table struct {
	keys []uint64
	vals []int32
	mask uint64
}

func newTable(index map[uint64]int32) table {
	size := 1
	for size < 2*len(index)+1 {
		size <<= 1
	}
	t := table{keys: make([]uint64, size), vals: make([]int32, size), mask: uint64(size - 1)}
	for k, v := range index {
		if k == 0 {
			continue // 0 marks an empty slot; a zero hash is dropped
		}
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *table) get(k uint64) int32 {
	i := k & t.mask
	for {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return -1
		}
		i = (i + 1) & t.mask
	}
}

func addScores(w weights, feats []uint64, scores *[nLabels]float32) {
	if m, ok := w.(*model); ok && m.slots != nil {
		m.addSlots(feats, scores)
		return
	}
	for _, f := range feats {
		if v := w.lookup(f); v != nil {
			for y := range nLabels {
				scores[y] += v[y]
			}
		}
	}
}

// addSlots is addScores over m.slots.
func (m *model) addSlots(feats []uint64, scores *[nLabels]float32) {
	slots, mask := m.slots, m.mask
	for _, f := range feats {
		if f == 0 {
			continue
		}
		for i := f & mask; ; i = (i + 1) & mask {
			sl := &slots[i]
			if sl.key == f {
				// Label by label, written out: a loop's counter and
				// addressing cost more instructions than the sums.
				w := &sl.w
				scores[0] += w[0]
				scores[1] += w[1]
				scores[2] += w[2]
				scores[3] += w[3]
				scores[4] += w[4]
				scores[5] += w[5]
				scores[6] += w[6]
				scores[7] += w[7]
				scores[8] += w[8]
				break
			}
			if sl.key == 0 {
				break
			}
		}
	}
}

// addSlots' sums are written out for nine labels: this fails to compile
// when nLabels changes.
var _ [nLabels - 9]struct{} = [9 - nLabels]struct{}{}

// touch reads the first slot of every feature and returns a sum of what it
// read (for the caller to keep, so that the reads stay). The reads are
// independent, so the CPU overlaps their cache misses, which the branches
// of addSlots' probes would serialise: addSlots then finds the slots in the
// nearest cache.
func touch(w weights, feats []uint64) uint64 {
	m, ok := w.(*model)
	if !ok || m.slots == nil {
		return 0
	}
	slots, mask := m.slots, m.mask
	var sum uint64
	for _, f := range feats {
		sum += slots[f&mask].key
	}
	return sum
}

var negInf = float32(math.Inf(-1))

// unreached is viterbi's row of scores before any path reaches a token.
var unreached = func() (r [nLabels]float32) {
	for y := range r {
		r[y] = negInf
	}
	return r
}()

// viterbi finds the best BIO label sequence for the sentence under w, into out.
// allow, when not nil, restricts token i to the labels of the bits of
// allow[i] (training on partly labelled sentences).
func viterbi(w weights, f *sentFeats, out []int, sc *scratch, allow []uint16) {
	n := len(f.words)
	if cap(sc.delta) < n {
		sc.delta = make([][nLabels]float32, n)
		sc.back = make([][nLabels]int8, n)
		sc.mask = make([]bool, n)
	}
	delta, back, mask := sc.delta[:n], sc.back[:n], sc.mask[:n]
	f.scoredMask(mask)
	var bigram [nLabels][nLabels]float32
	for p := range nLabels {
		if v, ok := row(w, bigramFeature(p)); ok {
			bigram[p] = v
		}
	}
	for i := range n {
		delta[i], back[i] = unreached, [nLabels]int8{}
		if !mask[i] {
			// O, from the best previous state.
			best, arg := float32(0), 0
			if i > 0 {
				best = negInf
				for p := range nLabels {
					if delta[i-1][p] > best {
						best, arg = delta[i-1][p], p
					}
				}
			}
			delta[i][0], back[i][0] = best, int8(arg)
			continue
		}
		// The token's features, then, unless the transition scores are
		// cached, those of each previous label p at
		// sc.feats[trans[p]:trans[p+1]].
		sc.feats = f.features(sc.feats[:0], i)
		var trans [nLabels + 1]int
		trans[0] = len(sc.feats)
		cached := sc.cachedTrans(w, f, i)
		if cached == nil {
			for p := range nLabels {
				sc.feats = f.transFeatures(sc.feats, i, p)
				trans[p+1] = len(sc.feats)
			}
		}
		sc.touched += touch(w, sc.feats)
		var emit [nLabels]float32
		addScores(w, sc.feats[:trans[0]], &emit)
		for p := range nLabels {
			prevScore := float32(0)
			if i > 0 {
				prevScore = delta[i-1][p]
			} else if p != 0 {
				continue
			}
			if prevScore == negInf {
				continue
			}
			var t [nLabels]float32
			if cached != nil {
				t = cached[p]
			} else {
				t = bigram[p]
				addScores(w, sc.feats[trans[p]:trans[p+1]], &t)
			}
			after := &follows[p]
			for y := range nLabels {
				if !after[y] || allow != nil && allow[i]&(1<<y) == 0 {
					continue
				}
				if v := prevScore + emit[y] + t[y]; v > delta[i][y] {
					delta[i][y], back[i][y] = v, int8(p)
				}
			}
		}
	}
	best, y := negInf, 0
	for c := range nLabels {
		if delta[n-1][c] > best {
			best, y = delta[n-1][c], c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = y
		y = int(back[i][y])
	}
}

// cachedTrans returns the transition scores of token i (per previous label
// p: the bigram's weights of p plus those of the transition features of i
// after p, added in viterbi's order), from sc.trans or computed into it;
// nil when w is not a read model (a model in training changes).
func (sc *scratch) cachedTrans(w weights, f *sentFeats, i int) *[nLabels][nLabels]float32 {
	m, ok := w.(*model)
	if !ok || m.slots == nil {
		return nil
	}
	if sc.transModel != m || len(sc.trans) >= maxTransKeys {
		sc.trans, sc.transModel = make(map[transKey]*[nLabels][nLabels]float32, 256), m
	}
	key := transKey{f.shapes[i], f.gz(i), f.orgEnd[i]}
	if t, ok := sc.trans[key]; ok {
		return t
	}
	t := new([nLabels][nLabels]float32)
	var feats [3]uint64
	for p := range nLabels {
		if v, ok := row(w, bigramFeature(p)); ok {
			t[p] = v
		}
		m.addSlots(f.transFeatures(feats[:0], i, p), &t[p])
	}
	sc.trans[key] = t
	return t
}

// tag predicts BIO labels (indices into labels).
func (m *model) tag(f *sentFeats, out []int) {
	if len(f.words) == 0 {
		return
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	viterbi(m, f, out, sc, nil)
}

// Model file layout (gzip): "NER1", uint32 feature count, then per feature
// a uint64 hash and nLabels float32 weights quantised to int16 with one
// float32 scale for the whole file.

func (m *model) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	index, weights := m.floats()
	keys := make([]uint64, 0, len(index))
	var maxAbs float32
	for k, off := range index {
		keys = append(keys, k)
		for _, v := range weights[off : off+nLabels] {
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
	modelfile.WriteKeys(&buf, keys)
	for y := range nLabels {
		for _, k := range keys {
			v := weights[index[k]+int32(y)]
			binary.Write(&buf, binary.LittleEndian, int16(math.Round(float64(v/scale))))
		}
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

func readModel(data []byte) (*model, error) {
	b, err := modelfile.Open(data, "NER1")
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if len(b) < 8 {
		return nil, errors.New("ner model: truncated")
	}
	n := int(binary.LittleEndian.Uint32(b))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	keys, rest, err := modelfile.ReadKeys(b[8:], n)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	r := bytes.NewReader(rest)
	m := &model{}
	qs := make([]int16, n*nLabels) // label-major, as in the file
	for y := range nLabels {
		q := qs[y*n : (y+1)*n]
		if err := binary.Read(r, binary.LittleEndian, q); err != nil {
			return nil, fmt.Errorf("ner model: weights: %w", err)
		}
	}
	m.slots, m.mask = newSlots(keys, qs, scale)
	return m, nil
}

// newSlots builds model.slots from the file's keys and label-major
// quantised weights, at a load factor of at most one half.
func newSlots(keys []uint64, qs []int16, scale float32) ([]slot, uint64) {
	n := len(keys)
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	slots := make([]slot, size)
	mask := uint64(size - 1)
	for i, k := range keys {
		if k == 0 {
			continue // 0 marks an empty slot, as in table
		}
		j := k & mask
		for slots[j].key != 0 && slots[j].key != k {
			j = (j + 1) & mask
		}
		slots[j].key = k
		for y := range nLabels {
			slots[j].w[y] = float32(qs[y*n+i]) * scale
		}
	}
	return slots, mask
}

// Example is one training sentence: its features and gold BIO labels.
type example struct {
	f    *sentFeats
	gold []int
	// allow, for a partly labelled sentence, holds each token's allowed
	// labels as bits (see viterbi); gold is then found under them.
	allow []uint16
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

func (t *trainer) lookup(f uint64) []float32 {
	off, ok := t.index[f]
	if !ok {
		return nil
	}
	return t.w[off : off+nLabels : off+nLabels]
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

// epoch runs one pass of structured-perceptron training over the examples
// in a random order: decode with the current weights, and where the best
// sequence differs from the gold one, reward the gold features and penalise
// the predicted ones.
func (t *trainer) epoch(exs []example, rng *rand.Rand) {
	order := rng.Perm(len(exs))
	sc := &scratch{}
	var feats []uint64
	for _, k := range order {
		ex := exs[k]
		n := len(ex.f.words)
		if n == 0 {
			continue
		}
		t.clock++
		gold := ex.gold
		if ex.allow != nil {
			// Partly labelled: the gold is the best sequence the
			// labels allow under the current weights.
			gold = make([]int, n)
			viterbi(t, ex.f, gold, sc, ex.allow)
		}
		pred := make([]int, n)
		viterbi(t, ex.f, pred, sc, nil)
		mask := sc.mask[:n]
		for i := range n {
			if !mask[i] {
				continue
			}
			gp, pp := 0, 0
			if i > 0 {
				gp, pp = gold[i-1], pred[i-1]
			}
			gy, py := gold[i], pred[i]
			if gy == py && gp == pp {
				continue
			}
			if gy != py {
				feats = ex.f.features(feats[:0], i)
				t.update(feats, gy, 1)
				t.update(feats, py, -1)
			}
			feats = append(ex.f.transFeatures(feats[:0], i, gp), bigramFeature(gp))
			t.update(feats, gy, 1)
			feats = append(ex.f.transFeatures(feats[:0], i, pp), bigramFeature(pp))
			t.update(feats, py, -1)
		}
	}
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)) }
