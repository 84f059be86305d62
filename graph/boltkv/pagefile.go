package boltkv

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
)

// Bolt's file format (github.com/boltdb/bolt v1.3.1, little-endian):
//
//	page       id u64, flags u16, count u16, overflow u32 (16 bytes), then
//	           its elements and their data
//	leaf elem  flags u32, pos u32, ksize u32, vsize u32 (pos: from the
//	           element to its key; the value follows the key)
//	branch     pos u32, ksize u32, pgid u64 (the key is the child's first)
//	bucket     root pgid u64, sequence u64; an inline bucket (root 0) is
//	           followed by its only page, a leaf
//	meta       magic, version, page size, flags (u32 each), root bucket,
//	           freelist pgid, pgid (pages in use), txid, fnv-64a checksum
//
// Pages 0 and 1 are the meta pages, page 2 the freelist (empty here).
const (
	pageHeaderSize   = 16
	elementSize      = 16
	bucketHeaderSize = 16
	branchPageFlag   = 0x01
	leafPageFlag     = 0x02
	metaPageFlag     = 0x04
	freelistPageFlag = 0x10
	bucketLeafFlag   = 0x01
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	firstDataPage    = 3
)

// pageFile writes a new bolt file page by page: buckets' pages as they fill,
// then the meta pages and the (empty) freelist. It is what bolt would read
// back as a database written in one transaction.
type pageFile struct {
	f        *os.File
	w        *asyncWriter
	pageSize int
	next     uint64 // the id of the next page written
	page     []byte // scratch for one page (grown for overflow pages)
	err      error
}

func createPageFile(path string, pageSize int) (*pageFile, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, err
	}
	pf := &pageFile{f: f, w: newAsyncWriter(f, 1<<20), pageSize: pageSize, next: firstDataPage}
	// Room for the meta and freelist pages, written last.
	pf.w.Write(make([]byte, firstDataPage*pageSize))
	return pf, nil
}

// writePage writes one page (several when its content is larger than a
// page: bolt's overflow) and returns its id. p holds the content from the
// page header on; its header is filled in here.
func (pf *pageFile) writePage(p []byte, flags uint16, count int) uint64 {
	id := pf.next
	n := (len(p) + pf.pageSize - 1) / pf.pageSize
	if n == 0 {
		n = 1
	}
	binary.LittleEndian.PutUint64(p[0:], id)
	binary.LittleEndian.PutUint16(p[8:], flags)
	binary.LittleEndian.PutUint16(p[10:], uint16(count))
	binary.LittleEndian.PutUint32(p[12:], uint32(n-1))
	pf.w.Write(p)
	if pad := n*pf.pageSize - len(p); pad > 0 {
		pf.w.Write(zeros[:pad])
	}
	pf.next += uint64(n)
	return id
}

var zeros = make([]byte, 64<<10)

// finish writes the meta pages and the freelist with root as the root
// bucket's page, syncs and closes the file.
func (pf *pageFile) finish(root uint64) error {
	pf.err = pf.w.Close()
	if pf.err != nil {
		pf.f.Close()
		return pf.err
	}
	head := make([]byte, firstDataPage*pf.pageSize)
	for i := 0; i < 2; i++ {
		p := head[i*pf.pageSize:]
		le := binary.LittleEndian
		le.PutUint64(p[0:], uint64(i))
		le.PutUint16(p[8:], metaPageFlag)
		m := p[pageHeaderSize:]
		le.PutUint32(m[0:], boltMagic)
		le.PutUint32(m[4:], boltVersion)
		le.PutUint32(m[8:], uint32(pf.pageSize))
		le.PutUint32(m[12:], 0)
		le.PutUint64(m[16:], root) // root bucket: root page, sequence 0
		le.PutUint64(m[24:], 0)
		le.PutUint64(m[32:], 2) // freelist page
		le.PutUint64(m[40:], pf.next)
		le.PutUint64(m[48:], uint64(i)) // txid
		h := fnv.New64a()
		h.Write(m[:56])
		le.PutUint64(m[56:], h.Sum64())
	}
	fl := head[2*pf.pageSize:]
	binary.LittleEndian.PutUint64(fl[0:], 2)
	binary.LittleEndian.PutUint16(fl[8:], freelistPageFlag)
	if _, err := pf.f.WriteAt(head, 0); err != nil {
		pf.f.Close()
		return err
	}
	if err := pf.f.Sync(); err != nil {
		pf.f.Close()
		return err
	}
	return pf.f.Close()
}

// abort closes the file after a failure.
func (pf *pageFile) abort() {
	pf.w.Close()
	pf.f.Close()
}

// asyncWriter writes to a file in buffers of a fixed size, on a goroutine
// of its own: the copies into the kernel's page cache (a third of the time
// of writing a store's pages) run beside the work of filling the next
// buffer. The first error is returned by Close.
type asyncWriter struct {
	buf  []byte
	full chan []byte
	free chan []byte
	done chan error
}

func newAsyncWriter(f *os.File, size int) *asyncWriter {
	w := &asyncWriter{buf: make([]byte, 0, size), full: make(chan []byte, 2), free: make(chan []byte, 3), done: make(chan error, 1)}
	for range 2 {
		w.free <- make([]byte, 0, size)
	}
	// The goroutine gets the channels, not w: Close clears w.full, maybe
	// before the goroutine runs.
	go func(full <-chan []byte, free chan<- []byte, done chan<- error) {
		var err error
		for b := range full {
			if err == nil {
				_, err = f.Write(b)
			}
			free <- b[:0]
		}
		done <- err
	}(w.full, w.free, w.done)
	return w
}

// Write queues p.
func (w *asyncWriter) Write(p []byte) {
	for len(p) > 0 {
		n := copy(w.buf[len(w.buf):cap(w.buf)], p)
		w.buf = w.buf[:len(w.buf)+n]
		p = p[n:]
		if len(w.buf) == cap(w.buf) {
			w.full <- w.buf
			w.buf = <-w.free
		}
	}
}

// Close writes what is queued and returns the first error of any write.
// The Writer must not be used again.
func (w *asyncWriter) Close() error {
	if w.full == nil {
		return nil
	}
	if len(w.buf) > 0 {
		w.full <- w.buf
	}
	close(w.full)
	w.full = nil
	return <-w.done
}

// bucketWriter writes the keys of one bucket, given in order, into leaf
// pages as they fill, and then the branch pages above them. A bucket small
// enough is kept inline in its parent, as bolt does.
type bucketWriter struct {
	pf     *pageFile
	elems  []pageElem // of the page being filled
	data   []byte     // their keys and values
	size   int        // the page's size so far, header included
	leaves []childRef // the pages written so far
}

type pageElem struct {
	flags        uint32
	ksize, vsize int
}

// childRef is a written page: its first key and id.
type childRef struct {
	key []byte
	id  uint64
}

func newBucketWriter(pf *pageFile) *bucketWriter {
	return &bucketWriter{pf: pf, size: pageHeaderSize}
}

// put adds a key, larger than the one before, and its value; flags is
// bucketLeafFlag for a nested bucket's entry.
func (bw *bucketWriter) put(key, value []byte, flags uint32) {
	n := elementSize + len(key) + len(value)
	if len(bw.elems) > 0 && bw.size+n > bw.pf.pageSize {
		bw.flushLeaf()
	}
	bw.elems = append(bw.elems, pageElem{flags: flags, ksize: len(key), vsize: len(value)})
	bw.data = append(bw.data, key...)
	bw.data = append(bw.data, value...)
	bw.size += n
}

// layout writes the page of elems and data into p (from the header on).
func layout(p []byte, elems []pageElem, data []byte, leaf bool, pgids []uint64) {
	le := binary.LittleEndian
	off := pageHeaderSize + elementSize*len(elems)
	copy(p[off:], data)
	for i, e := range elems {
		at := pageHeaderSize + elementSize*i
		if leaf {
			le.PutUint32(p[at:], e.flags)
			le.PutUint32(p[at+4:], uint32(off-at))
			le.PutUint32(p[at+8:], uint32(e.ksize))
			le.PutUint32(p[at+12:], uint32(e.vsize))
		} else {
			le.PutUint32(p[at:], uint32(off-at))
			le.PutUint32(p[at+4:], uint32(e.ksize))
			le.PutUint64(p[at+8:], pgids[i])
		}
		off += e.ksize + e.vsize
	}
}

func (bw *bucketWriter) pageBuf(size int) []byte {
	n := (size + bw.pf.pageSize - 1) / bw.pf.pageSize * bw.pf.pageSize
	if cap(bw.pf.page) < n {
		bw.pf.page = make([]byte, n)
	}
	p := bw.pf.page[:size]
	clear(p)
	return p
}

func (bw *bucketWriter) flushLeaf() {
	p := bw.pageBuf(bw.size)
	layout(p, bw.elems, bw.data, true, nil)
	id := bw.pf.writePage(p, leafPageFlag, len(bw.elems))
	bw.leaves = append(bw.leaves, childRef{key: append([]byte(nil), bw.data[:bw.elems[0].ksize]...), id: id})
	bw.elems, bw.data, bw.size = bw.elems[:0], bw.data[:0], pageHeaderSize
}

// close ends the bucket and returns the value of its entry in the parent:
// the bucket inline when it fits in a quarter page (bolt's rule) and inline
// is true, else its header pointing at its root page. For the top-level
// bucket (inline false) it returns the root page's id in the header.
func (bw *bucketWriter) close(inline bool) []byte {
	if inline && len(bw.leaves) == 0 && bw.size <= bw.pf.pageSize/4 {
		v := make([]byte, bucketHeaderSize+bw.size)
		p := v[bucketHeaderSize:]
		layout(p, bw.elems, bw.data, true, nil)
		binary.LittleEndian.PutUint16(p[8:], leafPageFlag)
		binary.LittleEndian.PutUint16(p[10:], uint16(len(bw.elems)))
		return v
	}
	if len(bw.elems) > 0 || len(bw.leaves) == 0 {
		bw.flushLeaf0()
	}
	level := bw.leaves
	for len(level) > 1 {
		level = bw.branches(level)
	}
	v := make([]byte, bucketHeaderSize)
	binary.LittleEndian.PutUint64(v, level[0].id)
	return v
}

// flushLeaf0 writes the last leaf, which may be empty (an empty top-level
// bucket is one empty leaf).
func (bw *bucketWriter) flushLeaf0() {
	if len(bw.elems) > 0 {
		bw.flushLeaf()
		return
	}
	p := bw.pageBuf(pageHeaderSize)
	id := bw.pf.writePage(p, leafPageFlag, 0)
	bw.leaves = append(bw.leaves, childRef{id: id})
}

// branches writes the branch pages over children and returns them.
func (bw *bucketWriter) branches(children []childRef) []childRef {
	var out []childRef
	for i := 0; i < len(children); {
		size := pageHeaderSize
		j := i
		for j < len(children) {
			n := elementSize + len(children[j].key)
			if j > i && size+n > bw.pf.pageSize {
				break
			}
			size += n
			j++
		}
		// Never leave a single child for the last page: bolt keeps at
		// least two keys in a branch.
		if j == len(children)-1 && j-i > 2 {
			j--
			size -= elementSize + len(children[j].key)
		}
		elems := make([]pageElem, 0, j-i)
		pgids := make([]uint64, 0, j-i)
		var data []byte
		for _, c := range children[i:j] {
			elems = append(elems, pageElem{ksize: len(c.key)})
			pgids = append(pgids, c.id)
			data = append(data, c.key...)
		}
		p := bw.pageBuf(size)
		layout(p, elems, data, false, pgids)
		id := bw.pf.writePage(p, branchPageFlag, len(elems))
		out = append(out, childRef{key: children[i].key, id: id})
		i = j
	}
	return out
}

// ErrNotEmpty is returned by Build.WriteFile for a store that holds quads.
var ErrNotEmpty = errors.New("the store is not empty")

func pageFileError(path string, err error) error {
	return fmt.Errorf("write store file %s: %w", path, err)
}
