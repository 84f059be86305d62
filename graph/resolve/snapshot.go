package resolve

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/proto"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// readPreds are the predicates of the quads resolution reads: an entity's
// types and names, the record of its moves, the articles' dates and the
// facts of unnamed events, and the rules of moved groups (so that a rule
// that names a cluster's name of the time of the move is written again when
// a later load changes that name: rules.go), and people's job titles (a
// ruler's title makes the word after it no surname: ruler.go), and
// people's affiliations (a bare body's people name its country's body
// elsewhere: bare_bodies.go).
var readPreds = []quad.IRI{vocab.Type, vocab.Name, vocab.AlternateName, vocab.OtherName, vocab.MergedFrom, vocab.DatePublished,
	vocab.Attendee, vocab.Organizer, vocab.Location, vocab.StartDate, vocab.MergeRule, vocab.JobTitle, vocab.Affiliation}

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
	// The snapshot as read: whether it held (then quads[:snapshot] are its
	// quads and quads[snapshot:] those added since its State, snapState),
	// the size of its base, and its deltas' keys (all of them, whether the
	// chain held or not) and total size.
	held       bool
	snapState  boltkv.State
	baseBytes  int
	deltas     []string
	deltaBytes int
	// The clustering's kept state (kept_state.go): the one read, when a
	// clustering may start from it, its bytes as read, and the one the
	// clustering made, to save.
	keptPrior *keptState
	// Whether the group records the store keeps are of the snapshot read
	// (group_records_read.go).
	recordsHeld bool
	keptRead    []byte
	kept        *keptState
}

// snapshotKey is the side key (boltkv.Side) of the snapshot: the quads of
// readPreds as they were after the last resolution, stamped with the
// store's State then. The next resolution reads the snapshot and the quads
// added since (the log past its horizon) instead of the whole store, when
// no quad of it was deleted since; otherwise (an article replaced, quads
// deleted by hand) it reads the whole store, as without a snapshot.
//
// A resolution that read the snapshot does not write it again whole: it
// adds a delta (under deltaPrefix and a number, in order), the quads added
// and deleted since, from the State the snapshot was at to the store's
// now, so that what a resolution after a small load writes is small. The
// base and its deltas are written again as one base when the deltas reach
// maxDeltas or a quarter of the base's size (deltaShare), or when the resolution read
// the whole store.
const snapshotKey = "resolve/quads"

// deltaPrefix starts the side keys of the snapshot's deltas.
const deltaPrefix = "resolve/quads+"

// maxDeltas is the number of deltas a snapshot may have, and deltaShare
// the part of its base's size they may take together (a quarter).
var maxDeltas, deltaShare = 64, 4

// snapshotMagic starts a snapshot; its version changes with readPreds or
// the encoding.
const snapshotMagic = "ng-resolve-quads/3\n"

// deltaMagic starts a delta of the snapshot.
const deltaMagic = "ng-resolve-delta/1\n"

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
		old, st, ok, err := readSnapshot(qs, r)
		if err != nil {
			return nil, err
		}
		if ok {
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
				r.state, r.snapState, r.snapshot, r.since, r.held = now, st, len(old), len(tail), true
				return r, nil
			}
			pick.reset()
		}
		// The state before the scan: a bolt store is not written while
		// resolution holds it.
		st, _, err = boltkv.StateOf(qs)
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

// readSnapshot reads the snapshot's base and deltas: its quads and State,
// and false when there is none or its chain does not hold (a delta not
// from the State the ones before it reach, or damaged). It records the
// sizes and delta keys in r.
func readSnapshot(qs graph.QuadStore, r *reading) ([]picked, boltkv.State, bool, error) {
	deltas, err := boltkv.Sides(qs, deltaPrefix)
	if err != nil {
		return nil, boltkv.State{}, false, err
	}
	for _, d := range deltas {
		r.deltas = append(r.deltas, d.Key)
	}
	// Decoded where bolt maps it: decodeSnapshot copies what it keeps.
	var quads []picked
	var st boltkv.State
	var bad error
	err = boltkv.ViewSide(qs, snapshotKey, func(blob []byte) error {
		quads, st, bad = decodeSnapshot(blob, true)
		r.baseBytes = len(blob)
		return nil
	})
	if err != nil {
		return nil, st, false, err
	}
	if bad != nil {
		r.baseBytes = 0
		return nil, st, false, nil
	}
	for _, d := range deltas {
		add, del, from, to, err := decodeDelta(d.Data)
		if err != nil || from != st {
			return nil, st, false, nil
		}
		quads = append(withoutPicked(quads, del), add...)
		st = to
		r.deltaBytes += len(d.Data)
	}
	return quads, st, true, nil
}

// withoutPicked returns quads without those of gone, in the same order
// (in place).
func withoutPicked(quads, gone []picked) []picked {
	if len(gone) == 0 {
		return quads
	}
	set := make(map[picked]bool, len(gone))
	subj := map[quad.IRI]bool{}
	for _, x := range gone {
		set[x] = true
		if s, ok := x.s.(quad.IRI); ok {
			subj[s] = true
		}
	}
	kept := quads[:0]
	for _, x := range quads {
		// Most quads' subjects lose none: one lookup of an IRI.
		if s, ok := x.s.(quad.IRI); ok && !subj[s] || !set[x] {
			kept = append(kept, x)
		}
	}
	return kept
}

// nextDeltaKey returns the key of the delta after those of keys (in order).
func nextDeltaKey(keys []string) string {
	n := 0
	if len(keys) > 0 {
		n, _ = strconv.Atoi(strings.TrimPrefix(keys[len(keys)-1], deltaPrefix))
	}
	return fmt.Sprintf("%s%08d", deltaPrefix, n+1)
}

// encodeDelta encodes a delta of the snapshot from State from to State to:
// the quads added (in log order) and those deleted, each as a snapshot (the
// added stamped to, the deleted from) after deltaMagic and the first's
// length. Nil when a value cannot be encoded.
func encodeDelta(add, del []picked, from, to boltkv.State) []byte {
	a, d := encodeBody(add), encodeBody(del)
	if a == nil || d == nil {
		return nil
	}
	return stampDelta(a, d, from, to)
}

// stampDelta returns the delta of bodies (encodeBody) of the quads added
// and deleted from State from to State to.
func stampDelta(addBody, delBody []byte, from, to boltkv.State) []byte {
	a, d := stamp(addBody, to), stamp(delBody, from)
	b := append([]byte(deltaMagic), binary.AppendUvarint(nil, uint64(len(a)))...)
	b = append(b, a...)
	return append(b, d...)
}

func decodeDelta(b []byte) (add, del []picked, from, to boltkv.State, err error) {
	if !bytes.HasPrefix(b, []byte(deltaMagic)) {
		return nil, nil, from, to, errSnapshot
	}
	b = b[len(deltaMagic):]
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return nil, nil, from, to, errSnapshot
	}
	b = b[k:]
	if add, to, err = decodeSnapshot(b[:n], false); err != nil {
		return nil, nil, from, to, err
	}
	if del, from, err = decodeSnapshot(b[n:], false); err != nil {
		return nil, nil, from, to, err
	}
	return add, del, from, to, nil
}

func predIndexOf(p quad.Value) int {
	for i, x := range readPreds {
		if p == x {
			return i
		}
	}
	return -1
}

// The snapshot's encoding: the magic line, the predicates' IRIs (one a
// line, then an empty line), the State (two uvarints), the values (a
// uvarint count, then each as a kind byte and uvarint-prefixed bytes: 'I'
// an IRI, 'S' a plain string, 'V' any other value in pquads' encoding), and
// the quads (a uvarint count, then each as its predicate's index and its
// subject's, object's and label's value numbers, 0 for none, one past the
// value's index otherwise).
func encodeSnapshot(quads []picked, st boltkv.State) []byte {
	body := encodeBody(quads)
	if body == nil {
		return nil
	}
	return stamp(body, st)
}

// snapshotHead is the start of every snapshot: its magic line and the
// predicates' IRIs.
func snapshotHead() string {
	head := snapshotMagic
	for _, p := range readPreds {
		head += string(p) + "\n"
	}
	return head + "\n"
}

// stamp returns the snapshot of State st and a body of encodeBody.
func stamp(body []byte, st boltkv.State) []byte {
	head := snapshotHead()
	b := make([]byte, 0, len(head)+2*binary.MaxVarintLen64+len(body))
	b = append(b, head...)
	b = binary.AppendUvarint(b, uint64(st.Horizon))
	b = binary.AppendUvarint(b, uint64(st.Size))
	return append(b, body...)
}

// encodeBody encodes what follows a snapshot's State: its values and quads.
// Nil when a value cannot be encoded.
func encodeBody(quads []picked) []byte {
	b := []byte{}
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

// unmarshalValue decodes a value in pquads' encoding as
// pquads.UnmarshalValue does, but returns an error where that panics: a
// message that sets no value (a damaged snapshot, FuzzSnapshot).
func unmarshalValue(data []byte) (quad.Value, error) {
	if len(data) == 0 {
		return nil, nil
	}
	var v pquads.Value
	if err := proto.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	if v.Value == nil {
		return nil, errors.New("a value message with no value")
	}
	return v.ToNative(), nil
}

var errSnapshot = errors.New("resolution snapshot: not of this version, or damaged")

// decodeSnapshot decodes a snapshot; with room, its slice has room for a
// tenth more quads (those added since, appended to it).
// valuesEnd returns the length of the section of nv values that b starts
// with, or len(b) when it is cut short (decodeSnapshot then fails).
func valuesEnd(b []byte, nv uint64) int {
	at := 0
	for i := uint64(0); i < nv; i++ {
		if at >= len(b) {
			return len(b)
		}
		n, w := binary.Uvarint(b[at+1:])
		if w <= 0 || n > uint64(len(b)) {
			return len(b)
		}
		at += 1 + w + int(n)
		if at > len(b) {
			return len(b)
		}
	}
	return at
}

func decodeSnapshot(b []byte, room bool) ([]picked, boltkv.State, error) {
	var st boltkv.State
	head := snapshotHead()
	if len(b) == 0 || !bytes.HasPrefix(b, []byte(head)) {
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
	// The values' strings are cut from one copy of their section, not
	// copied one by one (295,623 values for both corpora).
	src, whole := string(b[:valuesEnd(b, nv)]), len(b)
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
		text := src[whole-len(b):][:n]
		b = b[n:]
		switch kind {
		case 'I':
			vals[i] = quad.IRI(text)
		case 'S':
			vals[i] = quad.String(text)
		case 'V':
			// A copy: data may be bolt's mapping (ViewSide).
			v, err := unmarshalValue(slices.Clone(data))
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
	extra := uint64(0)
	if room {
		extra = nq / 10
	}
	quads := make([]picked, nq, nq+extra)
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
