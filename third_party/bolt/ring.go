package bolt

import "unsafe"

// ringPages is the size of a DB's ring, in pages.
const ringPages = 1024

// ring is the buffer a write transaction's new pages are cut from. A commit
// into a large store writes a new copy of thousands of pages spread over
// the file (33 MB for 100 news articles into a store of 24,000): given a
// buffer each, held to the end of the commit, they cost as much new memory
// as they write, memory the kernel clears and maps and the garbage
// collector counts towards its next cycle. The ring is one buffer of
// ringPages pages, mapped once (populate) and kept for the DB's life: when
// it is full, the transaction writes the pages it holds to the file
// (Tx.flushRing) and the ring is cleared and cut again. A buffer larger
// than a quarter of the ring is made for its page alone.
type ring struct {
	buf  []byte
	used int // bytes handed out since the last reset
}

// limit is the largest buffer the ring hands out.
func (r *ring) limit(pageSize int) int { return ringPages * pageSize / 4 }

// full reports whether a buffer of n bytes is to come from the ring but
// there is no room left for it.
func (r *ring) full(n, pageSize int) bool {
	return n <= r.limit(pageSize) && r.used+n > len(r.buf) && r.buf != nil
}

// take returns a zeroed buffer of n bytes: from the ring, whose room the
// caller has made (full), or of its own when n is over the limit.
func (r *ring) take(n, pageSize int) []byte {
	if n > r.limit(pageSize) {
		b := make([]byte, n)
		populate(b)
		return b
	}
	if r.buf == nil {
		r.buf = make([]byte, ringPages*pageSize)
		populate(r.buf)
	}
	_assert(r.used+n <= len(r.buf), "ring: no room for %d bytes", n)
	b := r.buf[r.used : r.used+n : r.used+n]
	r.used += n
	return b
}

// holds reports whether p's buffer was cut from the ring.
func (r *ring) holds(p *page) bool {
	if len(r.buf) == 0 {
		return false
	}
	start := uintptr(unsafe.Pointer(&r.buf[0]))
	at := uintptr(unsafe.Pointer(p))
	return at >= start && at < start+uintptr(len(r.buf))
}

// reset clears what was handed out, to be cut again.
func (r *ring) reset() {
	clear(r.buf[:r.used])
	r.used = 0
}
