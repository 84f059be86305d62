package queries

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// A digest is what `top` and `search` need from the whole store, read in one
// pass over its quads: every entity's classes, its number of fact quads, and
// every name and alternate name. Building it costs one scan of the store
// (seconds on a store of a million quads); it is kept per store and rebuilt
// when the store's quad count changes, so a server answers from memory.
type digest struct {
	size     int64
	classes  []class
	entities []*entity // typed or named nodes, in store order
	ranked   []*entity // the entities that are no sentence or article, most facts first
	degree   map[any]int
	names    []nameEntry
	byKey    map[any]*entity
	// The fact quads of each node, both ways, and the values of their
	// nodes, predicates and labels as Gizmo hands them to JavaScript.
	adj map[any][]edge
	js  map[any]any
	iri map[any]bool // which of those nodes are IRIs

	mu   sync.Mutex
	iris map[any]string // ref key -> "<iri>", filled as answers need them
}

// edge is one fact quad seen from one of its ends.
type edge struct {
	pred, other, label graph.Ref // label is nil for a quad without one
	out                bool      // the quad runs from this node to other
}

type class struct {
	ref   graph.Ref
	local string // its IRI's last segment, such as "Person"
}

type entity struct {
	ref      graph.Ref
	classes  []int // indexes into digest.classes
	document bool  // a sentence or an article, not an entity
	name     string
	degree   int // fact quads, both ways
}

type nameEntry struct {
	e     *entity
	text  string
	lower string
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
	if qs == nil || !reflect.TypeOf(qs).Comparable() {
		return nil
	}
	digests.Lock()
	slot := digests.m[qs]
	digests.Unlock()
	if slot == nil {
		return nil
	}
	select {
	case slot.sem <- struct{}{}:
	default:
		return nil // being built
	}
	d := slot.d
	<-slot.sem
	if d == nil {
		return nil
	}
	if st, err := qs.Stats(ctx, false); err != nil || st.Quads.Value != d.size {
		return nil
	}
	return d
}

// typesOf lists the local names of an entity's classes, sorted.
func (d *digest) typesOf(k any) []string {
	e := d.byKey[k]
	if e == nil {
		return []string{}
	}
	out := make([]string, 0, len(e.classes))
	for _, c := range e.classes {
		if l := d.classes[c].local; !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

type digestSlot struct {
	sem chan struct{} // held while building
	d   *digest
}

var digests = struct {
	sync.Mutex
	m map[graph.QuadStore]*digestSlot
}{m: map[graph.QuadStore]*digestSlot{}}

// digestOf returns the digest of qs, building it if the store changed since
// (or was never read). Concurrent callers wait for one build.
func digestOf(ctx context.Context, qs graph.QuadStore) (*digest, error) {
	if qs == nil {
		return nil, fmt.Errorf("no store")
	}
	st, err := qs.Stats(ctx, false)
	if err != nil {
		return nil, fmt.Errorf("store size: %w", err)
	}
	if !reflect.TypeOf(qs).Comparable() {
		return buildDigest(ctx, qs, st.Quads.Value)
	}
	digests.Lock()
	slot := digests.m[qs]
	if slot == nil {
		if len(digests.m) >= 8 { // stores opened and dropped, as tests do
			clear(digests.m)
		}
		slot = &digestSlot{sem: make(chan struct{}, 1)}
		digests.m[qs] = slot
	}
	digests.Unlock()
	select {
	case slot.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-slot.sem }()
	if slot.d != nil && slot.d.size == st.Quads.Value {
		return slot.d, nil
	}
	d, err := buildDigest(ctx, qs, st.Quads.Value)
	if err != nil {
		return nil, err
	}
	slot.d = d
	return d, nil
}

func keyOf(r graph.Ref) any {
	if r == nil {
		return nil
	}
	return r.Key()
}

func buildDigest(ctx context.Context, qs graph.QuadStore, size int64) (*digest, error) {
	ref := func(iri string) (any, error) {
		r, err := qs.ValueOf(quad.IRI(iri))
		if err != nil {
			return nil, fmt.Errorf("look up %s: %w", iri, err)
		}
		return keyOf(r), nil
	}
	typeKey, err := ref(rdfType)
	if err != nil {
		return nil, err
	}
	nameKey, err := ref(schemaName)
	if err != nil {
		return nil, err
	}
	altKey, err := ref(schemaAltName)
	if err != nil {
		return nil, err
	}
	notFact := map[any]bool{}
	for _, p := range notFacts {
		k, err := ref(p)
		if err != nil {
			return nil, err
		}
		if k != nil {
			notFact[k] = true
		}
	}
	d := &digest{size: size, degree: map[any]int{}, iris: map[any]string{},
		adj: map[any][]edge{}, js: map[any]any{}, iri: map[any]bool{}}
	var factNodes []graph.Ref
	note := func(r graph.Ref) {
		if r == nil {
			return
		}
		if _, ok := d.js[r.Key()]; !ok {
			d.js[r.Key()] = nil
			factNodes = append(factNodes, r)
		}
	}
	byKey := map[any]*entity{}
	d.byKey = byKey
	classIdx := map[any]int{}
	ent := func(r graph.Ref) *entity {
		k := r.Key()
		e := byKey[k]
		if e == nil {
			e = &entity{ref: r}
			byKey[k] = e
			d.entities = append(d.entities, e)
		}
		return e
	}
	type pendingName struct {
		e       *entity
		obj     graph.Ref
		primary bool
	}
	var pending []pendingName
	err = eachQuad(ctx, qs, func(s, p, o, l graph.Ref) {
		if s == nil || p == nil || o == nil {
			return
		}
		pk := p.Key()
		switch {
		case typeKey != nil && pk == typeKey:
			c, ok := classIdx[o.Key()]
			if !ok {
				c = len(d.classes)
				classIdx[o.Key()] = c
				d.classes = append(d.classes, class{ref: o})
			}
			// Each article restates an entity's type: keep each class once.
			if e := ent(s); !slices.Contains(e.classes, c) {
				e.classes = append(e.classes, c)
			}
		case nameKey != nil && pk == nameKey, altKey != nil && pk == altKey:
			pending = append(pending, pendingName{e: ent(s), obj: o, primary: pk == nameKey})
		case notFact[pk]:
		default:
			d.degree[s.Key()]++
			d.degree[o.Key()]++
			d.adj[s.Key()] = append(d.adj[s.Key()], edge{pred: p, other: o, label: l, out: true})
			d.adj[o.Key()] = append(d.adj[o.Key()], edge{pred: p, other: s, label: l})
			note(s)
			note(p)
			note(o)
			note(l)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("scan quads: %w", err)
	}
	// The values of the nodes of facts.
	fvals, err := values(ctx, qs, factNodes)
	if err != nil {
		return nil, err
	}
	for i, r := range factNodes {
		d.js[r.Key()] = jsValue(fvals[i])
		_, d.iri[r.Key()] = fvals[i].(quad.IRI)
	}
	// Class names, and which entities are sentences or articles.
	crefs := make([]graph.Ref, len(d.classes))
	for i, c := range d.classes {
		crefs[i] = c.ref
	}
	cvals, err := values(ctx, qs, crefs)
	if err != nil {
		return nil, err
	}
	for i, v := range cvals {
		s := strings.TrimSuffix(nodeString(v), ">")
		d.classes[i].local = s[max(strings.LastIndexAny(s, "/#"), 0)+1:]
	}
	for _, e := range d.entities {
		for _, c := range e.classes {
			if l := d.classes[c].local; l == "Sentence" || l == "NewsArticle" {
				e.document = true
			}
		}
	}
	// Names, as text.
	nrefs := make([]graph.Ref, len(pending))
	for i, p := range pending {
		nrefs[i] = p.obj
	}
	nvals, err := values(ctx, qs, nrefs)
	if err != nil {
		return nil, err
	}
	d.names = make([]nameEntry, 0, len(pending))
	for i, p := range pending {
		text := literalText(nvals[i])
		if p.primary && p.e.name == "" {
			p.e.name = text
		}
		d.names = append(d.names, nameEntry{e: p.e, text: text, lower: strings.ToLower(text)})
	}
	for _, e := range d.entities {
		if e.document {
			continue
		}
		e.degree = d.degree[e.ref.Key()]
		d.ranked = append(d.ranked, e)
	}
	sort.SliceStable(d.ranked, func(i, j int) bool { return d.ranked[i].degree > d.ranked[j].degree })
	return d, nil
}

// eachQuad calls fn with the refs of every quad of qs: a cursor over the log
// of a kv store, or Cayley's iterator over all quads.
func eachQuad(ctx context.Context, qs graph.QuadStore, fn func(s, p, o, l graph.Ref)) error {
	if ok, err := scanKVQuads(ctx, qs, fn); ok {
		return err
	}
	return eachQuadOf(ctx, qs, fn)
}

// eachQuadOf is eachQuad through Cayley's iterator, for any store.
func eachQuadOf(ctx context.Context, qs graph.QuadStore, fn func(s, p, o, l graph.Ref)) error {
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for i := 0; it.Next(ctx); i++ {
		if i&4095 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		q := it.Result()
		var dirs [4]graph.Ref
		for j, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
			r, err := qs.QuadDirection(q, d)
			if err != nil {
				return err
			}
			dirs[j] = r
		}
		fn(dirs[0], dirs[1], dirs[2], dirs[3])
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
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

// literalText is the lexical form of a name.
func literalText(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	}
	return v.String()
}
