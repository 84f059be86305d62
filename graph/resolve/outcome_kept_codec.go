package resolve

import (
	"encoding/binary"

	"github.com/cayleygraph/quad"
)

// The encoding of rule 7's part of a kept state (clusterKept, keptParts):
// the clusters sorted by hash, each with its tally when it has one. It is
// read from one string whose parts the names and nodes are (a kept state
// holds about as many clusters as the store).

// iv writes a signed varint.
func (w *keptWriter) iv(x int) { w.b.Write(w.tmp[:binary.PutVarint(w.tmp[:], int64(x))]) }

// keptStrReader reads what keptWriter wrote, from a string: its strings
// are parts of it; bad is set at the first error.
type keptStrReader struct {
	data string
	bad  bool
}

func (r *keptStrReader) uv() uint64 {
	var x uint64
	for shift, i := uint(0), 0; i < len(r.data) && shift < 64; shift, i = shift+7, i+1 {
		b := r.data[i]
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			r.data = r.data[i+1:]
			return x
		}
	}
	r.bad = true
	return 0
}

func (r *keptStrReader) iv() int {
	u := r.uv()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return int(x)
}

func (r *keptStrReader) str() string {
	l := r.uv()
	if r.bad || l > uint64(len(r.data)) {
		r.bad = true
		return ""
	}
	s := r.data[:l]
	r.data = r.data[l:]
	return s
}

// count reads a number of items that each take one byte or more.
func (r *keptStrReader) count() int {
	n := r.uv()
	if n > uint64(len(r.data)) {
		r.bad = true
		return 0
	}
	return int(n)
}

func (r *keptStrReader) byte() byte {
	if len(r.data) == 0 {
		r.bad = true
		return 0
	}
	x := r.data[0]
	r.data = r.data[1:]
	return x
}

func (r *keptStrReader) u64() uint64 {
	if len(r.data) < 8 {
		r.bad = true
		return 0
	}
	x := binary.LittleEndian.Uint64([]byte(r.data[:8]))
	r.data = r.data[8:]
	return x
}

// Flags of a kept cluster.
const (
	keptExact = 1 << iota
	keptAsked
	keptHasTally
)

// encode writes k.
func (k *clusterKept) encode() []byte {
	var w keptWriter
	w.b.Grow(80 * len(k.clusters)) // about what a cluster takes
	w.uv(uint64(len(k.clusters)))
	var h8 [8]byte
	for _, e := range k.clusters {
		binary.LittleEndian.PutUint64(h8[:], e.hash)
		w.b.Write(h8[:])
		w.uv(uint64(e.groups))
		var flags byte
		if e.exact {
			flags |= keptExact
		}
		if e.asked {
			flags |= keptAsked
		}
		if e.tally != nil {
			flags |= keptHasTally
		}
		w.b.WriteByte(flags)
		w.b.WriteByte(byte(e.target.kind))
		w.str(e.target.name)
		w.str(string(e.target.node))
		if e.tally != nil {
			encodeTally(&w, e.tally)
		}
	}
	return w.b.Bytes()
}

// encodeTally writes a tally.
func encodeTally(w *keptWriter, t *tally) {
	for _, v := range t.votes {
		w.iv(v)
	}
	for _, v := range []int{t.org, t.firm, t.names, t.possessive, t.others} {
		w.iv(v)
	}
	for _, kcs := range [][]keyCount{t.placeCands, t.keys} {
		w.uv(uint64(len(kcs)))
		for _, x := range kcs {
			w.str(x.key)
			w.iv(x.n)
		}
	}
	w.uv(uint64(len(t.given)))
	for _, x := range t.given {
		w.str(x.key)
		w.iv(x.n)
		w.str(x.nameKey)
		if x.person == x.nameKey {
			w.b.WriteByte(0)
		} else {
			w.b.WriteByte(1)
			w.str(x.person)
		}
	}
}

// decodeClusterKept reads what clusterKept.encode wrote; nil when data
// is nil or cannot be read.
func decodeClusterKept(data []byte) *clusterKept {
	if data == nil {
		return nil
	}
	r := &keptStrReader{data: string(data)}
	k := &clusterKept{}
	n := r.count()
	k.clusters = make([]keptCluster, 0, n)
	k.hashes = make([]uint64, 0, n)
	for ; n > 0 && !r.bad; n-- {
		e := keptCluster{hash: r.u64(), groups: int(r.uv())}
		flags := r.byte()
		e.exact, e.asked = flags&keptExact != 0, flags&keptAsked != 0
		e.target.kind = Kind(r.byte())
		e.target.name = r.str()
		e.target.node = quad.IRI(r.str())
		if flags&keptHasTally != 0 {
			e.tally = decodeTally(r)
		}
		if len(k.clusters) > 0 && k.clusters[len(k.clusters)-1].hash >= e.hash {
			return nil
		}
		k.clusters = append(k.clusters, e)
		k.hashes = append(k.hashes, e.hash)
	}
	if r.bad || len(r.data) != 0 {
		return nil
	}
	return k
}

// decodeTally reads what encodeTally wrote.
func decodeTally(r *keptStrReader) *tally {
	t := &tally{}
	for i := range t.votes {
		t.votes[i] = r.iv()
	}
	for _, v := range []*int{&t.org, &t.firm, &t.names, &t.possessive, &t.others} {
		*v = r.iv()
	}
	for _, kcs := range []*[]keyCount{&t.placeCands, &t.keys} {
		n := r.count()
		if n > 0 {
			*kcs = make([]keyCount, n)
		}
		for i := 0; i < n && !r.bad; i++ {
			(*kcs)[i] = keyCount{r.str(), r.iv()}
		}
	}
	n := r.count()
	if n > 0 {
		t.given = make([]nameCount, n)
	}
	for i := 0; i < n && !r.bad; i++ {
		x := nameCount{keyCount: keyCount{r.str(), r.iv()}}
		x.nameKey = r.str()
		x.person = x.nameKey
		if r.byte() == 1 {
			x.person = r.str()
		}
		t.given[i] = x
	}
	return t
}
