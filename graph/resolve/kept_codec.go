package resolve

import (
	"bytes"
	"encoding/binary"
	"sort"

	"github.com/cayleygraph/quad"
)

// keptWriter writes the numbers and strings of a kept state: unsigned
// varints, and strings as their length and bytes.
type keptWriter struct {
	b   bytes.Buffer
	tmp [binary.MaxVarintLen64]byte
}

func (w *keptWriter) uv(x uint64) { w.b.Write(w.tmp[:binary.PutUvarint(w.tmp[:], x)]) }

func (w *keptWriter) str(s string) {
	w.uv(uint64(len(s)))
	w.b.WriteString(s)
}

// strs writes a list of strings.
func (w *keptWriter) strs(ss []string) {
	w.uv(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

// sortedStrs writes a sorted list of strings front-coded: each as the
// length of the prefix it shares with the one before, and the rest (IRIs
// of one store share most of their bytes).
func (w *keptWriter) sortedStrs(ss []string) {
	w.uv(uint64(len(ss)))
	prev := ""
	for _, s := range ss {
		n := 0
		for n < len(s) && n < len(prev) && s[n] == prev[n] {
			n++
		}
		w.uv(uint64(n))
		w.str(s[n:])
		prev = s
	}
}

// keptReader reads what a keptWriter wrote; bad is set at the first
// number or string that cannot be read, and every read after it gives zero.
type keptReader struct {
	data []byte
	bad  bool
}

func (r *keptReader) uv() uint64 {
	if r.bad {
		return 0
	}
	x, n := binary.Uvarint(r.data)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.data = r.data[n:]
	return x
}

func (r *keptReader) str() string {
	l := r.uv()
	if r.bad || l > uint64(len(r.data)) {
		r.bad = true
		return ""
	}
	s := string(r.data[:l])
	r.data = r.data[l:]
	return s
}

// count reads a number of items to come, each at least one byte long:
// more than the bytes left is a damaged state.
func (r *keptReader) count() int {
	n := r.uv()
	if n > uint64(len(r.data)) {
		r.bad = true
		return 0
	}
	return int(n)
}

// strs reads a list of strings written by keptWriter.strs.
func (r *keptReader) strs() []string {
	n := r.count()
	var out []string
	for ; n > 0 && !r.bad; n-- {
		out = append(out, r.str())
	}
	return out
}

// sortedStrs reads a list written by keptWriter.sortedStrs.
func (r *keptReader) sortedStrs() []string {
	n := r.count()
	var out []string
	prev := ""
	for ; n > 0 && !r.bad; n-- {
		shared := r.uv()
		if shared > uint64(len(prev)) {
			r.bad = true
			return nil
		}
		s := prev[:shared] + r.str()
		out = append(out, s)
		prev = s
	}
	return out
}

// done reports whether everything was read and nothing was bad.
// iriAt is the IRI numbered n in strs, a table read by sortedStrs; a number
// past the table marks the reader bad and gives "".
func (r *keptReader) iriAt(strs []string, n uint64) quad.IRI {
	if n >= uint64(len(strs)) {
		r.bad = true
		return ""
	}
	return quad.IRI(strs[n])
}

func (r *keptReader) done() bool { return !r.bad && len(r.data) == 0 }

// keptParts are the parts of a kept state that later stages keep, by the
// stage's name, each encoded by its stage: a stage's part is written and
// read in its own file, and a kept state without a stage's part makes that
// stage count everything.
type keptParts map[string][]byte

// encode writes the parts in the order of their names.
func (p keptParts) encode(w *keptWriter) {
	names := make([]string, 0, len(p))
	for n := range p {
		names = append(names, n)
	}
	sort.Strings(names)
	w.uv(uint64(len(names)))
	for _, n := range names {
		w.str(n)
		w.str(string(p[n]))
	}
}

// decodeParts reads parts written by keptParts.encode.
func decodeParts(r *keptReader) keptParts {
	n := r.count()
	if n == 0 {
		return nil
	}
	p := keptParts{}
	for ; n > 0 && !r.bad; n-- {
		name := r.str()
		p[name] = []byte(r.str())
	}
	return p
}

// iriTable writes the IRIs of set once, sorted and front-coded, and returns
// each one's number in that order, by which a part's records name them.
func (w *keptWriter) iriTable(set map[quad.IRI]bool) map[quad.IRI]int {
	iris := sortedIRIs(set)
	strs := make([]string, len(iris))
	num := make(map[quad.IRI]int, len(iris))
	for i, x := range iris {
		strs[i], num[x] = string(x), i
	}
	w.sortedStrs(strs)
	return num
}

// setRef adds the IRIs of a group's ref to the set of a part's IRI table.
func setRef(set map[quad.IRI]bool, r groupRef) {
	set[r.node], set[r.article] = true, true
	if r.raw != "" {
		set[r.raw] = true
	}
}

// rawNum is the number a part's raw IRI is written as: 0 for none, else
// its number in the IRI table plus one.
func rawNum(num map[quad.IRI]int, raw quad.IRI) uint64 {
	if raw == "" {
		return 0
	}
	return uint64(num[raw]) + 1
}

// rawAt reads back a raw IRI written by rawNum, at reading the table.
func rawAt(n uint64, at func(uint64) quad.IRI) quad.IRI {
	if n == 0 {
		return ""
	}
	return at(n - 1)
}
