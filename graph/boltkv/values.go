package boltkv

import (
	"hash/maphash"
	"unsafe"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// valueTable keeps a Build's distinct values, each once, by index. IRIs and
// strings, nearly all of a store's values, are kept as text in large chunks
// and found through an open-addressing table of integers: nothing in them
// for the garbage collector to follow, which otherwise marks every value of
// the load (a live heap of a hundred megabytes for the shared corpora) at
// each of its cycles. Other values are kept as they are.
type valueTable struct {
	refs   []valueRef
	text   [][]byte // chunks of textChunk bytes (a longer text has its own)
	others []quad.Value
	byVal  map[quad.Value]int32 // the others' indexes
	// slots holds, per used slot, a text value's tag (the high 32 bits of
	// its hash, which also place it) and its index+1; 0 is empty.
	slots []uint64
	used  int
	seed  maphash.Seed
}

// valueRef is where a value is: for IRIs and strings, its text in a chunk;
// for others, its index in others (off).
type valueRef struct {
	kind  uint8
	chunk uint32
	off   uint32
	n     uint32
}

const (
	kindIRI uint8 = iota + 1
	kindString
	kindOther
	textChunk = 1 << 20
)

func newValueTable() *valueTable {
	return &valueTable{byVal: map[quad.Value]int32{}, slots: make([]uint64, 1<<12), seed: maphash.MakeSeed()}
}

// index returns the index of v, adding it when it is new.
func (t *valueTable) index(v quad.Value) int32 {
	switch v := v.(type) {
	case quad.IRI:
		return t.textIndex(kindIRI, string(v))
	case quad.String:
		return t.textIndex(kindString, string(v))
	}
	i, ok := t.byVal[v]
	if !ok {
		i = int32(len(t.refs))
		t.refs = append(t.refs, valueRef{kind: kindOther, off: uint32(len(t.others))})
		t.others = append(t.others, v)
		t.byVal[v] = i
	}
	return i
}

func (t *valueTable) textIndex(kind uint8, s string) int32 {
	tag := uint32((maphash.String(t.seed, s) ^ uint64(kind)*0x9E3779B97F4A7C15) >> 32)
	mask := uint32(len(t.slots) - 1)
	for p := tag & mask; ; p = (p + 1) & mask {
		slot := t.slots[p]
		if slot == 0 {
			i := t.addText(kind, s)
			t.slots[p] = uint64(tag)<<32 | uint64(i+1)
			t.used++
			if 4*t.used >= 3*len(t.slots) {
				t.grow()
			}
			return i
		}
		if uint32(slot>>32) == tag {
			i := int32(uint32(slot) - 1)
			if r := t.refs[i]; r.kind == kind && t.textOf(r) == s {
				return i
			}
		}
	}
}

// addText stores a new text value and returns its index.
func (t *valueTable) addText(kind uint8, s string) int32 {
	var c []byte
	if k := len(t.text) - 1; k >= 0 && len(t.text[k])+len(s) <= cap(t.text[k]) {
		c = t.text[k]
	} else {
		c = make([]byte, 0, max(textChunk, len(s)))
		t.text = append(t.text, c)
	}
	k := len(t.text) - 1
	r := valueRef{kind: kind, chunk: uint32(k), off: uint32(len(c)), n: uint32(len(s))}
	t.text[k] = append(c, s...)
	t.refs = append(t.refs, r)
	return int32(len(t.refs) - 1)
}

// grow doubles the slots: a tag gives the slot as it did in the smaller table.
func (t *valueTable) grow() {
	old := t.slots
	t.slots = make([]uint64, 2*len(old))
	mask := uint32(len(t.slots) - 1)
	for _, slot := range old {
		if slot == 0 {
			continue
		}
		p := uint32(slot>>32) & mask
		for t.slots[p] != 0 {
			p = (p + 1) & mask
		}
		t.slots[p] = slot
	}
}

// textOf returns the text of an IRI or string; it shares the chunk's memory.
func (t *valueTable) textOf(r valueRef) string {
	if r.n == 0 {
		return ""
	}
	return unsafe.String(&t.text[r.chunk][r.off], r.n)
}

// len returns the number of values.
func (t *valueTable) len() int { return len(t.refs) }

// value returns the value at index i (for IRIs and strings, a string that
// shares the chunk's memory).
func (t *valueTable) value(i int32) quad.Value {
	switch r := t.refs[i]; r.kind {
	case kindIRI:
		return quad.IRI(t.textOf(r))
	case kindString:
		return quad.String(t.textOf(r))
	default:
		return t.others[r.off]
	}
}

// done lets the lookup structures go: no value is added after it.
func (t *valueTable) done() { t.slots, t.byVal = nil, nil }

// hash returns refs.HashOf of the value at index i.
func (t *valueTable) hash(h *hasher, i int32) refs.ValueHash {
	switch r := t.refs[i]; r.kind {
	case kindIRI:
		return h.hashIRI(t.textOf(r))
	case kindString:
		return h.hashString(t.textOf(r))
	default:
		return h.hash(t.others[r.off])
	}
}

// appendPrimitive appends the log entry of the value at index i (see
// appendNodePrimitive).
func (t *valueTable) appendPrimitive(p []byte, id uint64, ts int64, i int32) ([]byte, error) {
	switch r := t.refs[i]; r.kind {
	case kindIRI:
		return appendTextPrimitive(p, id, ts, 3, t.textOf(r), func() quad.Value { return quad.IRI(t.textOf(r)) })
	case kindString:
		return appendTextPrimitive(p, id, ts, 2, t.textOf(r), func() quad.Value { return quad.String(t.textOf(r)) })
	default:
		return appendNodePrimitive(p, id, ts, t.others[r.off])
	}
}
