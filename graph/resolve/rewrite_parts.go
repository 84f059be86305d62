package resolve

import (
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// recorder gathers, while rewrite reads the quads of the nodes it moves
// groups from, the quads of the groups to record in their articles' origin
// records (origin.go): the groups that move for the first time, and the
// groups of one article that stay on a node another of its groups moves
// onto (the two become one group, whose quads cannot be told apart after).
type recorder struct {
	book  *origins
	want  map[groupKey]*group      // (node, article) of each group to record
	nodes []quad.IRI               // their nodes, for rewrite to read
	seen  map[groupKey][]quad.Quad // the quads read of each group to record
	byKey map[groupKey]*group      // the groups of their articles
	parts map[groupKey]bool        // merged groups read as parts (recorded)
	moved map[quad.IRI]bool        // articles with a group that moved before
}

// newRecorder returns the recorder of a rewrite of groups, of which
// leave move (the groups that move, and the parts of merged groups that
// leave their node); it records nothing without a book that keeps records.
func newRecorder(groups, leave []*group, plan clusters, moving map[groupKey]target, book *origins) (*recorder, error) {
	rec := &recorder{book: book, want: map[groupKey]*group{}, seen: map[groupKey][]quad.Quad{},
		byKey: map[groupKey]*group{}, parts: map[groupKey]bool{}, moved: map[quad.IRI]bool{}}
	if book == nil || !book.keep || len(leave) == 0 {
		return rec, nil
	}
	arts := map[quad.IRI]bool{}
	for _, g := range leave {
		arts[g.article] = true
	}
	for _, g := range groups {
		if !arts[g.article] {
			continue
		}
		rec.moved[g.article] = rec.moved[g.article] || g.moved
		if g.whole != nil {
			rec.parts[groupKey{g.node, g.article}] = true
		} else {
			rec.byKey[groupKey{g.node, g.article}] = g
		}
	}
	consider := func(g *group) error {
		gk := groupKey{g.node, g.article}
		if g == nil || len(g.raw) != 1 || rec.want[gk] != nil {
			return nil // merged: recorded, or merged before records were kept
		}
		o, err := book.of(g.article, rec.moved[g.article])
		if err != nil || o.holds(g.raw) {
			return err
		}
		rec.want[gk] = g
		rec.nodes = append(rec.nodes, g.node)
		return nil
	}
	for _, g := range leave {
		if g.whole == nil {
			if err := consider(g); err != nil {
				return nil, err
			}
		}
		// The group of the article that stays where it goes.
		dk := groupKey{plan.target[g].node, g.article}
		if own := rec.byKey[dk]; own != nil && !rec.parts[dk] {
			if _, leaves := moving[dk]; !leaves {
				if err := consider(own); err != nil {
					return nil, err
				}
			}
		}
	}
	return rec, nil
}

// see takes a quad rewrite read (of article art) for the groups to record.
func (rec *recorder) see(q quad.Quad, art quad.IRI) {
	if len(rec.want) == 0 || !recordPreds(q.Predicate) {
		return
	}
	for _, v := range []quad.Value{q.Subject, q.Object} {
		if iri, ok := v.(quad.IRI); ok {
			if gk := (groupKey{iri, art}); rec.want[gk] != nil {
				rec.seen[gk] = append(rec.seen[gk], q)
				if q.Subject == q.Object {
					return
				}
			}
		}
	}
}

// record adds the groups to record to their articles' records: their
// quads with their original IRIs at both ends. A quad whose other end is a
// merged group is in that group's record already; a group with such a quad
// whose merged group has no record is not recorded (its quads could not be
// told apart from the other IRIs').
func (rec *recorder) record() error {
	for gk, g := range rec.want {
		o, err := rec.book.writable(gk.article, rec.moved[gk.article])
		if err != nil {
			return err
		}
		var out []quad.Quad
		whole := true
		end := func(v quad.Value) (quad.Value, bool, bool) { // value, keep the quad, record the group
			iri, ok := v.(quad.IRI)
			if !ok {
				return v, true, true
			}
			if iri == g.node {
				return g.raw[0], true, true
			}
			k := groupKey{iri, gk.article}
			if rec.parts[k] {
				return nil, false, true
			}
			if other := rec.byKey[k]; other != nil {
				switch {
				case len(other.raw) == 1:
					return other.raw[0], true, true
				case o.holds(other.raw):
					return nil, false, true
				}
				return nil, false, false
			}
			return iri, true, true
		}
		for _, q := range rec.seen[gk] {
			s, keepS, okS := end(q.Subject)
			ob, keepO, okO := end(q.Object)
			if !okS || !okO {
				whole = false
				break
			}
			if keepS && keepO {
				out = append(out, quad.Quad{Subject: s, Predicate: q.Predicate, Object: ob, Label: q.Label})
			}
		}
		if !whole {
			continue
		}
		o.raws[g.raw[0]] = true
		for _, q := range out {
			o.add(q)
		}
		rec.book.changed[gk.article] = true
	}
	return nil
}

// splitQuad reports whether a quad of article art touches a merged group
// whose parts go apart (its quads are written again from the record).
func splitQuad(split map[groupKey]bool, q quad.Quad, art quad.IRI) bool {
	if len(split) == 0 {
		return false
	}
	for _, v := range []quad.Value{q.Subject, q.Object} {
		if iri, ok := v.(quad.IRI); ok && split[groupKey{iri, art}] {
			return true
		}
	}
	return false
}

// rewriteParts writes again, from their articles' origin records, the quads
// of the parts of merged groups that clustering sent to different nodes:
// each recorded quad of a part with both ends where their groups go (a
// part's types and names as rewrite makes a moving group's). It adds what
// the store lacks of them and returns the quads of the merged groups now
// (current) it does not keep.
func rewriteParts(groups []*group, plan clusters, book *origins, current []quad.Quad, add func(quad.Quad)) []quad.Quad {
	type dest struct {
		node quad.IRI
		t    target
		g    *group
	}
	arts := map[quad.IRI]bool{}
	for _, g := range groups {
		if g.whole != nil {
			arts[g.article] = true
		}
	}
	dests := map[groupKey]dest{} // (original IRI, article) -> where it goes
	for _, g := range groups {
		if !arts[g.article] {
			continue
		}
		t, ok := plan.target[g]
		if !ok {
			t = target{node: g.node}
		}
		for _, r := range g.raw {
			dests[groupKey{r, g.article}] = dest{t.node, t, g}
		}
	}
	want := map[string]bool{}
	for _, p := range groups {
		if p.whole == nil {
			continue
		}
		o := book.have[p.article]
		raw := p.raw[0]
		for _, q := range o.quads {
			if q.Subject != raw && q.Object != raw {
				continue
			}
			art := p.article
			nq := q
			ds, subjMoves := dests[groupKey{iriOf(q.Subject), art}]
			if subjMoves {
				nq.Subject = ds.node
			}
			if d, ok := dests[groupKey{iriOf(q.Object), art}]; ok {
				nq.Object = d.node
				if nq.Subject == nq.Object {
					continue // an entity and its other name: no fact
				}
			}
			if subjMoves && ds.g.whole != nil {
				part := ds.g
				switch q.Predicate {
				case vocab.Type:
					nq.Object = classFor(q.Object, ds.t.kind)
				case vocab.Name, vocab.AlternateName, vocab.OtherName:
					moves := ds.node != part.raw[0]
					name := ds.t.name
					if !moves && !secondName(part, name) {
						name = ""
					}
					foreign := map[string]bool{}
					for _, n := range plan.foreign[part] {
						foreign[n] = true
					}
					nq.Predicate = namePredicate(q.Predicate, vocab.Lexical(q.Object), foreign, name, moves)
				}
			}
			k := nq.NQuad()
			if !want[k] {
				want[k] = true
				add(nq)
			}
		}
	}
	var dels []quad.Quad
	for _, q := range current {
		if !want[q.NQuad()] {
			dels = append(dels, q)
		}
	}
	return dels
}

// iriOf returns v as an IRI, "" when it is none.
func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

// recordedTypes returns, for each group of leave (those that move) whose original IRIs its
// article's origin record holds, the classes the record gives them in each
// label: a type quad of the group is written as those classes on its new
// node. A place moved into an organisation's cluster holds Organization
// only; when a later resolution moves it back, the record gives it its City
// (or Country) type again, as a resolution from scratch writes it.
func recordedTypes(leave []*group, book *origins) (map[groupKey]map[quad.Value][]quad.Value, error) {
	if book == nil || book.read == nil || len(leave) == 0 {
		return nil, nil
	}
	moved := map[quad.IRI]bool{} // articles with a moving group that moved before
	for _, g := range leave {
		if g.moved && g.whole == nil {
			moved[g.article] = true
		}
	}
	out := map[groupKey]map[quad.Value][]quad.Value{}
	for _, g := range leave {
		if !g.moved || g.whole != nil {
			continue
		}
		o, err := book.of(g.article, moved[g.article])
		if err != nil {
			return nil, err
		}
		if !o.holds(g.raw) {
			continue
		}
		byLabel := map[quad.Value][]quad.Value{}
		for _, q := range o.quads {
			if q.Predicate == vocab.Type && slices.Contains(g.raw, iriOf(q.Subject)) {
				byLabel[q.Label] = append(byLabel[q.Label], q.Object)
			}
		}
		out[groupKey{g.node, g.article}] = byLabel
	}
	return out, nil
}
