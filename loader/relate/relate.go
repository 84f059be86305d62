// Package relate finds relations between two mentions of one sentence, with
// the CoNLL04 relation types:
//
//	Work_For    Person → Organization   "Ned Price, a spokesman for the State Department"
//	Live_In     Person → Place          "Wendy Sherman of Washington"
//	Located_In  Place → Place           "Basra in southern Iraq", "Geneva, Switzerland"
//	OrgBased_In Organization → Place    "the Geneva-based WHO"
//	Kill        Person → Person         "Oswald shot Kennedy"
//
// A pair classifier (an averaged perceptron trained on the CoNLL04 training
// split, see ./train and model.bin.gz) scores every pair of mentions whose
// labels fit a type, with features of the words between them, their order and
// distance, their classes and the words around them; pairs scoring above a
// threshold tuned for precision on the dev split are kept. Find is safe for
// concurrent use.
//
//go:generate go run ./train -out model.bin.gz
package relate

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/internal/modelfile"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Relation types.
const (
	WorkFor    = "Work_For"
	LiveIn     = "Live_In"
	LocatedIn  = "Located_In"
	OrgBasedIn = "OrgBased_In"
	Kill       = "Kill"
)

// Relation is a typed, directed link between two mentions: Head and Tail
// index the mentions slice given to Find.
type Relation struct {
	Head, Tail int
	Type       string
	Score      float32 // classifier margin; higher is surer
}

// TypeFor returns the relation type a head and tail label pair can hold ("" if none).
func TypeFor(head, tail ner.Label) string {
	switch {
	case head == ner.Person && tail == ner.Organization:
		return WorkFor
	case head == ner.Person && tail == ner.Place:
		return LiveIn
	case head == ner.Place && tail == ner.Place:
		return LocatedIn
	case head == ner.Organization && tail == ner.Place:
		return OrgBasedIn
	case head == ner.Person && tail == ner.Person:
		return Kill
	}
	return ""
}

// maxGap is the largest number of tokens between two mentions considered.
const maxGap = 25

//go:embed model.bin.gz
var modelData []byte

var loadModel = sync.OnceValues(func() (*Model, error) { return ReadModel(modelData) })

// Find returns the relations between the mentions ms of sentence s, ordered
// by head and tail.
func Find(s nlp.Sentence, ms []ner.Mention) []Relation {
	m, err := loadModel()
	if err != nil {
		panic("relate: embedded model: " + err.Error())
	}
	return m.Find(s, ms)
}

// Model is a trained pair classifier.
type Model struct {
	w         map[uint64]float32
	table     weightTable // w, for lookups, in a model read by ReadModel
	Threshold float32     // pairs must score above it
}

// weightTable is a model's weights by feature hash in open addressing, the
// hashes (spread already) used as their own: the weight sits next to its
// key, one read a feature where a Go map reads a control word and a slot.
type weightTable struct {
	slots []weightSlot // key 0: empty
	mask  uint64
	zero  float32 // the weight of the feature hashed to 0, if any
}

type weightSlot struct {
	key uint64
	w   float32
}

func newWeightTable(w map[uint64]float32) weightTable {
	size := 1
	for size < 2*len(w)+1 {
		size <<= 1
	}
	t := weightTable{slots: make([]weightSlot, size), mask: uint64(size - 1)}
	for k, v := range w {
		if k == 0 {
			t.zero = v
			continue
		}
		i := k & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = weightSlot{k, v}
	}
	return t
}

// weight returns the weight of feature f, 0 when the model has none.
func (m *Model) weight(f uint64) float32 {
	t := &m.table
	if t.slots == nil {
		return m.w[f]
	}
	if f == 0 {
		return t.zero
	}
	for i := f & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case f:
			return t.slots[i].w
		case 0:
			return 0
		}
	}
}

// Find returns the relations the model finds between the mentions.
func (m *Model) Find(s nlp.Sentence, ms []ner.Mention) []Relation {
	var out []Relation
	var feats []uint64
	bad := func(m ner.Mention) bool { return m.Start < 0 || m.End > len(s.Tokens) || m.Start >= m.End }
	idx := newMentionIndex(ms)
	var tails []int
	for h := range ms {
		if bad(ms[h]) {
			continue
		}
		// Only mentions within maxGap tokens can pair with h, so a sentence
		// with thousands of names costs linear, not quadratic, time.
		tails = idx.near(ms[h], tails[:0])
		for _, t := range tails {
			if h == t || bad(ms[t]) {
				continue
			}
			typ := TypeFor(ms[h].Label, ms[t].Label)
			if typ == "" || gap(ms[h], ms[t]) > maxGap {
				continue
			}
			feats = pairFeaturesCounted(feats[:0], s, ms, h, t, typ, idx.between)
			var sc float32
			for _, f := range feats {
				sc += m.weight(f)
			}
			if sc > m.Threshold {
				out = append(out, Relation{Head: h, Tail: t, Type: typ, Score: sc})
			}
		}
	}
	return prune(out, ms)
}

// mentionIndex orders mentions by their first token, to find the mentions
// near one mention, or between two, without scanning them all.
type mentionIndex struct {
	ms     []ner.Mention
	order  []int // indices into ms, by Start
	maxLen int   // longest mention, in tokens
}

func newMentionIndex(ms []ner.Mention) *mentionIndex {
	x := &mentionIndex{ms: ms, order: make([]int, len(ms))}
	for i, m := range ms {
		x.order[i] = i
		x.maxLen = max(x.maxLen, m.End-m.Start)
	}
	sort.SliceStable(x.order, func(a, b int) bool { return ms[x.order[a]].Start < ms[x.order[b]].Start })
	return x
}

// firstFrom is the position in order of the first mention starting at or
// after token k.
func (x *mentionIndex) firstFrom(k int) int {
	return sort.Search(len(x.order), func(i int) bool { return x.ms[x.order[i]].Start >= k })
}

// near appends, in increasing index order, the mentions that may lie within
// maxGap tokens of m.
func (x *mentionIndex) near(m ner.Mention, dst []int) []int {
	from := x.firstFrom(m.Start - maxGap - x.maxLen)
	for i := from; i < len(x.order) && x.ms[x.order[i]].Start <= m.End+maxGap; i++ {
		dst = append(dst, x.order[i])
	}
	sort.Ints(dst)
	return dst
}

// between counts the mentions lying wholly in tokens [from, to).
func (x *mentionIndex) between(from, to int) int {
	n := 0
	for i := x.firstFrom(from); i < len(x.order) && x.ms[x.order[i]].Start < to; i++ {
		if x.ms[x.order[i]].End <= to {
			n++
		}
	}
	return n
}

// prune keeps, for a one-to-one type like Kill or Located_In with the same
// head and tail reversed, only the better direction.
func prune(rs []Relation, ms []ner.Mention) []Relation {
	out := rs[:0]
	for i, r := range rs {
		keep := true
		for j, o := range rs {
			if i != j && o.Type == r.Type && o.Head == r.Tail && o.Tail == r.Head && (o.Score > r.Score || o.Score == r.Score && j < i) {
				keep = false
			}
		}
		if keep {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Head != out[j].Head {
			return out[i].Head < out[j].Head
		}
		return out[i].Tail < out[j].Tail
	})
	return out
}

func gap(a, b ner.Mention) int {
	if a.End <= b.Start {
		return b.Start - a.End
	}
	if b.End <= a.Start {
		return a.Start - b.End
	}
	return 0
}

type hasher uint64

func (h hasher) b(c byte) hasher   { return (h ^ hasher(c)) * 1099511628211 }
func (h hasher) s(s string) hasher { return h.w(s).b(0xff) }

// w hashes the bytes of s, ASCII letters folded to lower case, without the
// end mark s adds: h.w(a).w(b).s("") is h.s(a + b).
func (h hasher) w(s string) hasher {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ hasher(c)) * 1099511628211
	}
	return h
}

// hasSuffixLower is strings.HasSuffix(strings.ToLower(s), suffix) for a
// suffix in lower-case ASCII, without lowering an ASCII s.
func hasSuffixLower(s, suffix string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.HasSuffix(strings.ToLower(s), suffix)
		}
	}
	if len(s) < len(suffix) {
		return false
	}
	tail := s[len(s)-len(suffix):]
	for i := 0; i < len(suffix); i++ {
		c := tail[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

// lowerWord hashes strings.ToLower(s) as w does: w folds ASCII letters
// itself, so only a word with other bytes needs lowering first.
func (h hasher) lowerWord(s string) hasher {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return h.w(strings.ToLower(s))
		}
	}
	return h.w(s)
}

// fnvOffset is the FNV-1a offset basis, the hash of nothing.
const fnvOffset = 14695981039346656037

// tmpl is the hash a feature of template n of relation typ starts with.
func tmpl(typ string, n byte) hasher { return hasher(fnvOffset).s(typ).b(n) }

// pairFeatures appends the features of the pair (ms[h], ms[t]) as relation typ.
func pairFeatures(dst []uint64, s nlp.Sentence, ms []ner.Mention, h, t int, typ string) []uint64 {
	count := func(from, to int) int {
		n := 0
		for _, m := range ms {
			if m.Start >= from && m.End <= to {
				n++
			}
		}
		return n
	}
	return pairFeaturesCounted(dst, s, ms, h, t, typ, count)
}

// pairFeaturesCounted is pairFeatures with the count of mentions lying wholly
// in a token range given by the caller.
func pairFeaturesCounted(dst []uint64, s nlp.Sentence, ms []ner.Mention, h, t int, typ string, mentionsIn func(from, to int) int) []uint64 {
	toks := s.Tokens
	a, b := ms[h], ms[t]
	forward := a.End <= b.Start
	left, right := a, b
	dir := byte('F')
	if !forward {
		left, right, dir = b, a, 'B'
	}
	add := func(x hasher) { dst = append(dst, uint64(x)) }
	// Every feature starts with the hash of its template, typ then a
	// number (tmpl(typ, n)): typ is hashed once for the pair, not once a
	// feature.
	typed := hasher(fnvOffset).s(typ)
	template := func(n byte) hasher { return typed.b(n) }
	add(template(0))
	add(template(1).b(dir))
	g := gap(a, b)
	bucket := byte(g)
	if g > 5 {
		bucket = 6
	}
	if g > 10 {
		bucket = 7
	}
	add(template(2).b(dir).b(bucket))
	add(template(3).s(a.Class).s(b.Class))
	add(template(4).s(toks[a.End-1].Text))
	add(template(5).s(toks[b.End-1].Text))
	// Words between; the words in lower case, each followed by a space,
	// hashed as they come (template 10).
	between := template(10).b(dir)
	nVerbs, nMentions := 0, 0
	word, prefix, verb, bigram := template(6).b(dir), template(7).b(dir), template(8).b(dir), template(9).b(dir)
	for k := left.End; k < right.Start; k++ {
		w := toks[k]
		add(word.s(w.Text))
		if len(w.Text) > 4 {
			add(prefix.s(w.Text[:4]))
		}
		if strings.HasPrefix(w.Tag, "VB") {
			nVerbs++
			add(verb.s(w.Text))
		}
		if g <= 6 {
			between = between.lowerWord(w.Text).b(' ')
		}
		if k+1 < right.Start {
			add(bigram.s(w.Text).s(toks[k+1].Text))
		}
	}
	nMentions = mentionsIn(left.End, right.Start)
	if g <= 6 {
		add(between.b(0xff))
	}
	if g > 0 {
		add(template(11).b(dir).s(toks[left.End].Text))
		add(template(12).b(dir).s(toks[right.Start-1].Text))
	}
	add(template(13).b(dir).b(byte(min(nVerbs, 3))))
	add(template(14).b(dir).b(byte(min(nMentions, 3))))
	// Around the pair.
	if left.Start > 0 {
		add(template(15).b(dir).s(toks[left.Start-1].Text))
	}
	if right.End < len(toks) {
		add(template(16).b(dir).s(toks[right.End].Text))
	}
	if left.Start > 1 {
		add(template(17).b(dir).s(toks[left.Start-2].Text).s(toks[left.Start-1].Text))
	}
	// Inside the mentions: "Geneva-based", "U.S. Embassy".
	for k := a.Start; k < a.End; k++ {
		if hasSuffixLower(toks[k].Text, "-based") {
			add(template(18))
		}
	}
	// POS pattern between, compressed.
	if g <= 8 {
		pb := template(19).b(dir)
		last := ""
		for k := left.End; k < right.Start; k++ {
			tg := toks[k].Tag
			if len(tg) > 2 {
				tg = tg[:2]
			}
			if tg != last {
				pb = pb.w(tg).b(' ')
				last = tg
			}
		}
		add(pb.b(0xff))
	}
	add(template(20).b(dir).b(byte(min(nVerbs, 1))).b(bucket))
	return dst
}

// Model file layout (gzip): "REL1", float32 threshold, uint32 count, then
// delta-encoded uvarint hashes and float32 weights.

// WriteTo writes the model in the format model.bin.gz embeds.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	keys := make([]uint64, 0, len(m.w))
	for k, v := range m.w {
		if math.Abs(float64(v)) > 1e-4 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var buf bytes.Buffer
	buf.WriteString("REL1")
	binary.Write(&buf, binary.LittleEndian, m.Threshold)
	binary.Write(&buf, binary.LittleEndian, uint32(len(keys)))
	modelfile.WriteKeys(&buf, keys)
	for _, k := range keys {
		binary.Write(&buf, binary.LittleEndian, m.w[k])
	}
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	zw.Write(buf.Bytes())
	if err := zw.Close(); err != nil {
		return 0, err
	}
	return out.WriteTo(w)
}

// ReadModel reads a model written by WriteTo.
func ReadModel(data []byte) (*Model, error) {
	b, err := modelfile.Open(data, "REL1")
	if err != nil {
		return nil, fmt.Errorf("relate model: %w", err)
	}
	if len(b) < 8 {
		return nil, errors.New("relate model: truncated")
	}
	n := int(binary.LittleEndian.Uint32(b[4:]))
	m := &Model{Threshold: math.Float32frombits(binary.LittleEndian.Uint32(b)), w: make(map[uint64]float32, min(n, len(b)))}
	keys, rest, err := modelfile.ReadKeys(b[8:], n)
	if err != nil {
		return nil, fmt.Errorf("relate model: %w", err)
	}
	ws := make([]float32, n)
	if err := binary.Read(bytes.NewReader(rest), binary.LittleEndian, ws); err != nil {
		return nil, fmt.Errorf("relate model: %w", err)
	}
	for i, k := range keys {
		m.w[k] = ws[i]
	}
	m.table = newWeightTable(m.w)
	return m, nil
}

// Example is a training sentence: tagged tokens, gold mentions and relations.
type Example struct {
	Sentence  nlp.Sentence
	Mentions  []ner.Mention
	Relations []Relation
}

type pairEx struct {
	feats []uint64
	gold  bool
}

// Trainer trains a Model with the averaged perceptron.
type Trainer struct {
	exs    []pairEx
	w, tot map[uint64]float32
	stamp  map[uint64]int
	clock  int
}

// NewTrainer extracts the candidate pairs of the examples.
func NewTrainer(exs []Example) *Trainer {
	tr := &Trainer{w: map[uint64]float32{}, tot: map[uint64]float32{}, stamp: map[uint64]int{}}
	for _, ex := range exs {
		gold := map[[2]int]string{}
		for _, r := range ex.Relations {
			gold[[2]int{r.Head, r.Tail}] = r.Type
		}
		for h := range ex.Mentions {
			for t := range ex.Mentions {
				if h == t {
					continue
				}
				typ := TypeFor(ex.Mentions[h].Label, ex.Mentions[t].Label)
				if typ == "" || gap(ex.Mentions[h], ex.Mentions[t]) > maxGap {
					continue
				}
				f := pairFeatures(nil, ex.Sentence, ex.Mentions, h, t, typ)
				tr.exs = append(tr.exs, pairEx{feats: f, gold: gold[[2]int{h, t}] == typ})
			}
		}
	}
	return tr
}

// Epoch runs one pass over the pairs in an order fixed by seed.
func (tr *Trainer) Epoch(seed uint64) {
	order := make([]int, len(tr.exs))
	for i := range order {
		order[i] = i
	}
	// Fisher-Yates with a small LCG, for reproducibility without math/rand state.
	x := seed*6364136223846793005 + 1442695040888963407
	for i := len(order) - 1; i > 0; i-- {
		x = x*6364136223846793005 + 1442695040888963407
		j := int((x >> 33) % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
	for _, k := range order {
		ex := tr.exs[k]
		tr.clock++
		var sc float32
		for _, f := range ex.feats {
			sc += tr.w[f]
		}
		if (sc > 0) != ex.gold {
			d := float32(1)
			if !ex.gold {
				d = -1
			}
			for _, f := range ex.feats {
				tr.tot[f] += float32(tr.clock-tr.stamp[f]) * tr.w[f]
				tr.stamp[f] = tr.clock
				tr.w[f] += d
			}
		}
	}
}

// Model returns the averaged model with the given threshold.
func (tr *Trainer) Model(threshold float32) *Model {
	m := &Model{w: make(map[uint64]float32, len(tr.w)), Threshold: threshold}
	for f, w := range tr.w {
		tot := tr.tot[f] + float32(tr.clock-tr.stamp[f])*w
		m.w[f] = tot / float32(max(tr.clock, 1))
	}
	return m
}
