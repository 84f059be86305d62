package resolve

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// The origin record of an article: the quads its extraction gave the
// entities of it that resolution moved, with the IRIs extraction gave them
// (an entity's original IRI, "raw", at both ends of a fact), kept in a bolt
// store's side bucket beside the graph (Cayley never reads it).
//
// A resolution that moves two groups of one article onto one node ("Gulf",
// a place, and the Gulf Cooperation Council of one story, put in one
// cluster by a store that had few articles yet) makes one group of them:
// their quads share the article's labels, a quad both had (the article's
// schema:mentions, a type in one sentence) is one quad, and a place's City
// type became Organization. Nothing in the graph says which quad was whose,
// so a later resolution, with more articles, read the group as one unit and
// could not take them apart where one resolution of all the articles keeps
// them apart: the graph depended on the order the articles came in
// (graph/resolve/INCREMENTAL.md, class 2). With the record, a resolution
// reads such a group as its parts (splitMerged), each as the group its
// IRI was before it moved, and when the parts go to different nodes it
// writes their quads again from the record (rewriteParts).
//
// A group's quads are recorded when it first moves, or when another group
// of its article moves onto its node: before that they are what extraction
// gave, but for the other end of a fact whose group moved (read back
// through that group's original IRI). A record holds for the article as
// long as some group of it has moved: an article replaced in the store
// loses every moved quad, and its next record is made anew.
type origin struct {
	raws  map[quad.IRI]bool // the original IRIs recorded
	quads []quad.Quad       // the article's quads that touch them
	seen  map[string]bool   // the quads, as N-Quads
}

// originPrefix starts the side key of an article's origin record; the
// article's IRI follows.
const originPrefix = "resolve/origin/"

// originMagic starts an encoded origin record.
const originMagic = "ng-resolve-origin/1\n"

func newOrigin() *origin {
	return &origin{raws: map[quad.IRI]bool{}, seen: map[string]bool{}}
}

// add records quad q (with original IRIs) once.
func (o *origin) add(q quad.Quad) {
	k := q.NQuad()
	if !o.seen[k] {
		o.seen[k] = true
		o.quads = append(o.quads, q)
	}
}

// holds reports whether every IRI of raws is recorded.
func (o *origin) holds(raws []quad.IRI) bool {
	if o == nil {
		return false
	}
	for _, r := range raws {
		if !o.raws[r] {
			return false
		}
	}
	return true
}

// encode returns the record as text: the magic line, a line "r <IRI>" per
// recorded IRI, then the quads as N-Quads, in a stable order.
func (o *origin) encode() []byte {
	var b bytes.Buffer
	b.WriteString(originMagic)
	raws := make([]string, 0, len(o.raws))
	for r := range o.raws {
		raws = append(raws, string(r))
	}
	slices.Sort(raws)
	for _, r := range raws {
		b.WriteString("r ")
		b.WriteString(r)
		b.WriteByte('\n')
	}
	lines := make([]string, 0, len(o.quads))
	for _, q := range o.quads {
		lines = append(lines, q.NQuad())
	}
	slices.Sort(lines)
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// decodeOrigin decodes a record encode made.
func decodeOrigin(data []byte) (*origin, error) {
	if !bytes.HasPrefix(data, []byte(originMagic)) {
		return nil, fmt.Errorf("origin record: no %q", strings.TrimSpace(originMagic))
	}
	o := newOrigin()
	sc := bufio.NewScanner(bytes.NewReader(data[len(originMagic):]))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if r, ok := strings.CutPrefix(line, "r "); ok {
			o.raws[quad.IRI(r)] = true
			continue
		}
		q, err := nquads.Parse(line)
		if err != nil {
			return nil, fmt.Errorf("origin record: %w", err)
		}
		o.add(q)
	}
	return o, sc.Err()
}

// origins are the origin records a resolution read and those it changes,
// by article.
type origins struct {
	read    func(article quad.IRI) (*origin, error) // nil: the store keeps none
	keep    bool                                    // records are written (not a dry run)
	have    map[quad.IRI]*origin                    // nil: none, or none that holds
	changed map[quad.IRI]bool
}

func newOrigins(read func(quad.IRI) (*origin, error), keep bool) *origins {
	return &origins{read: read, keep: keep, have: map[quad.IRI]*origin{}, changed: map[quad.IRI]bool{}}
}

// of returns the record of an article that holds (some group of the
// article has moved: moved), nil when there is none.
func (os *origins) of(article quad.IRI, moved bool) (*origin, error) {
	if o, ok := os.have[article]; ok {
		return o, nil
	}
	var o *origin
	if moved {
		var err error
		if o, err = os.read(article); err != nil {
			return nil, err
		}
	}
	os.have[article] = o
	return o, nil
}

// writable returns the record of an article to add to: the one that holds,
// else a new one that replaces whatever the store has.
func (os *origins) writable(article quad.IRI, moved bool) (*origin, error) {
	o, err := os.of(article, moved)
	if err != nil {
		return nil, err
	}
	if o == nil {
		o = newOrigin()
		os.have[article] = o
	}
	return o, nil
}

// entries returns the side entries of the records changed.
func (os *origins) entries() []boltkv.SideEntry {
	var out []boltkv.SideEntry
	for a := range os.changed {
		out = append(out, boltkv.SideEntry{Key: originPrefix + string(a), Data: os.have[a].encode()})
	}
	slices.SortFunc(out, func(a, b boltkv.SideEntry) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// noOrigins reads the records of a store that has none yet (a new bolt
// store a load builds).
func noOrigins(quad.IRI) (*origin, error) { return nil, nil }

// storeOrigins reads the records of a store; nil for a store that keeps
// none (only bolt stores have a side bucket).
func storeOrigins(qs graph.QuadStore) func(quad.IRI) (*origin, error) {
	if _, ok, err := boltkv.StateOf(qs); err != nil || !ok {
		return nil
	}
	return func(article quad.IRI) (*origin, error) {
		data, err := boltkv.Side(qs, originPrefix+string(article))
		if err != nil || data == nil {
			return nil, err
		}
		o, err := decodeOrigin(data)
		if err != nil {
			return nil, nil // a damaged record is no record
		}
		return o, nil
	}
}

// recordPreds reports whether a quad of predicate p is recorded: the merge
// records are the resolution's own, written again from the groups.
func recordPreds(p quad.Value) bool {
	return p != vocab.MergedFrom && p != vocab.MergeRule
}
