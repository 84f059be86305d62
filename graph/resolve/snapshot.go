package resolve

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// readPreds are the predicates of the quads resolution reads: an entity's
// types and names, the record of its moves, the articles' dates and the
// facts of unnamed events.
var readPreds = []quad.IRI{vocab.Type, vocab.Name, vocab.AlternateName, vocab.OtherName, vocab.MergedFrom, vocab.DatePublished,
	vocab.Attendee, vocab.Organizer, vocab.Location, vocab.StartDate}

// picked is one quad of readPreds: its predicate (an index in readPreds)
// and its values.
type picked struct {
	p       uint8
	s, o, l quad.Value
}

// reading is what resolution read of a store: the quads of readPreds, and
// for a bolt store the State they are of.
type reading struct {
	quads []picked
	bolt  bool
	state boltkv.State
	// From the snapshot a resolution left in the store: how many quads
	// were read from it, and how many were added since.
	snapshot, since int
}

// snapshotKey is the side key (boltkv.Side) of the snapshot: the quads of
// readPreds as they were after the last resolution, stamped with the
// store's State then. The next resolution reads the snapshot and the quads
// added since (the log past its horizon) instead of the whole store, when
// no quad of it was deleted since; otherwise (an article replaced, quads
// deleted by hand) it reads the whole store, as without a snapshot.
const snapshotKey = "resolve/quads"

// snapshotMagic starts a snapshot; its version changes with readPreds or
// the encoding.
const snapshotMagic = "ng-resolve-quads/1\n"

// collect reads the quads of readPreds: from the snapshot and the log past
// it when it still holds, else from the whole store.
func collect(ctx context.Context, qs graph.QuadStore) (*reading, error) {
	pick, err := newPicker(qs)
	if err != nil {
		return nil, err
	}
	r := &reading{}
	if _, ok, err := boltkv.StateOf(qs); err != nil {
		return nil, err
	} else if ok {
		r.bolt = true
		blob, err := boltkv.Side(qs, snapshotKey)
		if err != nil {
			return nil, err
		}
		if old, st, err := decodeSnapshot(blob); err == nil {
			now, holds, err := boltkv.Since(ctx, qs, st, pick.ref)
			if err != nil {
				return nil, err
			}
			if holds {
				tail, err := pick.values()
				if err != nil {
					return nil, err
				}
				r.quads = append(old, tail...)
				r.state, r.snapshot, r.since = now, len(old), len(tail)
				return r, nil
			}
			pick.reset()
		}
		// The state before the scan: a bolt store is not written while
		// resolution holds it.
		st, _, err := boltkv.StateOf(qs)
		if err != nil {
			return nil, err
		}
		r.state = st
	}
	if err := boltkv.EachQuad(ctx, qs, pick.ref); err != nil {
		return nil, err
	}
	r.quads, err = pick.values()
	return r, err
}

// saveSnapshot stores the snapshot of a bolt store after a resolution that
// read r and then deleted dels and added quads (the store's quads of
// readPreds are r's without dels, and the new ones past r's horizon). It
// writes nothing when the snapshot already holds and nothing changed.
func saveSnapshot(ctx context.Context, qs graph.QuadStore, r *reading, dels []quad.Quad) error {
	if !r.bolt {
		return nil
	}
	gone := map[picked]bool{}
	goneSubj := map[quad.IRI]bool{}
	for _, q := range dels {
		if i := predIndexOf(q.Predicate); i >= 0 {
			gone[picked{uint8(i), q.Subject, q.Object, q.Label}] = true
			if s, ok := q.Subject.(quad.IRI); ok {
				goneSubj[s] = true
			}
		}
	}
	quads := r.quads
	if len(gone) > 0 {
		kept := make([]picked, 0, len(quads))
		for _, x := range quads {
			// Most quads' subjects lose none: one lookup of an IRI.
			if s, ok := x.s.(quad.IRI); ok && !goneSubj[s] || !gone[x] {
				kept = append(kept, x)
			}
		}
		quads = kept
	}
	pick, err := newPicker(qs)
	if err != nil {
		return err
	}
	now, _, err := boltkv.Since(ctx, qs, r.state, pick.ref)
	if err != nil {
		return err
	}
	added, err := pick.values()
	if err != nil {
		return err
	}
	if now.Horizon == 0 {
		return nil // an empty store stays as it is (a load may write it anew)
	}
	if r.snapshot > 0 && r.since == 0 && len(gone) == 0 && len(added) == 0 && now == r.state {
		return nil
	}
	quads = append(quads, added...)
	return boltkv.PutSide(qs, snapshotKey, encodeSnapshot(quads, now))
}

func predIndexOf(p quad.Value) int {
	for i, x := range readPreds {
		if p == x {
			return i
		}
	}
	return -1
}

// picker keeps the quads of readPreds among those it is given as refs, then
// reads their values, each once.
type picker struct {
	qs        graph.QuadStore
	predIndex map[any]int
	refs      []pickedRef
}

type pickedRef struct {
	p       int
	s, o, l graph.Ref
}

func newPicker(qs graph.QuadStore) (*picker, error) {
	pk := &picker{qs: qs, predIndex: map[any]int{}}
	for i, p := range readPreds {
		r, err := qs.ValueOf(p)
		if err != nil {
			return nil, err
		}
		if r != nil {
			pk.predIndex[r.Key()] = i
		}
	}
	return pk, nil
}

func (pk *picker) ref(s, p, o, l graph.Ref) {
	if p == nil {
		return
	}
	if i, ok := pk.predIndex[p.Key()]; ok {
		pk.refs = append(pk.refs, pickedRef{i, s, o, l})
	}
}

func (pk *picker) reset() { pk.refs = nil }

func (pk *picker) values() ([]picked, error) {
	values := map[any]quad.Value{}
	value := func(r graph.Ref) (quad.Value, error) {
		if r == nil {
			return nil, nil
		}
		k := r.Key()
		if v, ok := values[k]; ok {
			return v, nil
		}
		v, err := pk.qs.NameOf(r)
		if err != nil {
			return nil, err
		}
		values[k] = v
		return v, nil
	}
	out := make([]picked, 0, len(pk.refs))
	for _, x := range pk.refs {
		s, err := value(x.s)
		if err != nil {
			return nil, err
		}
		o, err := value(x.o)
		if err != nil {
			return nil, err
		}
		l, err := value(x.l)
		if err != nil {
			return nil, err
		}
		out = append(out, picked{uint8(x.p), s, o, l})
	}
	pk.refs = nil
	return out, nil
}

// The snapshot's encoding: the magic line, the predicates' IRIs (one a
// line, then an empty line), the State (two uvarints), the values (a
// uvarint count, then each as a kind byte and uvarint-prefixed bytes: 'I'
// an IRI, 'S' a plain string, 'V' any other value in pquads' encoding), and
// the quads (a uvarint count, then each as its predicate's index and its
// subject's, object's and label's value numbers, 0 for none, one past the
// value's index otherwise).
func encodeSnapshot(quads []picked, st boltkv.State) []byte {
	var b []byte
	b = append(b, snapshotMagic...)
	for _, p := range readPreds {
		b = append(b, string(p)...)
		b = append(b, '\n')
	}
	b = append(b, '\n')
	b = binary.AppendUvarint(b, uint64(st.Horizon))
	b = binary.AppendUvarint(b, uint64(st.Size))
	// Most values are IRIs and strings, whose maps hash the string alone.
	iris, strs, others := map[quad.IRI]uint64{}, map[quad.String]uint64{}, map[quad.Value]uint64{}
	var vals []quad.Value
	num := func(v quad.Value) uint64 {
		var n uint64
		var ok bool
		switch v := v.(type) {
		case nil:
			return 0
		case quad.IRI:
			if n, ok = iris[v]; !ok {
				n = uint64(len(vals)) + 1
				iris[v] = n
			}
		case quad.String:
			if n, ok = strs[v]; !ok {
				n = uint64(len(vals)) + 1
				strs[v] = n
			}
		default:
			if n, ok = others[v]; !ok {
				n = uint64(len(vals)) + 1
				others[v] = n
			}
		}
		if !ok {
			vals = append(vals, v)
		}
		return n
	}
	tuples := make([]uint64, 0, 3*len(quads))
	for _, x := range quads {
		tuples = append(tuples, num(x.s), num(x.o), num(x.l))
	}
	b = binary.AppendUvarint(b, uint64(len(vals)))
	for _, v := range vals {
		var kind byte
		var data []byte
		switch v := v.(type) {
		case quad.IRI:
			kind, data = 'I', []byte(v)
		case quad.String:
			kind, data = 'S', []byte(v)
		default:
			var err error
			if data, err = pquads.MarshalValue(v); err != nil {
				// Not stored as it is: the snapshot would not hold.
				return nil
			}
			kind = 'V'
		}
		b = append(b, kind)
		b = binary.AppendUvarint(b, uint64(len(data)))
		b = append(b, data...)
	}
	b = binary.AppendUvarint(b, uint64(len(quads)))
	for i, x := range quads {
		b = append(b, x.p)
		b = binary.AppendUvarint(b, tuples[3*i])
		b = binary.AppendUvarint(b, tuples[3*i+1])
		b = binary.AppendUvarint(b, tuples[3*i+2])
	}
	return b
}

var errSnapshot = errors.New("resolution snapshot: not of this version, or damaged")

func decodeSnapshot(b []byte) ([]picked, boltkv.State, error) {
	var st boltkv.State
	head := snapshotMagic
	for _, p := range readPreds {
		head += string(p) + "\n"
	}
	head += "\n"
	if len(b) == 0 || !strings.HasPrefix(string(b), head) {
		return nil, st, errSnapshot
	}
	b = b[len(head):]
	bad := false
	uv := func() uint64 {
		x, n := binary.Uvarint(b)
		if n <= 0 {
			bad = true
			return 0
		}
		b = b[n:]
		return x
	}
	st.Horizon, st.Size = int64(uv()), int64(uv())
	nv := uv()
	if bad || nv > uint64(len(b)) {
		return nil, st, errSnapshot
	}
	vals := make([]quad.Value, nv+1)
	for i := uint64(1); i <= nv; i++ {
		if len(b) == 0 {
			return nil, st, errSnapshot
		}
		kind := b[0]
		b = b[1:]
		n := uv()
		if bad || n > uint64(len(b)) {
			return nil, st, errSnapshot
		}
		data := b[:n]
		b = b[n:]
		switch kind {
		case 'I':
			vals[i] = quad.IRI(data)
		case 'S':
			vals[i] = quad.String(data)
		case 'V':
			v, err := pquads.UnmarshalValue(data)
			if err != nil {
				return nil, st, fmt.Errorf("%w: %v", errSnapshot, err)
			}
			vals[i] = v
		default:
			return nil, st, errSnapshot
		}
	}
	nq := uv()
	if bad || nq > uint64(len(b)) {
		return nil, st, errSnapshot
	}
	quads := make([]picked, nq)
	for i := range quads {
		if len(b) == 0 {
			return nil, st, errSnapshot
		}
		p := b[0]
		b = b[1:]
		s, o, l := uv(), uv(), uv()
		if bad || int(p) >= len(readPreds) || s > nv || o > nv || l > nv {
			return nil, st, errSnapshot
		}
		quads[i] = picked{p, vals[s], vals[o], vals[l]}
	}
	if len(b) != 0 {
		return nil, st, errSnapshot
	}
	return quads, st, nil
}
