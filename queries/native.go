package queries

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"
	"github.com/newsgraph/newsgraph/graph/eventlabel"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// The canned queries are Gizmo, but a few of their steps walk many quads:
// ranking every entity by its facts, matching a text against every name,
// counting the entities of hundreds of articles, a breadth-first search. In
// Gizmo each step of such a walk turns every quad's nodes into values; here
// they are done in Go over the store's refs, comparing refs and turning only
// the nodes of the answer into values. The queries reach them as the global
// object `ng` (see installNative); raw Gizmo does not get it.

// Vocabulary the Go helpers use, from graph/vocab (lib.js's tables are
// checked against it).
var (
	rdfType           = string(vocab.Type)
	schemaName        = string(vocab.Name)
	schemaAltName     = string(vocab.AlternateName)
	schemaMentions    = string(vocab.Mentions)
	schemaSentence    = string(vocab.Sentence)
	schemaNewsArticle = string(vocab.NewsArticle)
)

// notFacts are the predicates that describe a node or its sources rather than
// relate two entities (vocab.Descriptive); lib.js's NOT_FACTS holds the same
// list (a test checks).
var notFacts = func() []string {
	out := make([]string, len(vocab.Descriptive))
	for i, p := range vocab.Descriptive {
		out[i] = string(p)
	}
	return out
}()

// documentClasses are the classes of sources, not entities.
var documentClasses = map[string]bool{"Sentence": true, "NewsArticle": true, "CreativeWork": true}

// native holds what the Go helpers of one query run need.
type native struct {
	ctx context.Context
	qs  graph.QuadStore
	// predicate ref key -> is a fact predicate
	facts map[any]bool
	// names resolves the queries' entity parameters; resolved records how.
	names    *resolver
	resolved []Resolution
}

// installNative sets the global `ng` in a canned query's runtime.
func installNative(ctx context.Context, vm *goja.Runtime, qs graph.QuadStore) (*native, error) {
	n := &native{ctx: ctx, qs: qs, facts: map[any]bool{}, names: newResolver(ctx, qs)}
	obj := vm.NewObject()
	for name, fn := range map[string]any{
		"top":         func(classes []string, limit int) ([]any, error) { return jsRanked(n.top(classes, limit)) },
		"search":      func(text string, limit int) ([]any, error) { return jsList(n.search(text, limit)) },
		"coMentioned": func(e string, limit int) ([]any, error) { return jsRanked(n.coMentioned(e, limit)) },
		"knownTypes":  n.knownTypes,
		"resolve":     n.resolve,
		"knownEdges":  n.knownEdges,
		"linked":      n.linked,
		"eventLabel":  n.eventLabel,
		"shortestPath": func(a, b string, depth, maxNodes int) ([]any, error) {
			return jsLinks(n.shortestPath(a, b, depth, maxNodes))
		},
	} {
		if err := obj.Set(name, fn); err != nil {
			return nil, err
		}
	}
	return n, vm.Set("ng", obj)
}

// The helpers hand JavaScript plain arrays of objects.
func jsRanked(list []ranked, err error) ([]any, error) {
	if err != nil {
		return nil, err
	}
	out := make([]any, len(list))
	for i, r := range list {
		out[i] = map[string]any{"id": r.ID, "n": r.N}
	}
	return out, nil
}

func jsList(list []string, err error) ([]any, error) {
	if err != nil {
		return nil, err
	}
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = s
	}
	return out, nil
}

func jsLinks(list []link, err error) ([]any, error) {
	if err != nil {
		return nil, err
	}
	out := make([]any, len(list))
	for i, l := range list {
		out[i] = map[string]any{"prev": l.Prev, "pred": l.Pred, "dir": l.Dir, "to": l.To}
	}
	return out, nil
}

// ranked is one entity with a count, as the helpers return it: id is the
// node as Gizmo writes it ("<iri>").
type ranked struct {
	ID string `json:"id"`
	N  int    `json:"n"`
}

// nodeString writes a value the way Gizmo hands it to JavaScript.
func nodeString(v quad.Value) string {
	if v == nil {
		return ""
	}
	return quad.StringOf(v)
}

// refOf looks up a node given as Gizmo writes it ("<iri>"); nil when the
// store does not hold it.
func (n *native) refOf(s string) (graph.Ref, error) {
	var v quad.Value
	if len(s) > 1 && s[0] == '<' && s[len(s)-1] == '>' {
		v = quad.IRI(s[1 : len(s)-1])
	} else {
		v = quad.String(s)
	}
	return n.qs.ValueOf(v)
}

func (n *native) iriRef(iri string) (graph.Ref, error) {
	return n.qs.ValueOf(quad.IRI(iri))
}

// values resolves refs to values in batches.
func values(ctx context.Context, qs graph.QuadStore, list []graph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, 0, len(list))
	const batch = 1024
	bn, _ := qs.(refs.BatchNamer)
	for i := 0; i < len(list); i += batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		part := list[i:min(i+batch, len(list))]
		if bn != nil {
			vals, err := bn.ValuesOf(ctx, part)
			if err != nil {
				return nil, err
			}
			out = append(out, vals...)
			continue
		}
		for _, r := range part {
			v, err := qs.NameOf(r)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
	}
	return out, nil
}

// isFact reports whether the predicate p relates entities (is no NOT_FACTS
// term), resolving each distinct predicate once per run.
func (n *native) isFact(p graph.Ref) (bool, error) {
	k := p.Key()
	if f, ok := n.facts[k]; ok {
		return f, nil
	}
	v, err := n.qs.NameOf(p)
	if err != nil {
		return false, err
	}
	f := true
	if iri, ok := v.(quad.IRI); ok {
		for _, nf := range notFacts {
			if string(iri) == nf {
				f = false
				break
			}
		}
	}
	n.facts[k] = f
	return f, nil
}

// byCountThenIRI orders candidates by count (highest first) and then by IRI,
// as the Gizmo queries did, and returns the first limit. Only the IRIs of
// candidates that can reach the list are looked up.
func byCountThenIRI(ctx context.Context, qs graph.QuadStore, cands []graph.Ref, count func(graph.Ref) int, iris map[any]string, limit int) ([]ranked, error) {
	sort.SliceStable(cands, func(i, j int) bool { return count(cands[i]) > count(cands[j]) })
	if len(cands) == 0 {
		return []ranked{}, nil
	}
	cut := count(cands[min(limit, len(cands))-1])
	end := sort.Search(len(cands), func(i int) bool { return count(cands[i]) < cut })
	head := cands[:end]
	var need []graph.Ref
	for _, r := range head {
		if _, ok := iris[r.Key()]; !ok {
			need = append(need, r)
		}
	}
	vals, err := values(ctx, qs, need)
	if err != nil {
		return nil, err
	}
	for i, r := range need {
		iris[r.Key()] = nodeString(vals[i])
	}
	sort.SliceStable(head, func(i, j int) bool {
		ci, cj := count(head[i]), count(head[j])
		if ci != cj {
			return ci > cj
		}
		return iris[head[i].Key()] < iris[head[j].Key()]
	})
	out := make([]ranked, 0, min(limit, len(head)))
	for _, r := range head[:min(limit, len(head))] {
		out = append(out, ranked{ID: iris[r.Key()], N: count(r)})
	}
	return out, nil
}

// knownTypes returns the local names of a node's classes, sorted, when the
// store's digest is built and current (a server builds it as it starts), and
// null otherwise: the query then asks the store. Entities restate their type
// in every article, so asking the store reads hundreds of quads for the
// entities most named.
func (n *native) knownTypes(node string) (any, error) {
	d := cachedDigest(n.ctx, n.qs)
	if d == nil {
		return nil, nil
	}
	r, err := n.refOf(node)
	if err != nil || r == nil {
		return nil, err
	}
	list := d.typesOf(r)
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = s
	}
	return out, nil
}

// knownEdges returns a node's fact quads, both ways, as [{pred, other, dir,
// ev}] (ev: the quad's label, if any), when the store's digest is built and
// current; null otherwise, and the query walks the store.
func (n *native) knownEdges(node string) (any, error) {
	d := cachedDigest(n.ctx, n.qs)
	if d == nil {
		return nil, nil
	}
	r, err := n.refOf(node)
	if err != nil || r == nil {
		return []any{}, err
	}
	id, _ := d.ids.lookup(r)
	list := d.adj[id]
	out := make([]any, 0, len(list))
	for _, e := range list {
		dir := "in"
		if e.out {
			dir = "out"
		}
		m := map[string]any{"pred": d.js[e.pred], "other": d.js[e.other], "dir": dir}
		if e.label != 0 {
			m["ev"] = d.js[e.label]
		}
		out = append(out, m)
	}
	return out, nil
}

// linked returns the nodes linked to node by the fact predicate pred, going
// "out" (node -pred-> x) or "in" (x -pred-> node), one per quad in store
// order, when the store's digest is built and current; null otherwise, or
// when pred is no fact predicate, and the query walks the store. An in-walk
// of the store reads every quad pointing at a node, and the places and
// organisations most named are the objects of thousands of mentions.
func (n *native) linked(node string, pred any, dir string) (any, error) {
	d := cachedDigest(n.ctx, n.qs)
	if d == nil {
		return nil, nil
	}
	var predIRI string
	switch p := pred.(type) {
	case quad.IRI:
		predIRI = string(p)
	case string:
		predIRI = strings.TrimSuffix(strings.TrimPrefix(p, "<"), ">")
	default:
		return nil, nil
	}
	if slices.Contains(notFacts, predIRI) {
		return nil, nil
	}
	out := []any{}
	pr, err := n.iriRef(predIRI)
	if err != nil || pr == nil {
		return out, err
	}
	pid, ok := d.ids.lookup(pr)
	if !ok {
		return out, nil
	}
	r, err := n.refOf(node)
	if err != nil || r == nil {
		return out, err
	}
	id, _ := d.ids.lookup(r)
	for _, e := range d.adj[id] {
		if e.pred == pid && e.out == (dir == "out") {
			out = append(out, d.js[e.other])
		}
	}
	return out, nil
}

// top ranks the entities of the given class names (local names, any case;
// all entity classes when empty) by their fact quads, both ways.
func (n *native) top(classNames []string, limit int) ([]ranked, error) {
	d, err := digestOf(n.ctx, n.qs)
	if err != nil {
		return nil, err
	}
	want := map[int]bool{}
	for i, c := range d.classes {
		if documentClasses[c.local] {
			continue
		}
		if len(classNames) == 0 {
			want[i] = true
			continue
		}
		for _, w := range classNames {
			if strings.EqualFold(w, c.local) {
				want[i] = true
			}
		}
	}
	// d.ranked is in order of facts: take the first limit entities of the
	// classes, and those with as many facts as the last of them, which the
	// IRI orders.
	var cands []graph.Ref
	count := map[any]int{}
	cut := int32(-1)
	for i, ei := range d.ranked {
		if i%65536 == 0 {
			if err := n.ctx.Err(); err != nil {
				return nil, err
			}
		}
		e := &d.ents[ei]
		if cut >= 0 && e.degree < cut {
			break
		}
		for _, c := range d.classesOf(ei) {
			if want[c] {
				r := d.ids.ref(e.id)
				cands = append(cands, r)
				count[r.Key()] = int(e.degree)
				if len(cands) == limit {
					cut = e.degree
				}
				break
			}
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return byCountThenIRI(n.ctx, n.qs, cands, func(r graph.Ref) int { return count[r.Key()] }, d.iris, limit)
}

// search returns up to limit entities (not sentences or articles) with a
// name or alternate name containing text, ignoring case: those whose name is
// the text first, then shorter names first.
func (n *native) search(text string, limit int) ([]string, error) {
	d, err := digestOf(n.ctx, n.qs)
	if err != nil {
		return nil, err
	}
	lq := strings.ToLower(text)
	type hit struct {
		e     uint32
		exact bool
		size  int
		label string
	}
	var hits []hit
	seen := map[uint32]bool{}
	blob := &d.names
	err = blob.eachMatch(n.ctx, lq, func(i, _ int) bool {
		ei := blob.ent[i]
		if seen[ei] || d.ents[ei].document {
			return true
		}
		seen[ei] = true
		label := blob.textOf(i)
		if e := &d.ents[ei]; e.name >= 0 {
			label = blob.textOf(int(e.name))
		}
		hits = append(hits, hit{e: ei, exact: strings.ToLower(label) == lq, size: len(utf16.Encode([]rune(label))), label: label})
		return true
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.exact != b.exact {
			return a.exact
		}
		if a.size != b.size {
			return a.size < b.size
		}
		return a.label < b.label
	})
	hits = hits[:min(limit, len(hits))]
	need := make([]graph.Ref, len(hits))
	for i, h := range hits {
		need[i] = d.ids.ref(d.ents[h.e].id)
	}
	vals, err := values(n.ctx, n.qs, need)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		out = append(out, nodeString(v))
	}
	return out, nil
}

// coMentioned counts, for each entity named in an article that names e, the
// articles they share, and returns the first limit, most shared first.
func (n *native) coMentioned(e string, limit int) ([]ranked, error) {
	ctx := n.ctx
	er, err := n.refOf(e)
	if err != nil || er == nil {
		return []ranked{}, err
	}
	mentions, err := n.iriRef(schemaMentions)
	if err != nil || mentions == nil {
		return []ranked{}, err
	}
	var arts []graph.Ref
	seenArt := map[any]bool{}
	err = store.EachNode(ctx, n.qs, quad.Subject, map[quad.Direction]graph.Ref{quad.Object: er, quad.Predicate: mentions}, func(r graph.Ref) {
		if !seenArt[r.Key()] {
			seenArt[r.Key()] = true
			arts = append(arts, r)
		}
	})
	if err != nil {
		return nil, err
	}
	count := map[any]int{}
	var cands []graph.Ref
	self := er.Key()
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		here := map[any]bool{}
		err := store.EachNode(ctx, n.qs, quad.Object, map[quad.Direction]graph.Ref{quad.Subject: a, quad.Predicate: mentions}, func(r graph.Ref) {
			k := r.Key()
			if k == self || here[k] {
				return
			}
			here[k] = true
			if count[k] == 0 {
				cands = append(cands, r)
			}
			count[k]++
		})
		if err != nil {
			return nil, err
		}
	}
	return byCountThenIRI(ctx, n.qs, cands, func(r graph.Ref) int { return count[r.Key()] }, map[any]string{}, limit)
}

// link is one step of a path: the quad prev-pred->to when dir is "out",
// to-pred->prev when it is "in".
type link struct {
	Prev string `json:"prev"`
	Pred string `json:"pred"`
	Dir  string `json:"dir"`
	To   string `json:"to"`
}

// step is how a search reached a node: from prev over a quad.
type step struct {
	prev graph.Ref // nil for the start
	pred graph.Ref
	out  bool // the quad runs prev -> node
	dist int
}

// shortestPath finds a shortest chain of fact quads between a and b, of at
// most depth quads, visiting at most maxNodes nodes; none when there is no
// such chain. It searches from both ends at once, each round widening the
// side with the smaller frontier.
func (n *native) shortestPath(a, b string, depth, maxNodes int) ([]link, error) {
	ar, err := n.refOf(a)
	if err != nil || ar == nil {
		return []link{}, err
	}
	br, err := n.refOf(b)
	if err != nil || br == nil {
		return []link{}, err
	}
	if ar.Key() == br.Key() {
		return []link{}, nil
	}
	seen := [2]map[any]*step{{ar.Key(): {}}, {br.Key(): {}}}
	frontier := [2][]graph.Ref{{ar}, {br}}
	levels := [2]int{}
	visited := 2
	var meet graph.Ref
	for levels[0]+levels[1] < depth && len(frontier[0]) > 0 && len(frontier[1]) > 0 && visited < maxNodes {
		side := 0
		if len(frontier[1]) < len(frontier[0]) {
			side = 1
		}
		var next []graph.Ref
		var err error
		if d := cachedDigest(n.ctx, n.qs); d != nil {
			next, err = n.expandKnown(d, frontier[side], seen[side], levels[side]+1, &visited)
		} else {
			next, err = n.expand(frontier[side], seen[side], levels[side]+1, &visited)
		}
		if err != nil {
			return nil, err
		}
		levels[side]++
		frontier[side] = next
		// The best meeting point of this round: the least total distance,
		// first found among equals.
		best := -1
		for _, r := range next {
			if o, ok := seen[1-side][r.Key()]; ok {
				if dist := levels[side] + o.dist; best < 0 || dist < best {
					best, meet = dist, r
				}
			}
		}
		if meet != nil {
			break
		}
	}
	if meet == nil {
		return []link{}, nil
	}
	// From a to the meeting point, then on to b.
	type hop struct {
		from, pred, to graph.Ref
		out            bool
	}
	var hops []hop
	for cur := meet; ; {
		s := seen[0][cur.Key()]
		if s.prev == nil {
			break
		}
		hops = append([]hop{{from: s.prev, pred: s.pred, to: cur, out: s.out}}, hops...)
		cur = s.prev
	}
	for cur := meet; ; {
		s := seen[1][cur.Key()]
		if s.prev == nil {
			break
		}
		// Reached from b's side: the quad direction flips as we walk on.
		hops = append(hops, hop{from: cur, pred: s.pred, to: s.prev, out: !s.out})
		cur = s.prev
	}
	var list []graph.Ref
	for _, h := range hops {
		list = append(list, h.from, h.pred, h.to)
	}
	vals, err := values(n.ctx, n.qs, list)
	if err != nil {
		return nil, err
	}
	out := make([]link, 0, len(hops))
	for i, h := range hops {
		dir := "in"
		if h.out {
			dir = "out"
		}
		out = append(out, link{Prev: nodeString(vals[3*i]), Pred: nodeString(vals[3*i+1]), Dir: dir, To: nodeString(vals[3*i+2])})
	}
	return out, nil
}

// expandKnown is expand over the digest's facts, in memory.
func (n *native) expandKnown(d *digest, frontier []graph.Ref, seen map[any]*step, dist int, visited *int) ([]graph.Ref, error) {
	if err := n.ctx.Err(); err != nil {
		return nil, err
	}
	var next []graph.Ref
	for _, v := range frontier {
		id, _ := d.ids.lookup(v)
		for _, e := range d.adj[id] {
			if !d.iri[e.other] {
				continue
			}
			o := d.ids.ref(e.other)
			if _, ok := seen[o.Key()]; ok {
				continue
			}
			seen[o.Key()] = &step{prev: v, pred: d.ids.ref(e.pred), out: e.out, dist: dist}
			next = append(next, o)
			*visited++
		}
	}
	return next, nil
}

// expand visits the fact neighbours of the frontier not seen yet, records how
// they were reached, and returns them. Only IRI nodes are walked to, as the
// Gizmo query did: literals such as job titles end no path.
func (n *native) expand(frontier []graph.Ref, seen map[any]*step, dist int, visited *int) ([]graph.Ref, error) {
	ctx := n.ctx
	var next []graph.Ref
	for _, v := range frontier {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
			other := quad.Object
			if dir == quad.Object {
				other = quad.Subject
			}
			it := n.qs.QuadIterator(dir, v).Iterate()
			for it.Next(ctx) {
				q := it.Result()
				p, err := n.qs.QuadDirection(q, quad.Predicate)
				if err != nil {
					it.Close()
					return nil, err
				}
				if f, err := n.isFact(p); err != nil {
					it.Close()
					return nil, err
				} else if !f {
					continue
				}
				o, err := n.qs.QuadDirection(q, other)
				if err != nil || o == nil {
					continue
				}
				if _, ok := seen[o.Key()]; ok {
					continue
				}
				seen[o.Key()] = &step{prev: v, pred: p, out: dir == quad.Subject, dist: dist}
				next = append(next, o)
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	// Keep only IRIs: literal objects are dead ends.
	vals, err := values(ctx, n.qs, next)
	if err != nil {
		return nil, err
	}
	kept := next[:0]
	for i, r := range next {
		if _, ok := vals[i].(quad.IRI); ok {
			kept = append(kept, r)
			*visited++
		} else {
			delete(seen, r.Key())
		}
	}
	return kept, nil
}

// eventLabel names an event node given as Gizmo writes it: its name, or a
// label made of its facts (graph/eventlabel).
func (n *native) eventLabel(node string) (string, error) {
	iri := strings.TrimSuffix(strings.TrimPrefix(node, "<"), ">")
	f, err := eventlabel.Of(n.ctx, n.qs, quad.IRI(iri))
	if err != nil {
		return "", err
	}
	return f.Label(), nil
}
