package resolve

import (
	"encoding/binary"
	"slices"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
)

// pendingSnapshot is the snapshot a resolution leaves in a bolt store,
// encoded before the resolution writes its moves, so that the quads it read
// need not stay in memory while bolt writes (the collector would mark them
// again and again); the State they bring the store to is stamped on it after
// (save).
type pendingSnapshot struct {
	r *reading
	// unchanged: the snapshot held, nothing was added since it, and the
	// resolution deletes and adds none of its quads.
	unchanged bool
	// The bodies (encodeBody) of a delta: the quads added since the
	// snapshot's State that stay and those of the snapshot that go; nil
	// when no delta is to be written.
	addBody, delBody []byte
	// The body of the whole snapshot, when it may be written whole.
	full     []byte
	fullNeed bool
}

// prepareSnapshot encodes the snapshot of the store after a resolution
// that read r and then deletes dels and adds adds: the store's quads of
// readPreds are then r's without dels, and those of adds it does not hold
// (as boltkv.Since would read them back, in the same order). It takes r's
// quads: r keeps only what save needs.
func prepareSnapshot(r *reading, adds, dels []quad.Quad) *pendingSnapshot {
	ps := &pendingSnapshot{r: r}
	if !r.bolt {
		return ps
	}
	gone := map[picked]bool{}
	var goneList []picked
	for _, q := range dels {
		if i := predIndexOf(q.Predicate); i >= 0 {
			x := picked{uint8(i), q.Subject, q.Object, q.Label}
			if !gone[x] {
				gone[x] = true
				goneList = append(goneList, x)
			}
		}
	}
	added := newPicked(r.quads, adds)
	ps.unchanged = r.held && r.since == 0 && len(gone) == 0 && len(added) == 0
	if r.held && len(r.deltas) < maxDeltas {
		// The quads added since the snapshot's State (by the load, then by
		// the resolution) that stay, and those of the snapshot that went.
		fresh := append(withoutPicked(slices.Clone(r.quads[r.snapshot:]), goneList), added...)
		ps.addBody, ps.delBody = encodeBody(fresh), encodeBody(goneList)
		if ps.addBody == nil || ps.delBody == nil {
			ps.addBody, ps.delBody = nil, nil
		}
	}
	// The whole snapshot is written when there is no delta, or when the
	// delta may be too large (its size depends a little on the State).
	ps.fullNeed = ps.addBody == nil || !ps.deltaFits(maxDeltaLen(ps.addBody, ps.delBody))
	if ps.fullNeed {
		quads := append(withoutPicked(r.quads, goneList), added...)
		ps.full = encodeBody(quads)
	}
	r.quads = nil
	return ps
}

// newPicked returns the quads of readPreds among adds that are not among
// held (the store's quads of readPreds) nor repeated: those apply adds to
// the store's log, in order.
func newPicked(held []picked, adds []quad.Quad) []picked {
	var cand []picked
	subj := map[quad.Value]bool{}
	for _, q := range adds {
		if i := predIndexOf(q.Predicate); i >= 0 {
			cand = append(cand, picked{uint8(i), q.Subject, q.Object, q.Label})
			subj[q.Subject] = true
		}
	}
	if len(cand) == 0 {
		return nil
	}
	have := map[picked]bool{}
	for _, x := range held {
		if subj[x.s] {
			have[x] = true
		}
	}
	var out []picked
	for _, x := range cand {
		if !have[x] {
			have[x] = true
			out = append(out, x)
		}
	}
	return out
}

// maxDeltaLen is the largest size of a delta of these bodies: with States
// of the longest uvarints.
func maxDeltaLen(addBody, delBody []byte) int {
	head := len(snapshotHead()) + 2*binary.MaxVarintLen64
	return len(deltaMagic) + binary.MaxVarintLen64 + 2*head + len(addBody) + len(delBody)
}

// deltaFits reports whether a delta of n bytes stays within the share of
// the base the deltas may take.
func (ps *pendingSnapshot) deltaFits(n int) bool {
	return deltaShare == 0 || ps.r.deltaBytes+n <= ps.r.baseBytes/deltaShare
}

// save writes the snapshot, stamped with the store's State now: a delta
// when the snapshot read held and the deltas stay small, else the whole
// snapshot. It writes nothing when the snapshot already holds and nothing
// changed.
func (ps *pendingSnapshot) save(qs graph.QuadStore) error {
	r := ps.r
	if !r.bolt {
		return nil
	}
	now, _, err := boltkv.StateOf(qs)
	if err != nil {
		return err
	}
	if now.Horizon == 0 {
		return nil // an empty store stays as it is (a load may write it anew)
	}
	if ps.unchanged && now == r.state {
		return nil
	}
	if ps.addBody != nil {
		if d := stampDelta(ps.addBody, ps.delBody, r.snapState, now); ps.deltaFits(len(d)) {
			return boltkv.PutSide(qs, nextDeltaKey(r.deltas), d)
		}
	}
	var data []byte
	if ps.full != nil {
		data = stamp(ps.full, now)
	}
	entries := []boltkv.SideEntry{{Key: snapshotKey, Data: data}}
	for _, k := range r.deltas {
		entries = append(entries, boltkv.SideEntry{Key: k})
	}
	return boltkv.PutSides(qs, entries...)
}
