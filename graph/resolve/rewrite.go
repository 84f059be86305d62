package resolve

import (
	"context"
	"maps"
	"slices"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// rewrite returns the quads to add and to delete to move every group to its
// target, and the number of groups moved. With book, it records the quads of
// groups that move for the first time in their articles' origin records
// (origin.go), and writes the quads of parts of a merged group that go to
// different nodes again from those records (rewriteParts).
func rewrite(ctx context.Context, src source, groups []*group, plan clusters, book *origins) (adds, dels []quad.Quad, moved int, err error) {
	moving := map[groupKey]target{}  // groups that move, and where
	touched := map[groupKey]target{} // groups rewritten: moving, or whose other names change
	foreign := map[groupKey]map[string]bool{}
	split := map[groupKey]bool{} // merged groups whose parts go apart
	var nodes []quad.IRI
	seenNode := map[quad.IRI]bool{}
	read := func(node quad.IRI) {
		if !seenNode[node] {
			seenNode[node] = true
			nodes = append(nodes, node)
		}
	}
	var leave []*group // the groups that move, and parts that leave their node
	for _, g := range groups {
		t, ok := plan.target[g]
		if g.whole != nil {
			split[groupKey{g.node, g.article}] = true
			if ok && t.node != g.node {
				moved++
				leave = append(leave, g)
			}
			read(g.node)
			continue
		}
		if !ok {
			continue
		}
		gk := groupKey{g.node, g.article}
		f := plan.foreign[g]
		second := secondName(g, t.name)
		change := t.node != g.node || !slices.Equal(f, g.other) || second
		if !change {
			continue
		}
		if t.node != g.node {
			moving[gk] = t
			moved++
			leave = append(leave, g)
		} else if !second {
			t.name = "" // names keep their predicates
		}
		touched[gk] = t
		if len(f) > 0 {
			foreign[gk] = map[string]bool{}
			for _, n := range f {
				foreign[gk][n] = true
			}
		}
		read(g.node)
	}
	rec, err := newRecorder(groups, leave, plan, moving, book)
	if err != nil {
		return nil, nil, 0, err
	}
	for _, n := range rec.nodes {
		read(n)
	}
	types, err := recordedTypes(leave, book)
	if err != nil {
		return nil, nil, 0, err
	}
	// The rules of groups that stay, written again where they are stale.
	adds, dels = refreshRules(groups, plan)
	if len(touched) == 0 && len(split) == 0 {
		return adds, dels, 0, nil
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i] < nodes[j] })
	// mapped returns where a value of an article's quad goes.
	mapped := func(v quad.Value, article quad.IRI) (quad.Value, *target) {
		iri, ok := v.(quad.IRI)
		if !ok {
			return v, nil
		}
		if t, ok := touched[groupKey{iri, article}]; ok {
			return t.node, &t
		}
		return v, nil
	}
	done := map[string]bool{}
	var partQuads []quad.Quad // the quads of merged groups whose parts go apart
	addSet := map[string]bool{}
	for _, q := range adds {
		addSet[q.NQuad()] = true
	}
	add := func(q quad.Quad) {
		k := q.NQuad()
		if !addSet[k] {
			addSet[k] = true
			adds = append(adds, q)
		}
	}
	// The quads of nodesBatch nodes at a time: the values of all of them
	// at once would hold hundreds of thousands of quads. The next part is
	// read while this one is rewritten.
	parts, stop := readAhead(ctx, src, nodes)
	defer stop()
	for part := range parts {
		if part.err != nil {
			return nil, nil, 0, part.err
		}
		for _, qsOf := range part.quads {
			for _, q := range qsOf {
				l, ok := q.Label.(quad.IRI)
				if !ok {
					continue
				}
				art := vocab.ArticleOf(l)
				rec.see(q, art)
				if splitQuad(split, q, art) {
					k := q.NQuad()
					if !done[k] {
						done[k] = true
						partQuads = append(partQuads, q)
					}
					continue // written again from the record
				}
				s, ts := mapped(q.Subject, art)
				o, to := mapped(q.Object, art)
				if ts == nil && to == nil {
					continue // another article's quad: it stays
				}
				k := q.NQuad()
				if done[k] {
					continue
				}
				done[k] = true
				nq := quad.Quad{Subject: s, Predicate: q.Predicate, Object: o, Label: q.Label}
				keep := true
				if ts != nil {
					gk := groupKey{q.Subject.(quad.IRI), art}
					_, moves := moving[gk]
					switch q.Predicate {
					case vocab.MergedFrom, vocab.MergeRule:
						keep = !moves // written again below
					case vocab.Type:
						if classes, ok := types[gk][q.Label]; ok && moves {
							// the classes its extraction gave it
							dels = append(dels, q)
							for _, c := range classes {
								add(quad.Quad{Subject: s, Predicate: q.Predicate, Object: classFor(c, ts.kind), Label: q.Label})
							}
							continue
						}
						nq.Object = classFor(q.Object, ts.kind)
					case vocab.Name, vocab.AlternateName, vocab.OtherName:
						nq.Predicate = namePredicate(q.Predicate, vocab.Lexical(q.Object), foreign[gk], ts.name, moves)
					}
				}
				if s == o {
					// An entity and its other name, or a group moved
					// onto the node of another of its article: no fact
					// (extraction writes none of a node to itself), as
					// when both move, whichever moved first.
					keep = false
				}
				if keep && nq == q {
					continue
				}
				dels = append(dels, q)
				if keep {
					add(nq)
				}
			}
		}
	}
	if err := rec.record(); err != nil {
		return nil, nil, 0, err
	}
	if len(split) > 0 {
		dels = append(dels, rewriteParts(groups, plan, book, partQuads, add)...)
	}
	movers, leaving := moversOf(groups, plan, moving, split)
	writeRecords(groups, movers, leaving, plan, add)
	// A quad both deleted and added stays.
	kept := dels[:0]
	for _, q := range dels {
		if !addSet[q.NQuad()] {
			kept = append(kept, q)
		}
	}
	dels = kept
	return adds, dels, moved, nil
}

// secondName reports whether a group holds as schema:name a name other than
// its cluster's (name): "FRance" or "Hertz Corp." in one article, "France"
// or "Hertz Corp" in most. The group's names then become alternate names,
// but the cluster's, so that a node has one schema:name whatever the
// spellings of its articles.
//
// A group that holds the cluster's name but no schema:name at all was
// rewritten so by an earlier resolution, when its cluster had another name
// ("Goldman Sachs and Co" before more articles wrote "Goldman, Sachs and
// Co"): every group extraction makes has a schema:name, so a resolution from
// scratch makes the cluster's name its schema:name, and so must this one,
// or the graph would depend on the order the articles came in.
func secondName(g *group, name string) bool {
	if name == "" {
		return false // an event's cluster chooses no name
	}
	if len(g.primary) == 0 {
		_, found := slices.BinarySearch(g.names, name)
		return found
	}
	for _, n := range g.primary {
		if n != name {
			return true
		}
	}
	return false
}

// namePredicate returns the predicate of a name n (held as p) of a group
// rewritten into a cluster named name ("" when its names keep their
// predicates): ng:otherName when it is another cluster's (foreign), the
// node's schema:name when it is the cluster's, else an alternate name when
// it was an other name or the group moves or it was a staying group's
// schema:name that is not the node's (one schema:name per node).
func namePredicate(p quad.Value, n string, foreign map[string]bool, name string, moves bool) quad.Value {
	switch {
	case foreign[n]:
		return vocab.OtherName
	case n == name:
		return vocab.Name
	case p == vocab.OtherName || moves:
		return vocab.AlternateName
	case p == vocab.Name && name != "":
		return vocab.AlternateName
	}
	return p
}

// nodesBatch is the number of nodes whose quads rewrite reads at once.
const nodesBatch = 512

// classFor returns the class a type quad gets on a node of kind k: a place
// keeps its own class (City, Country), anything else takes the kind's.
func classFor(old quad.Value, k Kind) quad.Value {
	if k == KindNone {
		return old // an event keeps its class
	}
	if k == KindPlace {
		switch old {
		case vocab.Place, vocab.City, vocab.Country, vocab.AdminArea, vocab.Continent:
			return old
		}
	}
	return k.class()
}

// mover is a group that moves, or a part of a merged group (whose
// records are written again wherever it goes), and its target.
type mover struct {
	g *group
	t target
}

// moversOf returns the groups whose records rewrite writes (those that
// move, and the parts of merged groups whose parts go apart) in the order
// of groups, and the (node, article) of every group that leaves its node.
func moversOf(groups []*group, plan clusters, moving map[groupKey]target, split map[groupKey]bool) ([]mover, map[groupKey]bool) {
	leaving := maps.Clone(split)
	var movers []mover
	for _, g := range groups {
		gk := groupKey{g.node, g.article}
		if g.whole != nil {
			t, ok := plan.target[g]
			if !ok {
				t = target{node: g.node}
			}
			movers = append(movers, mover{g, t})
		} else if t, ok := moving[gk]; ok {
			movers = append(movers, mover{g, t})
			leaving[gk] = true
		}
	}
	return movers, leaving
}

// writeRecords adds the record of each mover on its new node: the IRIs the
// article's extraction gave (with those of the group that stays on that
// node in the article, when one does), and the rules. leaving holds the
// (node, article) of every group that leaves its node.
func writeRecords(groups []*group, movers []mover, leaving map[groupKey]bool, plan clusters, add func(quad.Quad)) {
	type dest struct {
		raws  map[quad.IRI]bool
		rules map[string]bool
	}
	// The groups of the articles whose groups move, by node and article.
	movingArticles := map[quad.IRI]bool{}
	for _, m := range movers {
		movingArticles[m.g.article] = true
	}
	byKey := map[groupKey]*group{}
	for _, g := range groups {
		if movingArticles[g.article] && g.whole == nil {
			byKey[groupKey{g.node, g.article}] = g
		}
	}
	dests := map[groupKey]*dest{}
	var order []groupKey
	for _, m := range movers {
		g, t := m.g, m.t
		dk := groupKey{t.node, g.article}
		d := dests[dk]
		if d == nil {
			d = &dest{raws: map[quad.IRI]bool{}, rules: map[string]bool{}}
			dests[dk] = d
			order = append(order, dk)
			if own := byKey[dk]; own != nil && !leaving[dk] {
				for _, r := range own.raw {
					d.raws[r] = true
				}
			}
		}
		for _, r := range g.raw {
			d.raws[r] = true
		}
		rules := plan.rawRules[g]
		if rules == nil { // an event: one rule for all its IRIs
			rules = make([]string, len(g.raw))
			for j := range rules {
				rules[j] = t.rule
			}
		}
		for _, r := range ruleTexts(g, t.node, rules, t.rule) {
			d.rules[r] = true
		}
	}
	for _, dk := range order {
		d := dests[dk]
		if len(d.raws) == 1 && d.raws[dk.node] {
			continue
		}
		for r := range d.raws {
			add(quad.Quad{Subject: dk.node, Predicate: vocab.MergedFrom, Object: quad.String(string(r)), Label: dk.article})
		}
		for r := range d.rules {
			add(quad.Quad{Subject: dk.node, Predicate: vocab.MergeRule, Object: quad.String(r), Label: dk.article})
		}
	}
}
