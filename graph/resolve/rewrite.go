package resolve

import (
	"context"
	"slices"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// rewrite returns the quads to add and to delete to move every group to its
// target, and the number of groups moved.
func rewrite(ctx context.Context, src source, groups []*group, plan clusters) (adds, dels []quad.Quad, moved int, err error) {
	moving := map[groupKey]target{}  // groups that move, and where
	touched := map[groupKey]target{} // groups rewritten: moving, or whose other names change
	foreign := map[groupKey]map[string]bool{}
	var nodes []quad.IRI
	seenNode := map[quad.IRI]bool{}
	for _, g := range groups {
		t, ok := plan.target[g]
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
		if !seenNode[g.node] {
			seenNode[g.node] = true
			nodes = append(nodes, g.node)
		}
	}
	// The rules of groups that stay, written again where they are stale.
	adds, dels = refreshRules(groups, plan)
	if len(touched) == 0 {
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
	// at once would hold hundreds of thousands of quads.
	for len(nodes) > 0 {
		part := nodes[:min(len(nodes), nodesBatch)]
		nodes = nodes[len(part):]
		quadsOf, err := src.quadsOfNodes(ctx, part)
		if err != nil {
			return nil, nil, 0, err
		}
		for _, qsOf := range quadsOf {
			for _, q := range qsOf {
				l, ok := q.Label.(quad.IRI)
				if !ok {
					continue
				}
				art := vocab.ArticleOf(l)
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
						nq.Object = classFor(q.Object, ts.kind)
					case vocab.Name, vocab.AlternateName, vocab.OtherName:
						n := vocab.Lexical(q.Object)
						switch {
						case foreign[gk][n]:
							nq.Predicate = vocab.OtherName
						case n == ts.name:
							nq.Predicate = vocab.Name
						case q.Predicate == vocab.OtherName || moves:
							nq.Predicate = vocab.AlternateName
						case q.Predicate == vocab.Name && ts.name != "":
							// a staying group's name that is not the
							// node's: one schema:name per node
							nq.Predicate = vocab.AlternateName
						}
					}
				}
				if ts != nil && to != nil && s == o && q.Subject != q.Object {
					keep = false // an entity and its other name: no fact
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
	writeRecords(groups, moving, plan, add)
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

// writeRecords adds the record of each moved group on its new node: the IRIs
// the article's extraction gave (with the node's own when the article gave
// it too), and the rules.
func writeRecords(groups []*group, moving map[groupKey]target, plan clusters, add func(quad.Quad)) {
	type dest struct {
		raws  map[quad.IRI]bool
		rules map[string]bool
	}
	// The groups of the articles whose groups move, by node and article.
	movingArticles := map[quad.IRI]bool{}
	for gk := range moving {
		movingArticles[gk.article] = true
	}
	byKey := map[groupKey]*group{}
	for _, g := range groups {
		if movingArticles[g.article] {
			byKey[groupKey{g.node, g.article}] = g
		}
	}
	dests := map[groupKey]*dest{}
	var order []groupKey
	for _, g := range groups {
		if !movingArticles[g.article] {
			continue
		}
		t, ok := moving[groupKey{g.node, g.article}]
		if !ok {
			continue
		}
		dk := groupKey{t.node, g.article}
		d := dests[dk]
		if d == nil {
			d = &dest{raws: map[quad.IRI]bool{}, rules: map[string]bool{}}
			dests[dk] = d
			order = append(order, dk)
			if own := byKey[dk]; own != nil {
				if _, leaving := moving[dk]; !leaving {
					for _, r := range own.raw {
						d.raws[r] = true
					}
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
