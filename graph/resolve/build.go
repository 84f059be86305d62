package resolve

import (
	"context"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
)

// Built is a resolution of the quads a load gathered for a new bolt store
// (RunBuild), to finish once the store is written (Save).
type Built struct {
	// snap is encoded while the store is written: it is sent on
	// snapDone (see RunBuild).
	snap     *pendingSnapshot
	snapDone chan *pendingSnapshot
	origins  []boltkv.SideEntry // the origin records the resolution made
	// Net is the number of quads the resolution added to the Build less
	// the number it removed, counting each distinct quad once.
	Net int
}

// RunBuild resolves the quads a load gathered for a new bolt store, before
// the store is written (graph/writer's Options.Rebuild): it reads the
// groups from b, clusters them and moves them in b, as Run would on the
// store written from b, so that the store is written once, resolved. Once
// it is written, Built.Save keeps what the resolution read, as Run keeps it
// after reading a whole store: the graph, the snapshot and what later
// resolutions do are those of a Run after the load. With DryRun, b is left
// as it is.
func RunBuild(ctx context.Context, b *boltkv.Build, opts Options) (Summary, *Built, error) {
	start := time.Now()
	src := &buildSource{b: b}
	sum, r, adds, dels, book, err := resolveFrom(ctx, src, opts)
	if src.indexed != nil {
		<-src.indexed // a resolution that ended early did not wait
	}
	src.bySubject, src.byObject = nil, nil
	if err != nil || opts.DryRun {
		sum.Seconds = time.Since(start).Seconds()
		return sum, nil, err
	}
	r.bolt = true // the snapshot a resolution of the new store keeps
	if r.kept != nil {
		// Not held while the store is written: the records' keys are read anew.
		r.kept.memo, r.kept.infos = nil, nil
	}
	// The snapshot reads r, adds and dels only, not b: it is encoded on
	// another core while the moves are applied and the store is written
	// (about 1.4 s of CPU on both shared corpora).
	snapDone := make(chan *pendingSnapshot, 1)
	go func() { snapDone <- prepareSnapshot(r, adds, dels) }()
	net := src.apply(adds, dels)
	sum.Added, sum.Deleted = len(adds), len(dels)
	sum.Seconds = time.Since(start).Seconds()
	return sum, &Built{snapDone: snapDone, origins: book.entries(), Net: net}, nil
}

// snapshot waits for the snapshot RunBuild encodes.
func (bt *Built) snapshot() *pendingSnapshot {
	if bt.snap == nil {
		bt.snap = <-bt.snapDone
	}
	return bt.snap
}

// Save writes the snapshot of the resolution into qs, the store written
// from the Build RunBuild resolved, stamped with its State.
func (bt *Built) Save(qs graph.QuadStore) error {
	snap := bt.snapshot()
	if err := snap.save(qs); err != nil {
		return err
	}
	if len(bt.origins) > 0 {
		if err := boltkv.PutSides(qs, bt.origins...); err != nil {
			return err
		}
	}
	return saveKept(qs, snap.r.kept, nil)
}

func (s *buildSource) origins() func(quad.IRI) (*origin, error) { return noOrigins }

// buildSource reads the quads of a Build as the store written from it would
// give them: live quads, each once, in the order they were added, with the
// values the store holds (boltkv.Build.Value).
type buildSource struct {
	b *boltkv.Build
	// The live quads' indexes by the index of their subject and of their
	// object: a node's are at[off[v]:off[v+1]]. collect starts making them
	// on another core while the groups are clustered (which does not read
	// the Build); the first quadsOfNodes waits for them (indexed).
	bySubject, byObject *nodeIndex
	indexed             chan struct{}
}

// startIndex makes bySubject and byObject in the background: nothing else
// may use the Build until waitIndex returns.
func (s *buildSource) startIndex() {
	s.indexed = make(chan struct{})
	go func() {
		defer close(s.indexed)
		s.index()
	}()
}

// waitIndex waits for the indexes startIndex makes, or makes them.
func (s *buildSource) waitIndex() {
	if s.indexed == nil {
		s.index()
		s.indexed = make(chan struct{})
		close(s.indexed)
		return
	}
	<-s.indexed
}

type nodeIndex struct {
	off []int32
	at  []int32
}

// tuple returns the live quad at index i with the indexes of the values
// that stand for its values (boltkv.Build.Same), and whether it is live.
func (s *buildSource) tuple(i int32) ([4]int32, bool) {
	t, live := s.b.Quad(i)
	if !live {
		return t, false
	}
	for d := range t {
		t[d] = s.b.Same(t[d])
	}
	return t, true
}

func (s *buildSource) quad(t [4]int32) quad.Quad {
	return quad.Quad{Subject: s.b.Value(t[0]), Predicate: s.b.Value(t[1]), Object: s.b.Value(t[2]), Label: s.b.Value(t[3])}
}

func (s *buildSource) collect(ctx context.Context) (*reading, error) {
	preds := make([]int32, len(readPreds))
	for i, p := range readPreds {
		preds[i] = s.b.Index(p)
	}
	seen := map[[4]int32]bool{}
	var out []picked
	for i := int32(0); int(i) < s.b.Total(); i++ {
		if i&(1<<16-1) == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		t, live := s.b.Quad(i)
		if !live {
			continue
		}
		p := -1
		for j := range readPreds {
			if preds[j] == t[1] {
				p = j
				break
			}
		}
		if p < 0 {
			continue
		}
		if t, _ = s.tuple(i); seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, picked{uint8(p), s.b.Value(t[0]), s.b.Value(t[2]), s.b.Value(t[3])})
	}
	s.startIndex()
	return &reading{quads: out}, nil
}

func (s *buildSource) quadsOfNodes(ctx context.Context, nodes []quad.IRI) ([][]quad.Quad, error) {
	s.waitIndex()
	out := make([][]quad.Quad, len(nodes))
	seen := map[[4]int32]bool{}
	for k, node := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		v := s.b.Index(node)
		clear(seen)
		for _, ix := range []*nodeIndex{s.bySubject, s.byObject} {
			if int(v)+1 >= len(ix.off) {
				continue // a value added after the index: no quad holds it
			}
			for _, i := range ix.at[ix.off[v]:ix.off[v+1]] {
				t, _ := s.tuple(i)
				if ix == s.byObject && t[0] == v || seen[t] {
					continue // a loop, seen as subject already; or a repeat
				}
				seen[t] = true
				out[k] = append(out[k], s.quad(t))
			}
		}
	}
	return out, nil
}

// index makes bySubject and byObject.
func (s *buildSource) index() {
	n := int32(0)
	for i := int32(0); int(i) < s.b.Total(); i++ {
		if t, live := s.tuple(i); live {
			n = max(n, t[0]+1, t[2]+1)
		}
	}
	s.bySubject = &nodeIndex{off: make([]int32, n+1)}
	s.byObject = &nodeIndex{off: make([]int32, n+1)}
	for pass := 0; pass < 2; pass++ {
		for i := int32(0); int(i) < s.b.Total(); i++ {
			t, live := s.tuple(i)
			if !live {
				continue
			}
			for _, x := range []struct {
				ix *nodeIndex
				v  int32
			}{{s.bySubject, t[0]}, {s.byObject, t[2]}} {
				if x.v < 0 {
					continue
				}
				if pass == 0 {
					x.ix.off[x.v+1]++
				} else {
					x.ix.at[x.ix.off[x.v]] = i
					x.ix.off[x.v]++
				}
			}
		}
		for _, ix := range []*nodeIndex{s.bySubject, s.byObject} {
			if pass == 0 {
				for v := int32(1); v <= n; v++ {
					ix.off[v] += ix.off[v-1]
				}
				ix.at = make([]int32, ix.off[n])
			} else {
				// Each off[v] moved up to the next node's start.
				copy(ix.off[1:], ix.off[:n])
				ix.off[0] = 0
			}
		}
	}
}

// apply deletes dels from the Build (every live copy) and adds adds, those
// it does not hold yet, as apply does to a store; it returns the number of
// distinct quads added less those deleted.
func (s *buildSource) apply(adds, dels []quad.Quad) int {
	same := func(t [4]int32) [4]int32 {
		for d := range t {
			t[d] = s.b.Same(t[d])
		}
		return t
	}
	del := make(map[[4]int32]bool, len(dels))
	for _, q := range dels {
		del[same(s.b.Tuple(q))] = true
	}
	add := make([][4]int32, len(adds))
	held := make(map[[4]int32]bool, len(adds))
	for j, q := range adds {
		add[j] = same(s.b.Tuple(q))
		held[add[j]] = false
	}
	removed := map[[4]int32]bool{}
	for i := int32(0); int(i) < s.b.Total(); i++ {
		t, live := s.tuple(i)
		if !live {
			continue
		}
		if del[t] {
			s.b.Remove(i)
			removed[t] = true
		} else if h, ok := held[t]; ok && !h {
			held[t] = true
		}
	}
	net := -len(removed)
	for _, t := range add {
		if !held[t] {
			held[t] = true
			s.b.Add(t)
			net++
		}
	}
	return net
}
