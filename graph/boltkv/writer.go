package boltkv

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"google.golang.org/protobuf/encoding/protowire"
)

// ErrNotBolt is returned by NewWriter for a store that is not a Cayley bolt
// store of the layout this package writes.
var ErrNotBolt = errors.New("not a Cayley bolt store of data version 2")

// Writer adds quads to a Cayley bolt store. Cayley's own writer goes through
// a generic key-value interface: it looks every node up and counts its
// references one key at a time, creates buckets key by key and keeps its
// index lists in maps of strings; a bulk load spends most of its time there.
// Writer does the same work per batch: it resolves each distinct value once,
// sorts every bucket's keys before writing, appends the new quad ids to the
// index lists in key order and encodes the log entries itself. What it writes
// is what Cayley writes (the tests compare both stores entry by entry), so
// Cayley reads, queries and deletes it as its own.
//
// A Writer only adds. The store must be opened without Cayley's bloom
// filters (graph/store does so): they live in memory and would not see the
// quads a Writer adds. Write may be called from one goroutine at a time;
// bolt serialises it with any other writer of the store.
type Writer struct {
	db      *bolt.DB
	indexes []index
	check   int // the index used to look for a stored quad
}

// index is one of the store's quad indexes: a bucket named by the prefixes
// of its directions, keyed by the big-endian ids of those directions.
type index struct {
	bucket []byte
	dirs   []int // positions in quad.Directions order: s=0, p=1, o=2, l=3
}

// NewWriter returns a Writer for qs, or ErrNotBolt when qs is not a Cayley
// bolt store this package can write.
func NewWriter(qs graph.QuadStore) (*Writer, error) {
	hdb, ok := KV(qs).(*hbolt.DB)
	if !ok || hdb == nil {
		return nil, ErrNotBolt
	}
	w := &Writer{db: hdb.DB()}
	if err := w.readIndexes(); err != nil {
		return nil, err
	}
	return w, nil
}

// readIndexes reads the store's version and quad indexes.
func (w *Writer) readIndexes() error {
	err := w.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			return ErrNotBolt
		}
		if v := meta.Get([]byte("version")); len(v) != 8 || binary.LittleEndian.Uint64(v) != dataVersion {
			return ErrNotBolt
		}
		var list []ckv.QuadIndex
		if v := meta.Get([]byte("indexes")); len(v) > 0 {
			if err := json.Unmarshal(v, &list); err != nil {
				return fmt.Errorf("read the store's indexes: %w", err)
			}
		}
		if len(list) == 0 {
			// Stores written before Cayley 0.7.6 name no indexes: these.
			list = []ckv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}}
		}
		for _, in := range list {
			ix := index{}
			for _, d := range in.Dirs {
				pos := slices.Index(quad.Directions, d)
				if pos < 0 {
					return fmt.Errorf("index on unknown direction %v", d)
				}
				ix.bucket = append(ix.bucket, d.Prefix())
				ix.dirs = append(ix.dirs, pos)
			}
			w.indexes = append(w.indexes, ix)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, ix := range w.indexes {
		if len(ix.dirs) > len(w.indexes[w.check].dirs) {
			w.check = i
		}
	}
	return nil
}

// node is one distinct value of a batch.
type node struct {
	val  quad.Value
	hash refs.ValueHash
	id   uint64
	new  bool
	refs uint64 // references from the quads added by this batch
}

// Batch is the quads of one Write, gathered as they come: each distinct
// value is hashed once and kept once, each quad kept as four indexes into
// the values. It is not safe for concurrent use.
type Batch struct {
	nodes   []node
	byValue map[quad.Value]int32
	byHash  map[refs.ValueHash]int32
	ids     [][4]int32 // per quad, per direction: an index in nodes, -1 for none
	hasher  hasher
}

// NewBatch returns an empty Batch.
func NewBatch() *Batch {
	return &Batch{byValue: map[quad.Value]int32{}, byHash: map[refs.ValueHash]int32{}}
}

// Add adds a quad to the batch.
func (b *Batch) Add(q quad.Quad) {
	b.ids = append(b.ids, [4]int32{b.nodeOf(q.Subject), b.nodeOf(q.Predicate), b.nodeOf(q.Object), b.nodeOf(q.Label)})
}

// Len returns the number of quads added.
func (b *Batch) Len() int { return len(b.ids) }

// nodeOf returns the index in b.nodes of v, adding it; -1 for nil. Values
// of another Go type with the same N-Quads form (quad.Int and its typed
// string) are one node, as in Cayley.
func (b *Batch) nodeOf(v quad.Value) int32 {
	if v == nil {
		return -1
	}
	if i, ok := b.byValue[v]; ok {
		return i
	}
	h := b.hasher.hash(v)
	i, ok := b.byHash[h]
	if !ok {
		i = int32(len(b.nodes))
		b.nodes = append(b.nodes, node{val: v, hash: h})
		b.byHash[h] = i
	}
	b.byValue[v] = i
	return i
}

// Write adds the quads of b in one transaction and returns how many were
// new: quads already stored, or repeated in b, are skipped, as Cayley's
// writer does with IgnoreDup. Nothing is written when it fails. b must not
// be used again.
func (w *Writer) Write(b *Batch) (added int, err error) {
	if b.Len() == 0 {
		return 0, nil
	}
	err = w.db.Update(func(tx *bolt.Tx) error {
		t := &txn{Batch: b, w: w, tx: tx}
		var err error
		added, err = t.write()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("bulk write of %d quads: %w", b.Len(), err)
	}
	return added, nil
}

// WriteQuads adds quads in one transaction, as Write.
func (w *Writer) WriteQuads(quads []quad.Quad) (added int, err error) {
	b := NewBatch()
	for _, q := range quads {
		b.Add(q)
	}
	return w.Write(b)
}

// txn is one Write's transaction.
type txn struct {
	*Batch
	arena
	w  *Writer
	tx *bolt.Tx
}

// arena hands out byte slices that stay valid until the transaction ends,
// as bolt needs for the keys and values it is given.
type arena struct {
	buf []byte
}

// alloc returns n bytes.
func (a *arena) alloc(n int) []byte {
	if len(a.buf) < n {
		a.buf = make([]byte, max(n, 1<<20))
	}
	out := a.buf[:n:n]
	a.buf = a.buf[n:]
	return out
}

func (b *txn) write() (int, error) {
	meta := b.tx.Bucket(metaBucket)
	logb := b.tx.Bucket(logBucket)
	if meta == nil || logb == nil {
		return 0, ErrNotBolt
	}
	horizon := uint64(metaInt(meta, "horizon"))
	size := metaInt(meta, "size")

	order := b.hashOrder()
	newNodes := b.resolve(order, horizon)
	links, err := b.link(horizon + newNodes)
	if err != nil {
		return 0, err
	}

	// Sort the index entries and encode the log entries on other cores
	// while this one writes the values.
	sorted := make([]chan []indexEntry, len(b.w.indexes))
	for i, ix := range b.w.indexes {
		sorted[i] = make(chan []indexEntry, 1)
		go func() { sorted[i] <- indexEntries(ix, links) }()
	}
	logEntries := make(chan logEntries, 1)
	go func() { logEntries <- b.encodeLog(b.newNodes(order, newNodes), links) }()

	if err := b.writeValues(order); err != nil {
		return 0, err
	}
	// The log: new nodes, then the quads, in id order (all past the end).
	entries := <-logEntries
	if entries.err != nil {
		return 0, entries.err
	}
	logb.FillPercent = 1
	for i, v := range entries.vals {
		if err := logb.Put(b.idKey(horizon+1+uint64(i)), v); err != nil {
			return 0, err
		}
	}
	// The indexes: for each key, the new quad ids appended to its list.
	// Ids grow, so the lists stay sorted as Cayley needs them.
	for i, ix := range b.w.indexes {
		if err := b.index(ix, <-sorted[i], horizon); err != nil {
			return 0, err
		}
	}
	if err := putMetaInt(b, meta, "horizon", int64(horizon+newNodes)+int64(len(links))); err != nil {
		return 0, err
	}
	if err := putMetaInt(b, meta, "size", size+int64(len(links))); err != nil {
		return 0, err
	}
	return len(links), nil
}

// hashOrder returns the indexes of the batch's values in hash order: bucket
// by bucket.
func (b *txn) hashOrder() []int32 {
	order := make([]int32, len(b.nodes))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return bytes.Compare(b.nodes[x].hash[:], b.nodes[y].hash[:]) })
	return order
}

// resolve gives each value its stored id, or a new one past horizon (in
// hash order, as Cayley does), and returns the number of new ones.
func (b *txn) resolve(order []int32, horizon uint64) uint64 {
	vb := valueBuckets{tx: b.tx}
	var newNodes uint64
	for _, i := range order {
		n := &b.nodes[i]
		if bk, _ := vb.get('v', n.hash, false); bk != nil {
			if v := bk.Get(n.hash[:]); len(v) > 0 {
				n.id, _ = binary.Uvarint(v)
			}
		}
		if n.id == 0 {
			n.new = true
			newNodes++
			n.id = horizon + newNodes
		}
	}
	return newNodes
}

// link turns the batch's quads into links with ids past horizon, leaving
// out repeats and stored quads, and counts the references of each value.
func (b *txn) link(horizon uint64) ([]link, error) {
	links := make([]link, 0, len(b.ids))
	seen := make(map[[4]uint64]struct{}, len(b.ids))
	for _, q := range b.ids {
		var l link
		fresh := false
		for d, i := range q {
			if i >= 0 {
				l.dir[d] = b.nodes[i].id
				fresh = fresh || b.nodes[i].new
			}
		}
		if _, dup := seen[l.dir]; dup {
			continue
		}
		seen[l.dir] = struct{}{}
		if !fresh {
			stored, err := b.stored(l.dir)
			if err != nil {
				return nil, err
			}
			if stored {
				continue
			}
		}
		for _, i := range q {
			if i >= 0 {
				b.nodes[i].refs++
			}
		}
		l.id = horizon + 1 + uint64(len(links))
		links = append(links, l)
	}
	return links, nil
}

// newNodes returns the indexes of the new values, in id order.
func (b *txn) newNodes(order []int32, n uint64) []int32 {
	out := make([]int32, 0, n)
	for _, i := range order {
		if b.nodes[i].new {
			out = append(out, i)
		}
	}
	slices.SortFunc(out, func(x, y int32) int { return cmpU64(b.nodes[x].id, b.nodes[y].id) })
	return out
}

// writeValues writes the reference counts of all the values the batch's
// quads use, then the new values' ids, in hash order. That is the buckets'
// key order (n before v), so the buckets a batch creates, as Cayley creates
// them when their first value arrives, are appended to the top-level node of
// the transaction rather than inserted before others (on a fresh store bolt
// would otherwise move all of that node's entries for each one).
func (b *txn) writeValues(order []int32) error {
	nb := valueBuckets{tx: b.tx}
	for _, i := range order {
		n := &b.nodes[i]
		if n.refs == 0 {
			continue
		}
		bk, err := nb.get('n', n.hash, true)
		if err != nil {
			return err
		}
		count := n.refs
		if !n.new {
			if v := bk.Get(n.hash[:]); len(v) > 0 {
				old, _ := binary.Uvarint(v)
				count += old
			}
		}
		if err := bk.Put(b.hashKey(n.hash), b.uvarint(count)); err != nil {
			return err
		}
	}
	vb := valueBuckets{tx: b.tx}
	// A new value is in at least one new quad, so every one is written.
	for _, i := range order {
		n := &b.nodes[i]
		if !n.new {
			continue
		}
		bk, err := vb.get('v', n.hash, true)
		if err != nil {
			return err
		}
		if err := bk.Put(b.hashKey(n.hash), b.uvarint(n.id)); err != nil {
			return err
		}
	}
	return nil
}

// valueBuckets opens the bucket of a value or reference count (v or n and
// the first two bytes of the value's hash), keeping the last one open: values
// come in hash order.
type valueBuckets struct {
	tx   *bolt.Tx
	name [3]byte
	b    *bolt.Bucket
}

func (vb *valueBuckets) get(kind byte, h refs.ValueHash, create bool) (*bolt.Bucket, error) {
	name := [3]byte{kind, h[0], h[1]}
	if vb.b != nil && name == vb.name {
		return vb.b, nil
	}
	vb.name = name
	// Bucket is cached by bolt for the transaction; creating one that
	// exists would look it up again.
	vb.b = vb.tx.Bucket(name[:])
	if vb.b == nil && create {
		var err error
		vb.b, err = vb.tx.CreateBucket(name[:])
		return vb.b, err
	}
	return vb.b, nil
}

// link is a quad to add: its id and the ids of its nodes.
type link struct {
	id  uint64
	dir [4]uint64 // subject, predicate, object, label; 0 for none
}

// logEntries are the log entries of a batch's new nodes and quads, in id
// order.
type logEntries struct {
	vals [][]byte
	err  error
}

// encodeLog encodes the log entries of the new nodes (in id order) and the
// links. It runs beside the transaction, with an arena of its own.
func (b *txn) encodeLog(nodes []int32, links []link) logEntries {
	var a arena
	now := time.Now().UnixNano()
	vals := make([][]byte, 0, len(nodes)+len(links))
	for _, i := range nodes {
		n := &b.nodes[i]
		val, err := pquads.MarshalValue(n.val)
		if err != nil {
			return logEntries{err: fmt.Errorf("encode %v: %w", n.val, err)}
		}
		vals = append(vals, a.nodePrimitive(n.id, now, val))
	}
	for _, l := range links {
		vals = append(vals, a.quadPrimitive(l.id, l.dir, now))
	}
	return logEntries{vals: vals}
}

// indexEntry is a quad id to append to the list of an index key (the ids
// of the key's directions; unused ones are 0).
type indexEntry struct {
	key [4]uint64
	id  uint64
}

// indexEntries returns the entries links add to ix, sorted by key and id.
func indexEntries(ix index, links []link) []indexEntry {
	entries := make([]indexEntry, len(links))
	for i, l := range links {
		e := &entries[i]
		for k, d := range ix.dirs {
			e.key[k] = l.dir[d]
		}
		e.id = l.id
	}
	// The links come in id order, so a stable sort by key sorts by id
	// within a key.
	radixSortByKey(entries, len(ix.dirs))
	return entries
}

// radixSortByKey sorts entries by their first n key directions, keeping the
// order of entries with equal keys. It sorts byte by byte from the least
// significant one, skipping the bytes that are the same in every entry (the
// high bytes of ids): with a few million ids, three passes per direction
// instead of a comparison sort's twenty-odd comparisons per entry.
func radixSortByKey(entries []indexEntry, n int) {
	if len(entries) < 2 {
		return
	}
	src, dst := entries, make([]indexEntry, len(entries))
	for k := n - 1; k >= 0; k-- {
		var or, and uint64 = 0, ^uint64(0)
		for i := range src {
			or |= src[i].key[k]
			and &= src[i].key[k]
		}
		varies := or ^ and
		for shift := 0; shift < 64; shift += 8 {
			if (varies>>shift)&0xff == 0 {
				continue
			}
			var start [256]int
			for i := range src {
				start[(src[i].key[k]>>shift)&0xff]++
			}
			sum := 0
			for b, c := range start {
				start[b] = sum
				sum += c
			}
			for i := range src {
				b := (src[i].key[k] >> shift) & 0xff
				dst[start[b]] = src[i]
				start[b]++
			}
			src, dst = dst, src
		}
	}
	if &src[0] != &entries[0] {
		copy(entries, src)
	}
}

// index appends the ids of entries to ix's lists. Ids past horizon are new
// in this batch: a key with one of them has no list yet.
func (b *txn) index(ix index, entries []indexEntry, horizon uint64) error {
	ib, err := b.tx.CreateBucketIfNotExists(ix.bucket)
	if err != nil {
		return err
	}
	keyLen := 8 * len(ix.dirs)
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].key == entries[i].key {
			j++
		}
		key := b.alloc(keyLen)
		fresh := false
		for k := range ix.dirs {
			binary.BigEndian.PutUint64(key[8*k:], entries[i].key[k])
			fresh = fresh || entries[i].key[k] > horizon
		}
		var old []byte
		if !fresh {
			old = ib.Get(key)
		}
		val := b.alloc(len(old) + binary.MaxVarintLen64*(j-i))[:0]
		val = append(val, old...)
		for _, e := range entries[i:j] {
			val = binary.AppendUvarint(val, e.id)
		}
		if err := ib.Put(key, val); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// stored reports whether a quad of these node ids is stored and not
// deleted, looking in the most specific index and then the log, as Cayley
// does.
func (b *txn) stored(dir [4]uint64) (bool, error) {
	ix := b.w.indexes[b.w.check]
	ib := b.tx.Bucket(ix.bucket)
	if ib == nil {
		return false, nil
	}
	key := make([]byte, 8*len(ix.dirs))
	for k, d := range ix.dirs {
		binary.BigEndian.PutUint64(key[8*k:], dir[d])
	}
	list := ib.Get(key)
	if len(list) == 0 {
		return false, nil
	}
	logb := b.tx.Bucket(logBucket)
	var idk [8]byte
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return false, fmt.Errorf("index %s: corrupt id list", ix.bucket)
		}
		list = list[n:]
		binary.BigEndian.PutUint64(idk[:], id)
		e, err := DecodeEntry(logb.Get(idk[:]))
		if err != nil {
			return false, fmt.Errorf("quad %d: %w", id, err)
		}
		if !e.Node && !e.Deleted && e.Dir == dir {
			return true, nil
		}
	}
	return false, nil
}

func (b *arena) idKey(id uint64) []byte {
	k := b.alloc(8)
	binary.BigEndian.PutUint64(k, id)
	return k
}

func (b *arena) hashKey(h refs.ValueHash) []byte {
	k := b.alloc(len(h))
	copy(k, h[:])
	return k
}

func (b *arena) uvarint(x uint64) []byte {
	return binary.AppendUvarint(b.alloc(binary.MaxVarintLen64)[:0], x)
}

// Cayley's log entries are its proto.Primitive messages; these encode the
// two kinds, field by field in number order, as proto.Marshal does:
// 1 ID, 2 Subject, 3 Predicate, 4 Object, 5 Label, 7 Timestamp, 8 Value.
func (b *arena) nodePrimitive(id uint64, ts int64, val []byte) []byte {
	p := b.alloc(3*binary.MaxVarintLen64 + 4 + len(val))[:0]
	return appendNodeHead(p, id, ts, val)
}

// appendNodeHead appends the log entry of a value whose encoding is val.
func appendNodeHead(p []byte, id uint64, ts int64, val []byte) []byte {
	p = protowire.AppendTag(p, 1, protowire.VarintType)
	p = protowire.AppendVarint(p, id)
	if ts != 0 {
		p = protowire.AppendTag(p, 7, protowire.VarintType)
		p = protowire.AppendVarint(p, uint64(ts))
	}
	if len(val) > 0 {
		p = protowire.AppendTag(p, 8, protowire.BytesType)
		p = protowire.AppendBytes(p, val)
	}
	return p
}

func (b *arena) quadPrimitive(id uint64, dir [4]uint64, ts int64) []byte {
	p := b.alloc(6 * (binary.MaxVarintLen64 + 1))[:0]
	return appendQuadPrimitive(p, id, dir, ts)
}

// appendQuadPrimitive appends the log entry of a quad.
func appendQuadPrimitive(p []byte, id uint64, dir [4]uint64, ts int64) []byte {
	p = protowire.AppendTag(p, 1, protowire.VarintType)
	p = protowire.AppendVarint(p, id)
	for d, v := range dir {
		if v != 0 {
			p = protowire.AppendTag(p, protowire.Number(2+d), protowire.VarintType)
			p = protowire.AppendVarint(p, v)
		}
	}
	if ts != 0 {
		p = protowire.AppendTag(p, 7, protowire.VarintType)
		p = protowire.AppendVarint(p, uint64(ts))
	}
	return p
}

func metaInt(meta *bolt.Bucket, key string) int64 {
	v := meta.Get([]byte(key))
	if len(v) != 8 {
		return 0
	}
	return int64(binary.LittleEndian.Uint64(v))
}

func putMetaInt(b *txn, meta *bolt.Bucket, key string, v int64) error {
	buf := b.alloc(8)
	binary.LittleEndian.PutUint64(buf, uint64(v))
	return meta.Put([]byte(key), buf)
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
