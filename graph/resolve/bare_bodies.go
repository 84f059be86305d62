package resolve

import (
	"fmt"
	"slices"
	"strings"
)

// A body named without its country ("the Treasury", "Finance Ministry",
// "Central Bank") is one country's body only when extraction could give it
// its country; where the story did not let it, the bare node holds every
// country's (the US Treasury's people beside the UK's). The store knows
// more than the story: the people an article affiliates with the bare body
// are affiliated, in other articles, with one country's body of that name.
//
// A bare body is an organisation cluster named by a name that two other
// organisation clusters or more carry too: their articles gave them that
// name as their own ("Treasury" of the Treasury Department and of HM
// Treasury), or their name ends with it after what places them ("Swiss
// National Bank"; not "Senate Banking Committee", a part of a body). Its
// group in an article joins one of those carriers when the people that
// article affiliates with it are each affiliated with that carrier, in
// the store's other articles, in bareEvidence articles or more and
// bareLead times as many as with the name's other carriers together, and
// no such person points to another carrier. A group with no such
// evidence stays on the bare node.
//
// What it counts is a function of the groups: each group's own
// affiliations (its article's schema:affiliation quads, which move with
// it), the clusters, and the articles that name the bare key at all. The
// latter are no evidence, whether its bare group moved before or not: a
// bare group that joined a carrier's group of its article earlier is one
// group there now, whose affiliations may have been the bare one's.

// bareCarriers is the least number of other organisation clusters that
// carry a name for a cluster of that name to be a bare body.
const bareCarriers = 2

// bareEvidence is the least number of other articles that affiliate a
// person with a carrier for that person to point to it.
const bareEvidence = 2

// bareLead is how many times the articles affiliating a person with the
// carrier they point to must outnumber those with the name's other
// carriers, together.
const bareLead = 3

// bareBodies moves the groups of bare bodies to the carrier their people
// point to (see above): it changes out's targets and rules. roots holds
// each cluster's target, by root; members each cluster's groups.
func (c *clustering) bareBodies(out clusters, roots map[string]target, members map[string][]int, nameArts map[string]rootCounts) {
	rootOf := make([]string, len(c.groups))
	for root, idx := range members {
		for _, i := range idx {
			rootOf[i] = root
		}
	}
	// The bare clusters and the clusters that may carry their names, by
	// the bare name's key; then those that do carry it (carriesName).
	named := map[string][]string{} // bare key -> other organisation clusters given that name
	bareRoot := map[string]string{}
	for _, root := range sortedKeys(members) {
		t := roots[root]
		if t.kind != KindOrg {
			continue
		}
		k := memoKey(t.name, false)
		if _, ok := named[k]; ok {
			continue
		}
		var cs []string
		for _, rc := range nameArts[k] {
			if rc.root != root && roots[rc.root].kind == KindOrg {
				cs = append(cs, rc.root)
			}
		}
		if len(cs) >= bareCarriers {
			named[k], bareRoot[k] = cs, root
		}
	}
	if len(named) == 0 {
		return
	}
	own := c.ownNames(named, rootOf, out.foreign)
	carriers := map[string][]string{} // bare key -> carriers' roots
	bare := map[int]string{}          // group -> its bare key
	for k, cs := range named {
		var kept []string
		for _, r := range cs {
			if carriesName(k, memoKey(roots[r].name, false), own[k][r]) {
				kept = append(kept, r)
			}
		}
		if len(kept) < bareCarriers {
			continue
		}
		n := 0
		for _, i := range members[bareRoot[k]] {
			if len(c.units[i]) > 0 && c.units[i][0].key == k && !isLocal(c.units[i][0].node) {
				bare[i] = k
				n++
			}
		}
		if n > 0 {
			slices.Sort(kept)
			carriers[k] = kept
		}
	}
	if len(bare) == 0 {
		return
	}
	// The articles of bare groups, with their groups; the articles naming
	// each bare key; and the carriers' groups by node and article.
	bareArts := map[int32][]int{}
	for i := range bare {
		bareArts[c.art[i]] = nil
	}
	naming := map[string]map[int32]bool{}
	for k := range carriers {
		naming[k] = map[int32]bool{}
	}
	for i := range c.groups {
		if idx, ok := bareArts[c.art[i]]; ok {
			bareArts[c.art[i]] = append(idx, i)
		}
		for _, u := range c.units[i] {
			if arts := naming[u.key]; arts != nil && u.node[0] == 'e' {
				arts[c.art[i]] = true
			}
		}
	}
	carrierOf := map[groupKey]string{} // a carrier's group -> its root
	isCarrier := map[string]map[string]bool{}
	for k, cs := range carriers {
		isCarrier[k] = map[string]bool{}
		for _, r := range cs {
			isCarrier[k][r] = true
			for _, i := range members[r] {
				g := c.groups[i]
				carrierOf[groupKey{g.node, g.article}] = r
			}
		}
	}
	pointed := map[[2]string]string{} // (person's root, bare key) -> the carrier it points to, "" none
	pointsTo := func(person, k string) string {
		if r, ok := pointed[[2]string{person, k}]; ok {
			return r
		}
		arts := map[string]map[int32]bool{} // carrier -> the articles affiliating the person with it
		for _, j := range members[person] {
			g := c.groups[j]
			if naming[k][c.art[j]] {
				continue
			}
			for _, o := range g.affiliated {
				if r := carrierOf[groupKey{o, g.article}]; isCarrier[k][r] {
					if arts[r] == nil {
						arts[r] = map[int32]bool{}
					}
					arts[r][c.art[j]] = true
				}
			}
		}
		best, most, rest := dominant(arts)
		if most < bareEvidence || most < bareLead*rest {
			best = ""
		}
		pointed[[2]string{person, k}] = best
		return best
	}
	for i := range c.groups {
		k, ok := bare[i]
		if !ok {
			continue
		}
		g := c.groups[i]
		to, agree := "", true
		var people []string
		for _, p := range bareArts[c.art[i]] {
			rp := rootOf[p]
			if rp == "" || roots[rp].kind != KindPerson || !slices.Contains(c.groups[p].affiliated, g.node) {
				continue
			}
			r := pointsTo(rp, k)
			if r == "" {
				continue
			}
			if to != "" && r != to {
				agree = false
			}
			to = r
			people = append(people, roots[rp].name)
		}
		if to == "" || !agree {
			continue
		}
		slices.Sort(people)
		tt := roots[to]
		tt.rule = fmt.Sprintf("bare name of %s, the body its people (%s) belong to in other articles", tt.name, strings.Join(slices.Compact(people), ", "))
		out.target[g] = tt
		rules := make([]string, len(g.raw))
		for j := range rules {
			rules[j] = tt.rule
		}
		out.rawRules[g] = rules
	}
}

// ownNames returns, for each key of named, the clusters (by root) whose
// groups give a name of that key as a name of their own: not one rule 8
// makes an ng:otherName, another entity's own name (foreign, as this
// resolution decides it, whatever the store holds now).
func (c *clustering) ownNames(named map[string][]string, rootOf []string, foreign map[*group][]string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for i, g := range c.groups {
		for j, ni := range c.gnames[i] {
			if _, ok := named[ni.key]; !ok || rootOf[i] == "" || slices.Contains(foreign[g], g.names[j]) {
				continue
			}
			if out[ni.key] == nil {
				out[ni.key] = map[string]bool{}
			}
			out[ni.key][rootOf[i]] = true
		}
	}
	return out
}

// carriesName reports whether a cluster of key carrier given a bare body's
// name of key bare carries it: as a name of its own (own), or as the end
// of its name after what places it ("Swiss National Bank", "London Stock
// Exchange"). A body whose name goes on after the bare name is a part or
// a unit of another ("Senate Banking Committee", "Merrill Lynch Capital
// Markets"), unless its articles call it by the bare name itself.
func carriesName(bare, carrier string, own bool) bool {
	return own || strings.HasSuffix(carrier, " "+bare)
}
