package boltkv

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"
	"unsafe"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// Build gathers the quads of a load into an empty store and then writes the
// store's file in one go (WriteFile): the whole load as if it were one
// transaction of Writer, without bolt's per-key work (a search from the
// root and a copy of the key for every put, every page rewritten at every
// commit). The file is the store Writer would write: the same buckets, keys
// and values (the tests compare both), and bolt and Cayley read and update
// it as their own.
//
// Each distinct value is kept once and each quad as four indexes into the
// values (16 bytes), so memory grows with the distinct values and the
// quads, not with the articles' text; repeated quads are dropped when the
// file is written. It is not safe for concurrent use.
type Build struct {
	vals *valueTable
	// The quads in chunks of chunkSize, the last one filled up to total:
	// a slice grown by append would be copied over and over.
	chunks  [][][4]int32
	total   int
	dead    []uint64 // a bit per quad removed again (Remove)
	removed int
	same    []int32 // per other value: the index of the one that stands for it (Same)
}

// chunkBits gives the size of a Build's chunks of quads (1 MB).
const (
	chunkBits = 16
	chunkSize = 1 << chunkBits
)

// NewBuild returns an empty Build.
func NewBuild() *Build {
	return &Build{vals: newValueTable()}
}

// Tuple returns the indexes of q's values, adding the values not seen yet
// (-1 for a direction without one).
func (b *Build) Tuple(q quad.Quad) [4]int32 {
	return [4]int32{b.nodeOf(q.Subject), b.nodeOf(q.Predicate), b.nodeOf(q.Object), b.nodeOf(q.Label)}
}

func (b *Build) nodeOf(v quad.Value) int32 {
	if v == nil {
		return -1
	}
	return b.vals.index(v)
}

// Add adds a quad, given by Tuple, and returns its index. A quad added
// before is stored once, where it was first added.
func (b *Build) Add(t [4]int32) int32 {
	i := b.total
	if i&(chunkSize-1) == 0 {
		b.chunks = append(b.chunks, make([][4]int32, chunkSize))
	}
	b.chunks[i>>chunkBits][i&(chunkSize-1)] = t
	b.total++
	return int32(i)
}

// Quad returns the tuple of the quad at index i and whether it is still
// there (not removed).
func (b *Build) Quad(i int32) ([4]int32, bool) {
	return b.chunks[i>>chunkBits][i&(chunkSize-1)], !b.isDead(i)
}

// Remove takes out the quad at index i (a replaced article's), as a delete
// would; adding it again adds it anew.
func (b *Build) Remove(i int32) {
	if b.isDead(i) {
		return
	}
	for int(i)/64 >= len(b.dead) {
		b.dead = append(b.dead, 0)
	}
	b.dead[i/64] |= 1 << (i % 64)
	b.removed++
}

func (b *Build) isDead(i int32) bool {
	return int(i)/64 < len(b.dead) && b.dead[i/64]&(1<<(i%64)) != 0
}

// Total returns the number of quads added, repeated and removed ones
// included: the index the next one added gets.
func (b *Build) Total() int { return b.total }

// Index returns the index of value v, adding it when it is new (a value no
// quad holds is not written).
func (b *Build) Index(v quad.Value) int32 { return b.nodeOf(v) }

// Value returns the value the store will hold for the value at index i (nil
// for -1): the value itself, or for a value of another Go type with the same
// N-Quads form as one added before it (quad.Int and its typed string), that
// one, as WriteFile makes them one node. IRIs and strings share the Build's
// memory.
func (b *Build) Value(i int32) quad.Value {
	if i < 0 {
		return nil
	}
	return b.vals.value(b.Same(i))
}

// Same returns the index of the value that stands for the value at index i
// in the store (see Value): i itself but for a value of another Go type with
// the N-Quads form of one added before it.
func (b *Build) Same(i int32) int32 {
	t := b.vals
	if i < 0 || t.refs[i].kind != kindOther {
		return i
	}
	if len(b.same) != len(t.others) {
		// The other values (typed and language strings, numbers), few,
		// by their hash in the order they came.
		first := map[refs.ValueHash]int32{}
		b.same = make([]int32, len(t.others))
		for j, r := range t.refs {
			if r.kind != kindOther {
				continue
			}
			h := refs.HashOf(t.others[r.off])
			if _, ok := first[h]; !ok {
				first[h] = int32(j)
			}
			b.same[r.off] = first[h]
		}
	}
	return b.same[t.refs[i].off]
}

// Empty reports whether the bolt store db holds no quads and no values: a
// store a Build may write anew.
func Empty(db *bolt.DB) (bool, error) {
	empty := true
	err := db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			return ErrNotBolt
		}
		if metaInt(meta, "horizon") != 0 || metaInt(meta, "size") != 0 {
			empty = false
		}
		if lb := tx.Bucket(logBucket); lb != nil {
			if k, _ := lb.Cursor().First(); k != nil {
				empty = false
			}
		}
		return nil
	})
	return empty, err
}

// DB returns the bolt database of a Writer's store.
func (w *Writer) DB() *bolt.DB { return w.db }

// WriteFile writes the store at path, taking over the Build's memory (it
// must not be used again): what the empty store old (the one
// the Build's quads were meant for, still open) holds, its meta bucket, and
// the Build's quads. It returns the number of quads written. The file is
// synced; the caller puts it in place of old's.
func (b *Build) WriteFile(old *bolt.DB, path string) (int, error) {
	w := &Writer{db: old}
	if err := w.readIndexes(); err != nil {
		return 0, err
	}
	// What the empty store holds: its meta bucket and empty buckets.
	type bucketCopy struct {
		name []byte
		keys [][2][]byte
	}
	var copies []bucketCopy
	err := old.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
			c := bucketCopy{name: slices.Clone(name)}
			err := bk.ForEach(func(k, v []byte) error {
				if v == nil {
					return fmt.Errorf("bucket %q holds a bucket", name)
				}
				c.keys = append(c.keys, [2][]byte{slices.Clone(k), slices.Clone(v)})
				return nil
			})
			if err == nil && len(c.keys) > 0 && !bytes.Equal(name, metaBucket) {
				err = fmt.Errorf("bucket %q: %w", name, ErrNotEmpty)
			}
			copies = append(copies, c)
			return err
		})
	})
	if err != nil {
		return 0, err
	}
	pageSize := old.Info().PageSize

	s, err := b.resolve()
	if err != nil {
		return 0, err
	}
	now := time.Now().UnixNano()

	// The top-level buckets, in key order: those of the empty store, the
	// log, the indexes and the value buckets that have values.
	type top struct {
		name  []byte
		write func(bw *bucketWriter) error
	}
	var tops []top
	named := map[string]bool{}
	add := func(name []byte, write func(bw *bucketWriter) error) {
		named[string(name)] = true
		tops = append(tops, top{name, write})
	}
	add(logBucket, func(bw *bucketWriter) error { return s.writeLog(bw, now) })
	// The indexes' sorts run on the other cores while the file is written
	// (each takes 8 bytes a quad).
	for _, ix := range w.indexes {
		sorted := make(chan []uint32, 1)
		go func() { sorted <- s.sortIndex(ix) }()
		add(ix.bucket, func(bw *bucketWriter) error { s.writeIndex(bw, ix, <-sorted); return nil })
	}
	for i := 0; i < len(s.order); {
		h := s.hashes[s.order[i]]
		j := i + 1
		for j < len(s.order) && s.hashes[s.order[j]][0] == h[0] && s.hashes[s.order[j]][1] == h[1] {
			j++
		}
		from, to := i, j
		add([]byte{'n', h[0], h[1]}, func(bw *bucketWriter) error { s.writeValues(bw, from, to, true); return nil })
		add([]byte{'v', h[0], h[1]}, func(bw *bucketWriter) error { s.writeValues(bw, from, to, false); return nil })
		i = j
	}
	for _, c := range copies {
		if named[string(c.name)] {
			continue
		}
		keys := c.keys
		if bytes.Equal(c.name, metaBucket) {
			keys = metaKeys(keys, int64(s.horizon()), int64(len(s.quads)))
		}
		add(c.name, func(bw *bucketWriter) error {
			for _, kv := range keys {
				bw.put(kv[0], kv[1], 0)
			}
			return nil
		})
	}
	slices.SortFunc(tops, func(x, y top) int { return bytes.Compare(x.name, y.name) })

	pf, err := createPageFile(path, pageSize)
	if err != nil {
		return 0, pageFileError(path, err)
	}
	root := newBucketWriter(pf)
	for _, t := range tops {
		bw := newBucketWriter(pf)
		if err := t.write(bw); err != nil {
			pf.abort()
			return 0, err
		}
		root.put(t.name, bw.close(true), bucketLeafFlag)
	}
	rootHeader := root.close(false)
	if err := pf.finish(binary.LittleEndian.Uint64(rootHeader)); err != nil {
		return 0, pageFileError(path, err)
	}
	return len(s.quads), nil
}

// metaKeys returns the meta bucket's keys with the store's size and
// horizon set, in key order.
func metaKeys(keys [][2][]byte, horizon, size int64) [][2][]byte {
	out := make([][2][]byte, 0, len(keys)+2)
	for _, kv := range keys {
		if k := string(kv[0]); k != "horizon" && k != "size" {
			out = append(out, kv)
		}
	}
	for _, kv := range []struct {
		k string
		v int64
	}{{"horizon", horizon}, {"size", size}} {
		v := make([]byte, 8)
		binary.LittleEndian.PutUint64(v, uint64(kv.v))
		out = append(out, [2][]byte{[]byte(kv.k), v})
	}
	slices.SortFunc(out, func(x, y [2][]byte) int { return bytes.Compare(x[0], y[0]) })
	return out
}

// built is a Build resolved into what the store holds: the values' ids
// (in hash order, as Writer gives them), their reference counts, and the
// quads by the ids of their values.
type built struct {
	vals   *valueTable
	hashes []refs.ValueHash
	order  []int32  // the stored values' indexes in hash order
	ids    []uint32 // per value index: its id (0: not stored)
	refs   []uint32 // per value index: references, per direction
	quads  [][4]uint32
	// The quads' ids follow the values': quads[k] is firstQuad+k.
	firstQuad uint64
}

// horizon is the last id given.
func (s *built) horizon() uint64 { return s.firstQuad + uint64(len(s.quads)) - 1 }

// resolve gives the values their ids and drops removed and repeated quads.
// It takes over b's memory: b must not be used again.
func (b *Build) resolve() (*built, error) {
	n := b.vals.len()
	b.vals.done()
	if n >= 1<<31 || b.total >= 1<<31 || n+b.total >= 1<<32-1 {
		return nil, fmt.Errorf("%d values and %d quads: too many for one build", n, b.total)
	}
	s := &built{vals: b.vals, hashes: make([]refs.ValueHash, n)}
	// Hash the values on every core.
	var wg sync.WaitGroup
	parts := runtime.GOMAXPROCS(0)
	for p := 0; p < parts; p++ {
		wg.Go(func() {
			var h hasher
			for i := p * n / parts; i < (p+1)*n/parts; i++ {
				s.hashes[i] = b.vals.hash(&h, int32(i))
			}
		})
	}
	wg.Wait()
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := bytes.Compare(s.hashes[x][:], s.hashes[y][:]); c != 0 {
			return c
		}
		return int(x - y)
	})
	// Values of another Go type with the same N-Quads form (quad.Int and
	// its typed string) are one node, as in Cayley: the first one stands
	// for the others.
	canon := make([]int32, n)
	for k, i := range order {
		canon[i] = i
		if k > 0 && s.hashes[order[k-1]] == s.hashes[i] {
			canon[i] = canon[order[k-1]]
		}
	}
	// The quads that stay: first occurrences of those not removed. Each
	// chunk is let go once read.
	s.refs = make([]uint32, n)
	seen := newTupleSet(b.total - b.removed)
	kept := make([][4]int32, 0, b.total-b.removed)
	for qi := 0; qi < b.total; qi++ {
		t := b.chunks[qi>>chunkBits][qi&(chunkSize-1)]
		if qi&(chunkSize-1) == chunkSize-1 {
			b.chunks[qi>>chunkBits] = nil
		}
		if b.isDead(int32(qi)) {
			continue
		}
		for d, i := range t {
			if i >= 0 {
				t[d] = canon[i]
			}
		}
		if !seen.add(t, kept) {
			continue
		}
		for _, i := range t {
			if i >= 0 {
				s.refs[i]++
			}
		}
		kept = append(kept, t)
	}
	seen = tupleSet{}
	s.ids = make([]uint32, n)
	s.order = order[:0]
	for _, i := range order {
		if s.refs[i] > 0 {
			s.order = append(s.order, i)
			s.ids[i] = uint32(len(s.order))
		}
	}
	s.firstQuad = uint64(len(s.order)) + 1
	// The quads by their values' ids, in the same memory.
	s.quads = unsafeIDs(kept)
	for k, t := range kept {
		var q [4]uint32
		for d, i := range t {
			if i >= 0 {
				q[d] = s.ids[i]
			}
		}
		s.quads[k] = q
	}
	b.chunks, b.vals = nil, nil
	return s, nil
}

// unsafeIDs reads tuples of value indexes as tuples of ids (both 32-bit).
func unsafeIDs(t [][4]int32) [][4]uint32 {
	if len(t) == 0 {
		return nil
	}
	return unsafe.Slice((*[4]uint32)(unsafe.Pointer(&t[0])), len(t))
}

// tupleSet is a set of quads given by their index in a slice of tuples:
// open addressing over 32-bit slots, 8 bytes or less per quad.
type tupleSet struct {
	slots []uint32 // index+1 into the tuples; 0: empty
	mask  uint32
}

func newTupleSet(n int) tupleSet {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return tupleSet{slots: make([]uint32, size), mask: uint32(size - 1)}
}

// add adds t, the next tuple of tuples (not yet appended), and reports
// whether it is new.
func (ts *tupleSet) add(t [4]int32, tuples [][4]int32) bool {
	h := uint64(uint32(t[0]))*0x9E3779B97F4A7C15 ^ uint64(uint32(t[1]))*0xC2B2AE3D27D4EB4F ^
		uint64(uint32(t[2]))*0x165667B19E3779F9 ^ uint64(uint32(t[3]))*0x27D4EB2F165667C5
	h ^= h >> 29
	for i := uint32(h) & ts.mask; ; i = (i + 1) & ts.mask {
		v := ts.slots[i]
		if v == 0 {
			ts.slots[i] = uint32(len(tuples)) + 1
			return true
		}
		if tuples[v-1] == t {
			return false
		}
	}
}

// writeLog writes the log: the values, then the quads, in id order. The
// entries are encoded in blocks on every core, ahead of the one goroutine
// that lays them out in pages.
func (s *built) writeLog(bw *bucketWriter, now int64) error {
	nv := len(s.order)
	total := nv + len(s.quads)
	blocks := (total + logBlockSize - 1) / logBlockSize
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		first int
		out   chan *logBlockEntries
	}
	jobs := make(chan job)
	next := make(chan chan *logBlockEntries, 2*workers)
	free := make(chan *logBlockEntries, 3*workers)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(jobs)
		defer close(next)
		for j := 0; j < blocks; j++ {
			jb := job{first: j * logBlockSize, out: make(chan *logBlockEntries, 1)}
			select {
			case next <- jb.out:
			case <-stop:
				return
			}
			select {
			case jobs <- jb:
			case <-stop:
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for jb := range jobs {
				var e *logBlockEntries
				select {
				case e = <-free:
				default:
					e = &logBlockEntries{}
				}
				s.encodeLog(e, jb.first, min(jb.first+logBlockSize, total), now)
				jb.out <- e
			}
		}()
	}
	var key [8]byte
	id := uint64(1) // entry k has id k+1: the values' ids, then the quads'
	for out := range next {
		e := <-out
		if e.err != nil {
			return e.err
		}
		from := 0
		for _, end := range e.ends {
			binary.BigEndian.PutUint64(key[:], id)
			bw.put(key[:], e.data[from:end], 0)
			from = end
			id++
		}
		select {
		case free <- e:
		default:
		}
	}
	return nil
}

// logBlockSize is the number of log entries encoded at a time.
const logBlockSize = 4096

// logBlockEntries is a block of encoded log entries: entry i is
// data[ends[i-1]:ends[i]].
type logBlockEntries struct {
	data []byte
	ends []int
	err  error
}

// encodeLog encodes the log entries from first to end (the values in id
// order, then the quads) into e.
func (s *built) encodeLog(e *logBlockEntries, first, end int, now int64) {
	e.data, e.ends, e.err = e.data[:0], e.ends[:0], nil
	nv := len(s.order)
	for k := first; k < end; k++ {
		id := uint64(k) + 1
		if k < nv {
			var err error
			e.data, err = s.vals.appendPrimitive(e.data, id, now, s.order[k])
			if err != nil {
				e.err = err
				return
			}
		} else {
			q := s.quads[k-nv]
			e.data = appendQuadPrimitive(e.data, id, [4]uint64{uint64(q[0]), uint64(q[1]), uint64(q[2]), uint64(q[3])}, now)
		}
		e.ends = append(e.ends, len(e.data))
	}
}

// sortIndex returns the quads (their positions in s.quads) sorted by the
// key of ix, and by id within a key: a counting sort by each of the key's
// directions, from the last.
func (s *built) sortIndex(ix index) []uint32 {
	perm := make([]uint32, len(s.quads))
	for i := range perm {
		perm[i] = uint32(i)
	}
	tmp := make([]uint32, len(perm))
	count := make([]uint32, len(s.order)+2)
	for k := len(ix.dirs) - 1; k >= 0; k-- {
		d := ix.dirs[k]
		clear(count)
		for _, q := range s.quads {
			count[q[d]+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, p := range perm {
			v := s.quads[p][d]
			tmp[count[v]] = p
			count[v]++
		}
		perm, tmp = tmp, perm
	}
	return perm
}

// writeIndex writes an index bucket from the quads sorted by its key: for
// each key, the ids of its quads.
func (s *built) writeIndex(bw *bucketWriter, ix index, perm []uint32) {
	key := make([]byte, 8*len(ix.dirs))
	var val []byte
	same := func(a, b uint32) bool {
		for _, d := range ix.dirs {
			if s.quads[a][d] != s.quads[b][d] {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(perm); {
		j := i + 1
		for j < len(perm) && same(perm[i], perm[j]) {
			j++
		}
		for k, d := range ix.dirs {
			binary.BigEndian.PutUint64(key[8*k:], uint64(s.quads[perm[i]][d]))
		}
		val = val[:0]
		for _, p := range perm[i:j] {
			val = binary.AppendUvarint(val, s.firstQuad+uint64(p))
		}
		bw.put(key, val, 0)
		i = j
	}
}

// writeValues writes a value bucket of the values order[from:to]: their
// reference counts (counts) or their ids.
func (s *built) writeValues(bw *bucketWriter, from, to int, counts bool) {
	var val []byte
	for _, i := range s.order[from:to] {
		x := s.ids[i]
		if counts {
			x = s.refs[i]
		}
		val = binary.AppendUvarint(val[:0], uint64(x))
		bw.put(s.hashes[i][:], val, 0)
	}
}
