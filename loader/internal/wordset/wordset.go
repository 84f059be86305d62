// Package wordset is a read-only set of words read from a gzipped list, one
// a line, for the extractor's big word lists (tens of thousands of words).
// The words stay in the one string the list decompresses to and the set
// indexes them by offsets, so that loading a list allocates no string per
// word and the garbage collector has no pointer per word to scan, where a
// map[string]struct{} of the list costs both on every run.
package wordset

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"hash/maphash"
	"io"
	"sync"
)

// Set holds the words of a list.
type Set struct {
	text  string
	slots []slot // open addressing; end 0 is an empty slot
	mask  uint64
	seed  maphash.Seed
	n     int
}

// slot is a word's place in text.
type slot struct{ start, end uint32 }

// Gzipped reads the gzipped list data: one word a line, empty lines
// skipped, a line's trailing carriage return dropped (as bufio.ScanLines
// does).
func Gzipped(data []byte) (*Set, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("wordset: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("wordset: %w", err)
	}
	return Of(string(b)), nil
}

// Lazy returns a function that reads the gzipped list data once, on its
// first call, and then returns that set. The list is embedded in the
// binary, so a list that does not read is a defect of the build: it panics,
// naming the list.
func Lazy(name string, data []byte) func() *Set {
	return sync.OnceValue(func() *Set {
		s, err := Gzipped(data)
		if err != nil {
			panic(name + ": " + err.Error())
		}
		return s
	})
}

// Of makes the set of the lines of text.
func Of(text string) *Set {
	lines := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines++
		}
	}
	size := 1
	for size < 2*(lines+1) {
		size <<= 1
	}
	s := &Set{text: text, slots: make([]slot, size), mask: uint64(size - 1), seed: maphash.MakeSeed()}
	for start := 0; start < len(text); {
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		next := end + 1
		if end > start && text[end-1] == '\r' {
			end--
		}
		if end > start {
			s.add(start, end)
		}
		start = next
	}
	return s
}

func (s *Set) add(start, end int) {
	w := s.text[start:end]
	for i := maphash.String(s.seed, w) & s.mask; ; i = (i + 1) & s.mask {
		sl := &s.slots[i]
		if sl.end == 0 {
			sl.start, sl.end = uint32(start), uint32(end)
			s.n++
			return
		}
		if s.text[sl.start:sl.end] == w {
			return // a word listed twice
		}
	}
}

// Has reports whether w is one of the set's words.
func (s *Set) Has(w string) bool {
	if w == "" {
		return false
	}
	for i := maphash.String(s.seed, w) & s.mask; ; i = (i + 1) & s.mask {
		sl := s.slots[i]
		if sl.end == 0 {
			return false
		}
		if int(sl.end-sl.start) == len(w) && s.text[sl.start:sl.end] == w {
			return true
		}
	}
}

// Len is the number of distinct words in the set.
func (s *Set) Len() int { return s.n }
