package resolve

import (
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// splitMerged returns groups with each group of several original IRIs whose
// article's origin record holds them all replaced by its parts: one group
// per original IRI, with the names, titles and affiliations the record
// gives it and the rules its IRI has, on the merged group's node (so that
// clustering reads them as a resolution from scratch reads the groups they
// were). Groups stay sorted by node and article.
func splitMerged(groups []*group, book *origins) ([]*group, error) {
	merged := map[quad.IRI]bool{} // articles with a group of several IRIs
	for _, g := range groups {
		if len(g.raw) > 1 {
			merged[g.article] = true
		}
	}
	if len(merged) == 0 || book == nil || book.read == nil {
		return groups, nil
	}
	recorded := map[quad.IRI]bool{} // articles whose record holds a merged group
	for _, g := range groups {
		if len(g.raw) > 1 && !recorded[g.article] {
			o, err := book.of(g.article, true)
			if err != nil {
				return nil, err
			}
			recorded[g.article] = o.holds(g.raw)
		}
	}
	// Where their groups that moved are now (one that did not is on the
	// node of its IRI).
	nodeOf := map[groupKey]quad.IRI{} // (original IRI, article) -> its node now
	for _, g := range groups {
		if g.moved && recorded[g.article] {
			for _, r := range g.raw {
				nodeOf[groupKey{r, g.article}] = g.node
			}
		}
	}
	if len(nodeOf) == 0 {
		return groups, nil
	}
	out := make([]*group, 0, len(groups))
	for _, g := range groups {
		if len(g.raw) < 2 || !book.have[g.article].holds(g.raw) {
			out = append(out, g)
			continue
		}
		o := book.have[g.article]
		for _, r := range g.raw {
			out = append(out, o.part(g, r, nodeOf))
		}
	}
	return out, nil
}

// part returns the group original IRI r of merged group g was, from the
// record: its names (schema:name its primary ones, ng:otherName its other
// ones), job titles and affiliations (as the nodes their IRIs are on now,
// as a group read from the store names them), and the rules of g that are
// r's.
func (o *origin) part(g *group, r quad.IRI, nodeOf map[groupKey]quad.IRI) *group {
	// A part shares its merged group's node and article; kept states name
	// it by its IRI too (refOf). It is the part it was when its article's
	// record and groups are: read from the quads past the snapshot (tail)
	// or of an article the last rewrite touched (fresh) when g is.
	p := &group{node: g.node, article: g.article, raw: []quad.IRI{r}, year: g.year, moved: true, whole: g, old: g.old, tail: g.tail}
	now := func(v quad.Value) quad.Value {
		if iri, ok := v.(quad.IRI); ok {
			if n, ok := nodeOf[groupKey{iri, g.article}]; ok {
				return n
			}
		}
		return v
	}
	for _, q := range o.quads {
		if q.Subject != r || predIndexOf(q.Predicate) <= 0 {
			continue // not read, or a type
		}
		switch q.Predicate {
		case vocab.DatePublished, vocab.MergedFrom, vocab.MergeRule:
		case vocab.JobTitle:
			p.titles = append(p.titles, vocab.Lexical(q.Object))
		case vocab.Affiliation:
			if iri, ok := now(q.Object).(quad.IRI); ok {
				p.affiliated = append(p.affiliated, iri)
			}
		default:
			text := vocab.Lexical(now(q.Object))
			p.names = append(p.names, text)
			switch q.Predicate {
			case vocab.OtherName:
				p.other = append(p.other, text)
			case vocab.Name:
				p.primary = append(p.primary, text)
			}
		}
	}
	slug := strings.TrimPrefix(string(r), vocab.ID)
	for _, rq := range g.rules {
		if h, ok := ruleHead(rq.text); ok {
			if s, _, _ := strings.Cut(h, " ("); s == slug {
				p.rules = append(p.rules, rq)
			}
		}
	}
	for _, s := range []*[]string{&p.names, &p.other, &p.primary} {
		slices.Sort(*s)
		*s = slices.Compact(*s)
	}
	return p
}

// rejoinParts returns groups with the parts of each merged group that
// clustering sent to one node put back together: the merged group, with
// its parts' target, rules and names of other clusters, and its IRIs'
// own names (for the heads of their rules). Parts sent to different nodes
// stay: rewrite writes their quads again from the record (rewriteParts).
func rejoinParts(groups []*group, plan clusters) []*group {
	partsOf := map[*group][]*group{}
	for _, g := range groups {
		if g.whole != nil {
			partsOf[g.whole] = append(partsOf[g.whole], g)
		}
	}
	if len(partsOf) == 0 {
		return groups
	}
	together := map[*group]bool{}
	for w, parts := range partsOf {
		t0, ok0 := plan.target[parts[0]]
		same := true
		for _, p := range parts[1:] {
			if t, ok := plan.target[p]; ok != ok0 || t.node != t0.node {
				same = false
			}
		}
		if !same {
			continue
		}
		together[w] = true
		w.rawNames = map[quad.IRI][]string{}
		var rules, foreign []string
		for _, p := range parts {
			w.rawNames[p.raw[0]] = p.names
			if rr, ok := plan.rawRules[p]; ok && len(rr) == 1 {
				rules = append(rules, rr[0])
			} else {
				rules = append(rules, keepRule)
			}
			foreign = append(foreign, plan.foreign[p]...)
			delete(plan.target, p)
			delete(plan.rawRules, p)
			delete(plan.foreign, p)
		}
		if ok0 {
			plan.target[w] = t0
			plan.rawRules[w] = rules // parts are in the order of w.raw
			if len(foreign) > 0 {
				slices.Sort(foreign)
				plan.foreign[w] = slices.Compact(foreign)
			}
		}
	}
	out := groups[:0:0]
	for _, g := range groups {
		switch {
		case g.whole == nil || !together[g.whole]:
			out = append(out, g)
		case partsOf[g.whole][0] == g:
			out = append(out, g.whole)
		}
	}
	return out
}
