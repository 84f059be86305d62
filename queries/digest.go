package queries

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// A digest is what `top` and `search` need from the whole store, read in one
// pass over its quads: every entity's classes, its number of fact quads, and
// every name and alternate name; and every node's fact quads, for paths and
// neighbourhoods. Building it costs one scan of the store (about a second of
// CPU for a million quads); it is kept per store and rebuilt when the store's
// quad count changes, so a server answers from memory. It holds no Go
// pointers per node (nodes are numbers, names one string), so that it does not
// slow the garbage collector down for every other query.
type digest struct {
	size    int64
	ids     idSpace
	classes []class
	ents    []entity          // typed or named nodes, in store order
	entOf   map[uint64]uint32 // node -> index in ents
	ranked  []uint32          // the entities that are no sentence or article, most facts first
	names   nameBlob
	// The fact quads of each node, both ways, and the values of their
	// nodes, predicates and labels as Gizmo hands them to JavaScript.
	adj map[uint64][]edge
	js  map[uint64]any
	iri map[uint64]bool // which of those nodes are IRIs

	mu   sync.Mutex
	iris map[any]string // ref key -> "<iri>", filled as answers need them

	moreClasses map[uint32][]int // classes beyond the first 64, by entity
}

// edge is one fact quad seen from one of its ends.
type edge struct {
	pred, other, label uint64 // label is 0 for a quad without one
	out                bool   // the quad runs from this node to other
}

type class struct {
	ref   graph.Ref
	local string // its IRI's last segment, such as "Person"
}

type entity struct {
	id       uint64
	classes  uint64 // bit i: digest.classes[i], for the first 64 classes
	more     bool   // has classes beyond the first 64 (see digest.moreClasses)
	document bool   // a sentence or an article, not an entity
	degree   int32  // fact quads, both ways
	mentions int32  // schema:mentions quads naming it (one per article)
	name     int32  // its first schema:name in names, or -1
}

// nameBlob holds every name, lower-cased and as written, each in one string,
// so that a search is strings.Index over one string.
type nameBlob struct {
	lower, text           string
	lowerStart, textStart []uint32 // where name i starts; one more at the end
	ent                   []uint32 // the entity of name i
}

func (b *nameBlob) len() int { return len(b.ent) }

func (b *nameBlob) textOf(i int) string {
	return b.text[b.textStart[i]:b.textStart[i+1]]
}

// eachMatch calls visit, in order, for each place the lower-cased text lq
// occurs inside one name (a match running into the next name is none), with
// the name's index and the match's offset in b.lower. visit returns whether
// to go on to the next name rather than look for a later match in this one.
// The scan stops with ctx's error, looked at every 1,024 matches.
func (b *nameBlob) eachMatch(ctx context.Context, lq string, visit func(i, at int) (nextName bool)) error {
	for pos, steps := 0, 0; pos <= len(b.lower); steps++ {
		if steps%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		at := strings.Index(b.lower[pos:], lq)
		if at < 0 {
			return nil
		}
		at += pos
		i := sort.Search(b.len(), func(i int) bool { return b.lowerStart[i+1] > uint32(at) })
		if i >= b.len() {
			return nil
		}
		end := int(b.lowerStart[i+1])
		switch {
		case at+len(lq) > end:
			pos = at + 1
		case visit(i, at):
			pos = end
		default:
			pos = at + 1
		}
	}
	return nil
}

// idSpace numbers a store's nodes: a kv store's own ids, or numbers given
// in order for other stores.
type idSpace struct {
	kv   bool
	toID map[any]uint64
	refs []graph.Ref
}

func newIDSpace(qs graph.QuadStore) idSpace {
	_, kv := qs.(*ckv.QuadStore)
	return idSpace{kv: kv, toID: map[any]uint64{}}
}

// id numbers r (0 for nil), giving it a number if it has none.
func (s *idSpace) id(r graph.Ref) uint64 {
	if r == nil {
		return 0
	}
	if s.kv {
		if v, ok := r.(ckv.Int64Value); ok {
			return uint64(v)
		}
	}
	k := r.Key()
	if id, ok := s.toID[k]; ok {
		return id
	}
	s.refs = append(s.refs, r)
	id := uint64(len(s.refs))
	s.toID[k] = id
	return id
}

// lookup is the number of r, if it has one.
func (s *idSpace) lookup(r graph.Ref) (uint64, bool) {
	if r == nil {
		return 0, false
	}
	if s.kv {
		if v, ok := r.(ckv.Int64Value); ok {
			return uint64(v), true
		}
	}
	id, ok := s.toID[r.Key()]
	return id, ok
}

func (s *idSpace) ref(id uint64) graph.Ref {
	if id == 0 {
		return nil
	}
	if s.kv {
		return ckv.Int64Value(id)
	}
	return s.refs[id-1]
}

// Warm builds the digest of qs that `top` and `search` use, so that their
// first answers come from memory too; a server calls it as it starts.
func Warm(ctx context.Context, qs graph.QuadStore) error {
	if qs == nil {
		return nil
	}
	_, err := digestOf(ctx, qs)
	return err
}

// cachedDigest returns the digest of qs if one is built and the store has not
// changed since; it never builds one.
func cachedDigest(ctx context.Context, qs graph.QuadStore) *digest {
	d, _ := digests.cached(ctx, qs)
	return d
}

// typesOf lists the local names of a node's classes, sorted.
func (d *digest) typesOf(r graph.Ref) []string {
	out := []string{}
	id, ok := d.ids.lookup(r)
	if !ok {
		return out
	}
	i, ok := d.entOf[id]
	if !ok {
		return out
	}
	for _, c := range d.classesOf(i) {
		if l := d.classes[c].local; !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

var digests = newStoreCache[*digest]()

// digestOf returns the digest of qs, building it if the store changed since
// (or was never read). Concurrent callers wait for one build.
func digestOf(ctx context.Context, qs graph.QuadStore) (*digest, error) {
	return digests.get(ctx, qs, buildDigest)
}

func keyOf(r graph.Ref) any {
	if r == nil {
		return nil
	}
	return r.Key()
}

func buildDigest(ctx context.Context, qs graph.QuadStore, size int64) (*digest, error) {
	d := &digest{size: size, ids: newIDSpace(qs), entOf: map[uint64]uint32{},
		adj: map[uint64][]edge{}, js: map[uint64]any{}, iri: map[uint64]bool{}, iris: map[any]string{}}
	sc, err := newDigestScan(qs, d)
	if err != nil {
		return nil, err
	}
	if err := boltkv.EachQuad(ctx, qs, sc.quad); err != nil {
		return nil, fmt.Errorf("scan quads: %w", err)
	}
	// Facts read before a node's type made it an entity count too.
	for i := range d.ents {
		d.ents[i].degree = int32(len(d.adj[d.ents[i].id]))
		d.ents[i].mentions = sc.mentions[d.ents[i].id]
	}
	if err := d.readFactValues(ctx, qs, sc.factNodes); err != nil {
		return nil, err
	}
	d.moreClasses = sc.moreClasses
	if err := d.readClasses(ctx, qs); err != nil {
		return nil, err
	}
	if err := d.readNames(ctx, qs, sc.pending); err != nil {
		return nil, err
	}
	for i := range d.ents {
		if !d.ents[i].document {
			d.ranked = append(d.ranked, uint32(i))
		}
	}
	sort.SliceStable(d.ranked, func(i, j int) bool { return d.ents[d.ranked[i]].degree > d.ents[d.ranked[j]].degree })
	return d, nil
}

// digestScan is what buildDigest's one scan of the quads gathers beside
// the digest itself: the names and fact nodes whose values to read after.
type digestScan struct {
	d                                 *digest
	typeID, nameID, altID, mentionsID uint64
	notFact                           map[uint64]bool
	mentions                          map[uint64]int32
	classIdx                          map[uint64]int
	moreClasses                       map[uint32][]int
	pending                           []pendingName
	factNodes                         []uint64
}

// pendingName is a name or alternate name of an entity, its value to read.
type pendingName struct {
	ent     uint32
	obj     uint64
	primary bool
}

// newDigestScan looks up the predicates the scan tells apart.
func newDigestScan(qs graph.QuadStore, d *digest) (*digestScan, error) {
	sc := &digestScan{d: d, notFact: map[uint64]bool{}, mentions: map[uint64]int32{},
		classIdx: map[uint64]int{}, moreClasses: map[uint32][]int{}}
	ref := func(iri string) (uint64, error) {
		r, err := qs.ValueOf(quad.IRI(iri))
		if err != nil {
			return 0, fmt.Errorf("look up %s: %w", iri, err)
		}
		return d.ids.id(r), nil
	}
	for _, x := range []struct {
		iri string
		id  *uint64
	}{{rdfType, &sc.typeID}, {schemaName, &sc.nameID}, {schemaAltName, &sc.altID}, {schemaMentions, &sc.mentionsID}} {
		id, err := ref(x.iri)
		if err != nil {
			return nil, err
		}
		*x.id = id
	}
	for _, p := range notFacts {
		id, err := ref(p)
		if err != nil {
			return nil, err
		}
		if id != 0 {
			sc.notFact[id] = true
		}
	}
	return sc, nil
}

// ent returns the digest's entity of a node, adding it when new.
func (sc *digestScan) ent(id uint64) uint32 {
	d := sc.d
	i, ok := d.entOf[id]
	if !ok {
		i = uint32(len(d.ents))
		d.entOf[id] = i
		d.ents = append(d.ents, entity{id: id, name: -1})
	}
	return i
}

// note keeps a node of a fact, whose value to read.
func (sc *digestScan) note(id uint64) {
	if id == 0 {
		return
	}
	if _, ok := sc.d.js[id]; !ok {
		sc.d.js[id] = nil
		sc.factNodes = append(sc.factNodes, id)
	}
}

// quad reads one quad: a type, a name, a mention, or a fact.
func (sc *digestScan) quad(sr, pr, or, lr graph.Ref) {
	d := sc.d
	s, p, o, l := d.ids.id(sr), d.ids.id(pr), d.ids.id(or), d.ids.id(lr)
	if s == 0 || p == 0 || o == 0 {
		return
	}
	switch {
	case p == sc.typeID:
		c, ok := sc.classIdx[o]
		if !ok {
			c = len(d.classes)
			sc.classIdx[o] = c
			d.classes = append(d.classes, class{ref: or})
		}
		i := sc.ent(s)
		if c < 64 {
			d.ents[i].classes |= 1 << c
		} else if !slices.Contains(sc.moreClasses[i], c) {
			d.ents[i].more = true
			sc.moreClasses[i] = append(sc.moreClasses[i], c)
		}
	case p == sc.nameID, p == sc.altID:
		sc.pending = append(sc.pending, pendingName{ent: sc.ent(s), obj: o, primary: p == sc.nameID})
	case sc.notFact[p]:
		if p == sc.mentionsID {
			sc.mentions[o]++
		}
	default:
		if i, ok := d.entOf[s]; ok {
			d.ents[i].degree++
		}
		d.adj[s] = append(d.adj[s], edge{pred: p, other: o, label: l, out: true})
		d.adj[o] = append(d.adj[o], edge{pred: p, other: s, label: l})
		sc.note(s)
		sc.note(p)
		sc.note(o)
		sc.note(l)
	}
}

// readFactValues reads the values of the nodes of facts.
func (d *digest) readFactValues(ctx context.Context, qs graph.QuadStore, factNodes []uint64) error {
	frefs := make([]graph.Ref, len(factNodes))
	for i, id := range factNodes {
		frefs[i] = d.ids.ref(id)
	}
	fvals, err := values(ctx, qs, frefs)
	if err != nil {
		return err
	}
	for i, id := range factNodes {
		d.js[id] = jsValue(fvals[i])
		_, d.iri[id] = fvals[i].(quad.IRI)
	}
	return nil
}

// readClasses reads the classes' names, and marks the entities that are
// sentences or articles.
func (d *digest) readClasses(ctx context.Context, qs graph.QuadStore) error {
	crefs := make([]graph.Ref, len(d.classes))
	for i, c := range d.classes {
		crefs[i] = c.ref
	}
	cvals, err := values(ctx, qs, crefs)
	if err != nil {
		return err
	}
	for i, v := range cvals {
		s := strings.TrimSuffix(nodeString(v), ">")
		d.classes[i].local = s[max(strings.LastIndexAny(s, "/#"), 0)+1:]
	}
	for i := range d.ents {
		for _, c := range d.classesOf(uint32(i)) {
			if l := d.classes[c].local; l == "Sentence" || l == "NewsArticle" {
				d.ents[i].document = true
			}
		}
	}
	return nil
}

// readNames reads the names as text, each entity's first primary name its
// name.
func (d *digest) readNames(ctx context.Context, qs graph.QuadStore, pending []pendingName) error {
	nrefs := make([]graph.Ref, len(pending))
	for i, p := range pending {
		nrefs[i] = d.ids.ref(p.obj)
	}
	nvals, err := values(ctx, qs, nrefs)
	if err != nil {
		return err
	}
	var lower, text strings.Builder
	for i, p := range pending {
		t := vocab.Lexical(nvals[i])
		if p.primary && d.ents[p.ent].name < 0 {
			d.ents[p.ent].name = int32(i)
		}
		d.names.lowerStart = append(d.names.lowerStart, uint32(lower.Len()))
		d.names.textStart = append(d.names.textStart, uint32(text.Len()))
		d.names.ent = append(d.names.ent, p.ent)
		lower.WriteString(strings.ToLower(t))
		text.WriteString(t)
	}
	d.names.lowerStart = append(d.names.lowerStart, uint32(lower.Len()))
	d.names.textStart = append(d.names.textStart, uint32(text.Len()))
	d.names.lower, d.names.text = lower.String(), text.String()
	return nil
}

// classesOf lists the indexes of entity i's classes.
func (d *digest) classesOf(i uint32) []int {
	var out []int
	for c := 0; c < 64 && c < len(d.classes); c++ {
		if d.ents[i].classes&(1<<c) != 0 {
			out = append(out, c)
		}
	}
	if d.ents[i].more {
		out = append(out, d.moreClasses[i]...)
	}
	return out
}

// jsValue is a value as Gizmo hands it to JavaScript: IRIs as "<iri>",
// plain strings as they are, typed literals that Go cannot read natively in
// their N-Quads form.
func jsValue(v quad.Value) any {
	if v == nil {
		return nil
	}
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && v == nv {
		return quad.StringOf(v)
	}
	return out
}
