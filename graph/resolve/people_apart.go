package resolve

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// Rule 1 makes one node of a full name, and one full name can be two
// people of one year: "James Baker", chairman of a maker of car parts,
// beside the Treasury Secretary; "Gareth Thomas", a rugby captain, beside a
// development minister. Rule 5d (peopleApart) keeps them apart when the
// store says they differ, and only then.
//
// The groups of one full name that carry evidence (job titles or
// affiliations) are linked when they share a title's word ("Treasury
// Secretary" and "Secretary of the Treasury"), an affiliation's cluster,
// or any person or organisation their articles name: one person whose
// employer is spelled two ways, or who moved from one post to another, is
// still linked through what the stories around them name. The largest set
// of linked groups is the name's main person; it must have two groups or
// more. Another set stands apart when each of its articles is of a year
// the main person is named in (two periods are not told apart here: an
// athlete of 1987 may be a politician of 2005), and its titles and the main
// person's are of different walks of life (title_domains.go): a
// chairman and a Treasury Secretary, a coach and a fund manager. Groups
// without titles or affiliations stay with the main person.
//
// A set kept apart is its own union-find node, scoped to its first
// article (as a generic name's: localNode), so its cluster's node is the
// name's followed by that article's id ("person/james-baker-i09db...").
// The decision is a function of the groups, whatever order they came in.

// apartMain is the least number of linked groups the main person of a
// name must have for another set of that name to stand apart from it.
const apartMain = 2

// peopleApart is rule 5d (see above).
func (c *clustering) peopleApart() {
	byNode, doms := c.apartEvidence(c.src.all(), nil)
	cands := apartCandidates(byNode, doms)
	if len(cands) == 0 {
		return
	}
	inArticle := c.articleGroups()
	for _, n := range cands {
		c.splitPeople(n, byNode[n], func(a int32) []int { return inArticle[a] })
	}
}

// apartNode returns the union-find node of group i when rule 5d reads it:
// a group of one unit, a person of a full name not scoped to its article;
// "" otherwise.
func apartNode(c *clustering, i int) string {
	if len(c.units[i]) != 1 {
		return "" // several original entities: as its fullest name goes
	}
	u := c.units[i][0]
	if u.kind != KindPerson || !strings.Contains(u.key, " ") || isLocal(u.node) {
		return ""
	}
	return u.node
}

// apartEvidence returns rule 5d's input of the groups idx (ascending):
// each full name's node's groups, and the domains of their titles; of the
// nodes only when only is not nil.
func (c *clustering) apartEvidence(idx []int, only map[string]bool) (map[string][]int, map[string]domain) {
	byNode := map[string][]int{} // a full name's union-find node -> its groups of one unit
	doms := map[string]domain{}  // that node -> its groups' titles' domains
	for _, i := range idx {
		n := apartNode(c, i)
		if n == "" || only != nil && !only[n] {
			continue
		}
		byNode[n] = append(byNode[n], i)
		if g := c.groups[i]; len(g.titles) > 0 {
			doms[n] |= titleDomains(g.titles)
		}
	}
	return byNode, doms
}

// apartCandidates returns the names rule 5d decides, sorted: two walks of
// life or more in their titles, more than apartMain groups.
func apartCandidates(byNode map[string][]int, doms map[string]domain) []string {
	var cands []string
	for n, d := range doms {
		if bits.OnesCount8(uint8(d)) >= 2 && len(byNode[n]) > apartMain {
			cands = append(cands, n)
		}
	}
	sort.Strings(cands)
	return cands
}

// articleGroups returns the groups of each article, by article number.
func (c *clustering) articleGroups() [][]int {
	out := make([][]int, c.articles)
	for i := range c.groups {
		out[c.art[i]] = append(out[c.art[i]], i)
	}
	return out
}

// personEvidence is what rule 5d reads of one group of a full name.
type personEvidence struct {
	group int
	words []string // its titles' words
	links []string // the clusters it is affiliated with, and those its article names
}

// splitPeople decides rule 5d for the groups idx of the full name's
// union-find node n, inArticle giving the groups of an article (by number,
// ascending).
func (c *clustering) splitPeople(n string, idx []int, inArticle func(art int32) []int) {
	self := c.uf.find(n)
	var ev []personEvidence
	for _, i := range idx {
		g := c.groups[i]
		if len(g.titles) == 0 && len(g.affiliated) == 0 {
			continue
		}
		e := personEvidence{group: i}
		for _, t := range g.titles {
			e.words = append(e.words, titleWords(t)...)
		}
		for _, j := range inArticle(c.art[i]) {
			if j == i {
				continue
			}
			affiliated := slices.Contains(g.affiliated, c.groups[j].node)
			for _, u := range c.units[j] {
				if affiliated || u.kind == KindPerson || u.kind == KindOrg {
					if r := c.uf.find(u.node); r != self {
						e.links = append(e.links, r)
					}
				}
			}
		}
		ev = append(ev, e)
	}
	sets := linkedSets(ev)
	if len(sets) < 2 {
		return
	}
	// The main person: the largest set, then the one of the smallest
	// article.
	first := func(s []int) string {
		a := c.groups[ev[s[0]].group].article
		for _, k := range s[1:] {
			a = min(a, c.groups[ev[k].group].article)
		}
		return string(a)
	}
	sort.Slice(sets, func(a, b int) bool {
		if len(sets[a]) != len(sets[b]) {
			return len(sets[a]) > len(sets[b])
		}
		return first(sets[a]) < first(sets[b])
	})
	main := sets[0]
	if len(main) < apartMain {
		return
	}
	mainYears := map[int]bool{}
	var mainDom domain
	var mainTitles []string
	for _, k := range main {
		g := c.groups[ev[k].group]
		mainYears[g.year] = true
		mainDom |= titleDomains(g.titles)
		mainTitles = append(mainTitles, g.titles...)
	}
	if mainDom == 0 {
		return
	}
	for _, s := range sets[1:] {
		var dom domain
		var titles []string
		sameYears := true
		for _, k := range s {
			g := c.groups[ev[k].group]
			sameYears = sameYears && mainYears[g.year]
			dom |= titleDomains(g.titles)
			titles = append(titles, g.titles...)
		}
		if !sameYears || dom == 0 || dom&mainDom != 0 {
			continue
		}
		node := localNode(n, quad.IRI(first(s)))
		c.reason[node] = fmt.Sprintf("another person of the name %s: %s here, %s in the %d articles of its main person, of the same years, which name nothing these name",
			n[2:], quotedTop(titles), quotedTop(mainTitles), len(main))
		c.isPerson[node] = true
		for _, k := range s {
			c.units[ev[k].group][0].node = node
		}
		c.uf.find(node)
	}
}

// linkedSets returns the sets of evidence linked by a shared title word
// or a shared cluster, each set's members in the order of ev (their
// groups' order), the sets in the order of their first members.
func linkedSets(ev []personEvidence) [][]int {
	parent := make([]int, len(ev))
	for k := range parent {
		parent[k] = k
	}
	var find func(int) int
	find = func(k int) int {
		if parent[k] != k {
			parent[k] = find(parent[k])
		}
		return parent[k]
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	byWord := map[string]int{}
	byLink := map[string]int{}
	for k, e := range ev {
		for _, w := range e.words {
			if o, ok := byWord[w]; ok {
				union(o, k)
			} else {
				byWord[w] = k
			}
		}
		for _, l := range e.links {
			if o, ok := byLink[l]; ok {
				union(o, k)
			} else {
				byLink[l] = k
			}
		}
	}
	var sets [][]int
	at := map[int]int{}
	for k := range ev {
		r := find(k)
		s, ok := at[r]
		if !ok {
			s = len(sets)
			at[r] = s
			sets = append(sets, nil)
		}
		sets[s] = append(sets[s], k)
	}
	return sets
}

// quotedTop returns the most frequent of titles, quoted (the smallest on
// a tie), "no title" when there is none.
func quotedTop(titles []string) string {
	count := map[string]int{}
	for _, t := range titles {
		count[strings.ToLower(t)]++
	}
	best := ""
	for _, t := range sortedKeys(count) {
		if best == "" || count[t] > count[best] {
			best = t
		}
	}
	if best == "" {
		return "no title"
	}
	return fmt.Sprintf("%q", best)
}
