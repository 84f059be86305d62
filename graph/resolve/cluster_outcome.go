package resolve

import (
	"fmt"
	"slices"
	"strings"
)

// roster is the clusters after the last join: each root's groups, and
// what rule 8 reads of their names.
type roster struct {
	members  map[string][]int           // root -> its groups
	extra    map[string]map[string]bool // root -> its groups' union-find nodes of another root
	nameArts map[string]rootCounts      // name key -> the roots it is given to, with the articles giving it
	artCount map[string]int             // root -> articles naming it
}

// outcome is rules 7 and 8: each cluster's node, kind and name, and the
// names its groups were given that are another cluster's. Rule 7 starts
// from prior when it is not nil, and with keep returns what it keeps
// (outcome_kept.go).
func (c *clustering) outcome(surname map[int]string, firstName map[int]bool, prior *clusterKept, keep bool) (clusters, *clusterWork) {
	members, extra := c.members(surname)
	targets, work := c.clusterTargets(members, prior, keep)
	ros := &roster{members: members, extra: extra, nameArts: c.nameArticles(members), artCount: c.articleCounts(members)}
	out := clusters{target: make(map[*group]target, len(c.groups)), foreign: map[*group][]string{}, rawRules: map[*group][]string{}}
	lastWords := surnames{}
	roots := targets
	for _, root := range sortedKeys(members) {
		idx := members[root]
		t := targets[root]
		together := c.articleNames(idx)
		for _, i := range idx {
			c.groupOutcome(out, i, root, t, surname, firstName, ros, lastWords, together[c.art[i]])
		}
	}
	c.bareBodies(out, roots, members, ros.nameArts) // bare_bodies.go
	return out, work
}

// rootTarget is rule 7 for the cluster of the groups idx: its kind, name
// and node.
func (c *clustering) rootTarget(idx []int) target {
	t, _ := c.targetOf(c.tallyOf(idx), idx)
	return t
}

// targetOf is rule 7 for the cluster of the groups idx from their tally
// tl, and whether it read a store-wide set (decide).
func (c *clustering) targetOf(tl *tally, idx []int) (target, bool) {
	uf := c.uf
	t, asked := decide(tl, func(key string) bool { return uf.parent["p:"+key] != "" }, c.knownPersonWord)
	if a, ok := localArticle(c.groups, c.units, idx); ok {
		t.node = localTarget(t.node, a)
	}
	return t, asked
}

// groupOutcome puts in out group i's target (its cluster root's t with
// the rule that put it there), its original IRIs' rules when it moves,
// and (rule 8) its names that are another cluster's. together holds the
// names of all the groups of its article in the cluster (nil when it is
// the only one).
func (c *clustering) groupOutcome(out clusters, i int, root string, t target, surname map[int]string, firstName map[int]bool, ros *roster, lastWords surnames, together []string) {
	g := c.groups[i]
	units := c.units
	reason := c.reason
	uf := c.uf
	tt := t
	switch {
	case surname[i] != "" && firstName[i]:
		tt.rule = fmt.Sprintf("first name %q of %s, named with what it is named with", units[i][0].key, t.name)
	case surname[i] != "":
		tt.rule = fmt.Sprintf("surname %q of %s", units[i][0].key, t.name)
	case len(units[i]) > 0 && reason[units[i][0].node] != "":
		tt.rule = reason[units[i][0].node]
	default:
		tt.rule = "same name as " + t.name
	}
	if len(units[i]) > 0 && units[i][0].kind != t.kind {
		tt.rule += fmt.Sprintf("; typed %s here, %s by the store", units[i][0].kind, t.kind)
	}
	out.target[g] = tt
	if g.moved || tt.node != g.node {
		out.rawRules[g] = rawRules(c.raws[i], units[i], tt, surname[i] != "", reason, func(n string) bool { return uf.find(n) == root })
	}
	// 8: names of other clusters.
	if names := c.foreignNames(i, root, t, ros, lastWords, together); len(names) > 0 {
		out.foreign[g] = names
	}
}

// members groups the groups by root: union-find roots, with surname groups
// moved to theirs. A cluster's keys are the union-find nodes of its root,
// and those of its groups' units that are another root's (a surname's
// group, or a group of several original entities): the latter kept apart,
// as few, in extra.
func (c *clustering) members(surname map[int]string) (members map[string][]int, extra map[string]map[string]bool) {
	groups := c.groups
	units := c.units
	rootsOf := c.rootsOf
	rootOf := func(i int) string {
		if r, ok := surname[i]; ok {
			return r
		}
		if len(units[i]) == 0 {
			return ""
		}
		return rootsOf(i)[0]
	}
	members = map[string][]int{}
	extra = map[string]map[string]bool{}
	for i := range groups {
		r := rootOf(i)
		if r == "" {
			continue
		}
		members[r] = append(members[r], i)
		for j, u := range units[i] {
			if rootsOf(i)[j] != r {
				if extra[r] == nil {
					extra[r] = map[string]bool{}
				}
				extra[r][u.node] = true
			}
		}
	}
	return members, extra
}

// nameArticles counts which clusters each name is given to, by how many
// articles: a name that one cluster carries in many articles is its name,
// not that of a cluster that carries it in a few ("USA" of "USA Today" on a
// company). It returns name key -> root -> articles.
func (c *clustering) nameArticles(members map[string][]int) map[string]rootCounts {
	nameArts := map[string]rootCounts{} // name key -> root -> articles
	var given []keyArt
	for root, idx := range members { // counts: in any order
		given = c.addNameArts(nameArts, root, idx, given)
	}
	return nameArts
}

// keyArt is a name's key given in an article, by the article's number.
type keyArt struct {
	key string
	art int32
}

// addNameArts adds to nameArts the names of the cluster root of the
// groups idx, with the articles giving them (root not among them yet);
// given is a buffer, returned for the next.
func (c *clustering) addNameArts(nameArts map[string]rootCounts, root string, idx []int, given []keyArt) []keyArt {
	given = given[:0] // a cluster's names' keys, with the articles giving them
	for _, i := range idx {
		for _, ni := range c.gnames[i] {
			given = append(given, keyArt{ni.key, c.art[i]})
		}
	}
	slices.SortFunc(given, func(a, b keyArt) int {
		if d := strings.Compare(a.key, b.key); d != 0 {
			return d
		}
		return int(a.art) - int(b.art)
	})
	// given is sorted by key: each key's articles, counted, are one
	// entry of its roots (a root comes once per key).
	for j, x := range given {
		switch {
		case j > 0 && given[j-1] == x:
		case j > 0 && given[j-1].key == x.key:
			by := nameArts[x.key]
			by[len(by)-1].n++
		default:
			nameArts[x.key] = append(nameArts[x.key], rootCount{root, 1})
		}
	}
	return given
}

// rootCount is how many articles give a name to the cluster of a root.
type rootCount struct {
	root string
	n    int
}

// rootCounts are a name's clusters, each root once: most names have one
// (a slice, not a map per name: 60,000 maps made each resolution).
type rootCounts []rootCount

// of returns the articles giving the name to root's cluster, 0 if none.
func (rc rootCounts) of(root string) int {
	for _, x := range rc {
		if x.root == root {
			return x.n
		}
	}
	return 0
}

// articleCounts counts the articles naming each cluster, by root.
func (c *clustering) articleCounts(members map[string][]int) map[string]int {
	art := c.art
	articles := c.articles
	artCount := make(map[string]int, len(members)) // root -> articles naming it
	seen := make([]int32, articles)                // article -> the last cluster counted with it, plus one
	var cur int32
	for r, idx := range members {
		cur++
		n := 0
		for _, i := range idx {
			if seen[art[i]] != cur {
				seen[art[i]] = cur
				n++
			}
		}
		artCount[r] = n
	}
	return artCount
}

// articleNames returns, for each article with several groups among a
// cluster's groups idx, the names of those groups together: once moved
// they are one group, so rule 8 reads their names together in the first
// run as a second run would ("Cable" beside "Cable and Wireless" of the
// same article), and a second run changes nothing.
func (c *clustering) articleNames(idx []int) map[int32][]string {
	if len(idx) < 2 {
		return nil // most clusters: one group
	}
	count := make(map[int32]int, len(idx))
	for _, i := range idx {
		count[c.art[i]]++
	}
	var names map[int32][]string
	for _, i := range idx {
		if a := c.art[i]; count[a] > 1 {
			if names == nil {
				names = map[int32][]string{}
			}
			names[a] = append(names[a], c.groups[i].names...)
		}
	}
	return names
}

// foreignNames is rule 8 for group i of the cluster root, whose target is
// t: the names it was given that are another cluster's. together holds
// the names of all the groups of its article in the cluster (nil when it
// is the only one).
func (c *clustering) foreignNames(i int, root string, t target, ros *roster, lastWords surnames, together []string) []string {
	g := c.groups[i]
	uf := c.uf
	hasKey := func(root, k string) bool { return uf.find(k) == root || ros.extra[root][k] }
	nameArts, artCount := ros.nameArts, ros.artCount
	siblings := g.names
	if together != nil {
		siblings = together
	}
	var names []string
	person := t.kind == KindPerson
	for j, n := range g.names {
		if n == t.name {
			continue
		}
		ni := c.gnames[i][j]
		other := false
		for _, fam := range []byte{'e', 'p'} {
			k := ni.nodeOf(fam)
			if uf.parent[k] == "" || hasKey(root, k) {
				continue
			}
			// A surname shared by several people stays an alias of each.
			if fam == 'p' || !person || !lastWords.is(t.name, ni.personKey(n)) {
				// Unless the other cluster is much smaller than
				// this one's use of the name ("USA" of a "USA Inc"
				// is still the country's).
				own := nameArts[ni.key].of(root)
				if own < 3 || own < 3*artCount[uf.find(k)] {
					other = true
				}
			}
		}
		if !other && conjunct(n, siblings, func(k string) bool {
			for _, x := range nameArts[k] {
				if x.root != root {
					return true
				}
			}
			return false
		}) {
			other = true
		}
		if !other && !(person && lastWords.is(t.name, ni.personKey(n))) {
			by := nameArts[ni.key]
			own := by.of(root)
			for _, x := range by {
				if x.root != root && x.n >= 3 && x.n >= 3*own {
					other = true
				}
			}
		}
		if other {
			names = append(names, n)
		}
	}
	return names
}
