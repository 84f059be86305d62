package resolve

import (
	"context"
	"slices"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// picker keeps the quads of readPreds among those it is given as refs, then
// reads their values, each once.
type picker struct {
	qs        graph.QuadStore
	predIndex map[any]int
	// predIDs are readPreds' refs in a key-value store (0 for a predicate
	// the store lacks), compared without hashing an interface; ids says
	// whether the store's refs are such ids.
	predIDs [16]ckv.Int64Value
	ids     bool
	refs    []pickedRef
}

type pickedRef struct {
	p       int
	s, o, l graph.Ref
}

func newPicker(qs graph.QuadStore) (*picker, error) {
	pk := &picker{qs: qs, predIndex: map[any]int{}, ids: len(readPreds) <= len(picker{}.predIDs)}
	for i, p := range readPreds {
		r, err := qs.ValueOf(p)
		if err != nil {
			return nil, err
		}
		if r == nil {
			continue
		}
		pk.predIndex[r.Key()] = i
		if id, ok := r.(ckv.Int64Value); ok && id != 0 && pk.ids {
			pk.predIDs[i] = id
		} else {
			pk.ids = false
		}
	}
	return pk, nil
}

func (pk *picker) ref(s, p, o, l graph.Ref) {
	if p == nil {
		return
	}
	if id, ok := p.(ckv.Int64Value); ok && pk.ids {
		for i := range readPreds {
			if pk.predIDs[i] == id {
				pk.refs = append(pk.refs, pickedRef{i, s, o, l})
				return
			}
		}
		return
	}
	if i, ok := pk.predIndex[p.Key()]; ok {
		pk.refs = append(pk.refs, pickedRef{i, s, o, l})
	}
}

func (pk *picker) reset() { pk.refs = nil }

// values returns the quads of the refs given since the last call, each
// distinct value read once (see refTable).
func (pk *picker) values() ([]picked, error) {
	t := newRefTable()
	nums := make([][3]int32, len(pk.refs))
	for j, x := range pk.refs {
		nums[j] = [3]int32{t.num(x.s), t.num(x.o), t.num(x.l)}
	}
	vals, err := t.values(pk.qs)
	if err != nil {
		return nil, err
	}
	out := make([]picked, len(pk.refs))
	for j, x := range pk.refs {
		n := nums[j]
		out[j] = picked{uint8(x.p), valueAt(vals, n[0]), valueAt(vals, n[1]), valueAt(vals, n[2])}
	}
	pk.refs = nil
	return out, nil
}

// refTable numbers distinct refs, then reads their values.
type refTable struct {
	index map[any]int32
	ids   map[ckv.Int64Value]int32 // a key-value store's refs, hashed as integers
	refs  []graph.Ref
}

func newRefTable() *refTable {
	return &refTable{index: map[any]int32{}, ids: map[ckv.Int64Value]int32{}}
}

// num returns the number of a ref, -1 for nil.
func (t *refTable) num(r graph.Ref) int32 {
	if r == nil {
		return -1
	}
	if id, ok := r.(ckv.Int64Value); ok {
		if i, ok := t.ids[id]; ok {
			return i
		}
		i := int32(len(t.refs))
		t.ids[id] = i
		t.refs = append(t.refs, r)
		return i
	}
	k := r.Key()
	if i, ok := t.index[k]; ok {
		return i
	}
	i := int32(len(t.refs))
	t.index[k] = i
	t.refs = append(t.refs, r)
	return i
}

// valueAt returns vals[i], nil for -1.
func valueAt(vals []quad.Value, i int32) quad.Value {
	if i < 0 {
		return nil
	}
	return vals[i]
}

// valuesBatch is the number of values refTable asks the store for at once.
const valuesBatch = 1 << 14

// values returns the value of each ref, by number: in batches
// (graph.ValuesOf: one transaction each in a key-value store, not one per
// value), in id order for a key-value store's refs, so that the log's
// pages are read in turn.
func (t *refTable) values(qs graph.QuadStore) ([]quad.Value, error) {
	t.index, t.ids = nil, nil
	order := make([]int32, len(t.refs))
	for i := range order {
		order[i] = int32(i)
	}
	id := func(i int32) ckv.Int64Value {
		x, _ := t.refs[i].(ckv.Int64Value)
		return x
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		x, y := id(a), id(b)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	})
	vals := make([]quad.Value, len(t.refs))
	batch := make([]graph.Ref, 0, valuesBatch)
	for from := 0; from < len(order); from += valuesBatch {
		to := min(from+valuesBatch, len(order))
		batch = batch[:0]
		for _, i := range order[from:to] {
			batch = append(batch, t.refs[i])
		}
		got, err := graph.ValuesOf(context.Background(), qs, batch)
		if err != nil {
			return nil, err
		}
		for j, i := range order[from:to] {
			vals[i] = got[j]
		}
	}
	return vals, nil
}
