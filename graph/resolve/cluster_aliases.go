package resolve

import (
	"slices"
	"strings"
)

// acronyms is rule 3: an acronym joins the one full name every article
// that gives it as that name's alias agrees on.
func (c *clustering) acronyms() {
	v := c.acronymVotes()
	c.joinAcronyms(v, sortedKeys(v))
}

// acronymVotes are rule 3's input: acronym node -> the roots (after rules 1
// and 2) of the full names articles give it to as an alias.
type acronymVotes map[string]map[string]bool

// acronymVotes counts rule 3's input from the groups and the union-find.
func (c *clustering) acronymVotes() acronymVotes {
	acro := acronymVotes{} // acronym node -> full-name roots
	for i := range c.groups {
		c.acronymsOf(i, func(an, node string) {
			if acro[an] == nil {
				acro[an] = map[string]bool{}
			}
			acro[an][c.uf.find(node)] = true
		})
	}
	return acro
}

// acronymsOf calls vote with each acronym node group i gives as an alias
// of its full name, and the union-find node of that name (its first
// unit's): what the group adds to rule 3's votes.
func (c *clustering) acronymsOf(i int, vote func(an, node string)) {
	if len(c.units[i]) == 0 {
		return
	}
	u := c.units[i][0]
	if !strings.Contains(u.key, " ") {
		return
	}
	var a, b string
	var ini *[4]string
	for _, n := range c.groups[i].names {
		ac := acronym(n)
		if ac == "" || ac == u.key {
			continue
		}
		if ini == nil {
			a, b = initials(u.key)
			// Of the unit's own IRI: a group of several (merged by
			// an earlier run) reads as the group of that unit did.
			ini = c.memo.acronyms(u.raw)
		}
		if ac != a && ac != b && !slices.Contains(ini[:], ac) {
			continue
		}
		vote(string(family(u.kind))+":"+ac, u.node)
	}
}

// joinAcronyms decides rule 3 for the acronym nodes keys, in their order
// (sorted): each joins its one full name's root, if it has one.
func (c *clustering) joinAcronyms(acro acronymVotes, keys []string) {
	for _, an := range keys {
		roots := acro[an]
		if len(roots) != 1 {
			continue
		}
		for r := range roots {
			c.join(r, an, "acronym of "+r[2:])
		}
	}
}

// aliases is rule 4: a name articles give as another name of one entity
// joins it, when they agree on it and it is not named more often alone.
func (c *clustering) aliases() {
	v := c.aliasVotes()
	c.joinAliases(v, sortedKeys(v.links), c.size())
}

// aliasVotes are rule 4's input, by alias node: the roots (after rule 3)
// articles give it to, with those articles, and the roots whose name it is
// the first words of.
type aliasVotes struct {
	links  map[string]map[string]map[int32]bool // alias node -> root -> articles giving it
	prefix map[string]map[string]bool           // alias node -> root -> the alias is its name's first words
}

// aliasVotes counts rule 4's input from the groups and the union-find.
func (c *clustering) aliasVotes() aliasVotes {
	v := newAliasVotes()
	inArticle := c.articleNodes(c.src.all())
	for i := range c.groups {
		c.aliasesOf(i, inArticle, func(k, node string, prefix bool) { v.add(k, c.uf.find(node), c.art[i], prefix) })
	}
	return v
}

func newAliasVotes() aliasVotes {
	return aliasVotes{links: map[string]map[string]map[int32]bool{}, prefix: map[string]map[string]bool{}}
}

// add counts a vote of article art for the alias node k to the root r,
// and whether k is the first words of the voting unit's name.
func (v aliasVotes) add(k, r string, art int32, prefix bool) {
	if v.links[k] == nil {
		v.links[k] = map[string]map[int32]bool{}
	}
	if v.links[k][r] == nil {
		v.links[k][r] = map[int32]bool{}
	}
	v.links[k][r][art] = true
	if prefix {
		if v.prefix[k] == nil {
			v.prefix[k] = map[string]bool{}
		}
		v.prefix[k][r] = true
	}
}

// artNode is a union-find node named in an article (by number).
type artNode struct {
	art  int32
	node string
}

// articleNodes returns the union-find nodes of the units of the groups
// idx, with their articles: a name that is an entity of its own in the
// same article is no alias there (whether the store merged the two or
// not, so that a second run decides as the first).
func (c *clustering) articleNodes(idx []int) map[artNode]bool {
	inArticle := make(map[artNode]bool, len(idx)) // one map: most articles' sets are small
	for _, i := range idx {
		for _, u := range c.units[i] {
			inArticle[artNode{c.art[i], u.node}] = true
		}
	}
	return inArticle
}

// aliasesOf calls vote with each alias node group i gives as another name
// of its first unit, that unit's union-find node (not its root), and
// whether the alias is the first words of the unit's name: what the group
// adds to rule 4's votes. Besides the group's names and units it reads the
// alias nodes' facts (the node exists, is a legal name's, is the namesake
// of a firm kept apart) and inArticle, the nodes of the group's article.
func (c *clustering) aliasesOf(i int, inArticle map[artNode]bool, vote func(k, node string, prefix bool)) {
	units := c.units[i]
	if len(units) == 0 {
		return
	}
	u := units[0]
	art := c.art[i]
names:
	for j, n := range c.groups[i].names {
		ni := c.gnames[i][j]
		if pk := ni.personKey(n); !strings.Contains(pk, " ") && personWord(units, pk) {
			continue // a surname: rule 6 decides
		}
		for _, fam := range []byte{family(u.kind), 'p' + 'e' - family(u.kind)} {
			k := ni.nodeOf(fam)
			if c.uf.parent[k] == "" || c.legal[k] || c.namesakeAlias(u, k) {
				continue
			}
			if inArticle[artNode{art, k}] {
				continue names
			}
			vote(k, u.node, fam == family(u.kind) && strings.HasPrefix(u.key, k[2:]+" "))
			continue names
		}
	}
}

// joinAliases decides rule 4 for the alias nodes keys, in their order
// (sorted), size being each cluster's units by root before the rule: a
// key's cluster is read after the joins of the keys before it.
func (c *clustering) joinAliases(v aliasVotes, keys []string, size map[string]int) {
	links, prefix := v.links, v.prefix
	uf := c.uf
	// An alias joins only an entity that is not named more often on its own
	// than as that alias ("Baker" of Baker International is not James Baker's
	// surname; "London" after a bank's name is not the bank).
	for _, k := range keys {
		r, n, rest := dominant(links[k])
		if r == "" || rest > 0 && n < 4*rest {
			continue // articles disagree on the entity
		}
		// A company's first word alone ("RKO" for "RKO General Inc"), given
		// as its other name by two articles and by no article to another
		// entity, is its short name however often it stands alone.
		short := prefix[k][r] && rest == 0 && n >= 2 && !c.isPerson[k]
		if n < size[uf.find(k)] && !short {
			continue
		}
		c.join(r, k, "other name of "+r[2:])
	}
}

// families is rule 5: a key that is a place and a person or organisation
// goes with the side named three times as often, but for a town's sports
// club (see teams).
func (c *clustering) families() {
	c.joinFamilies(c.twoFamilies(), c.size())
}

// twoFamilies returns rule 5's input: the nodes "e:key" whose key is a
// place's too ("p:key"), sorted.
func (c *clustering) twoFamilies() []string {
	var out []string
	for _, n := range sortedKeys(c.uf.parent) {
		if n[0] == 'e' && c.uf.parent["p:"+n[2:]] != "" {
			out = append(out, n)
		}
	}
	return out
}

// joinFamilies decides rule 5 for the nodes keys ("e:key"), in their
// order (sorted), size being each cluster's units by root before the rule:
// a key's clusters are read after the joins of the keys before it.
func (c *clustering) joinFamilies(keys []string, size map[string]int) {
	uf := c.uf
	teams := c.teams(keys, size)
	for _, n := range keys {
		p := "p:" + n[2:]
		se, sp := size[uf.find(n)], size[uf.find(p)]
		if teams[n] {
			continue // a town's club: see teams
		}
		if se >= 3*sp || sp >= 3*se {
			c.join(n, p, "the same name as a place")
		}
	}
}

// middleInitials is rule 5b: a name with a middle initial joins the same
// name without it. "Boyd L. Jefferies" and "Boyd Jefferies" are one person
// when the name without the initial is named only in years the name with
// it is, and no other initial is written between the same first and last
// names ("George Bush" of 1987 is not "George W Bush").
func (c *clustering) middleInitials() { c.middleInitialsOf(c.personYears()) }

// middleInitialsOf is rules 5b and 5c, years being each person node's
// years (personYears; the nodes with a middle initial and the names
// without it are enough). It returns the names whose undated uses rule 5c
// split, sorted.
func (c *clustering) middleInitialsOf(years map[string]map[int]bool) []string {
	initialled := initialledNames(years)
	split := c.undatedInitials(years, initialled) // 5c
	c.joinInitials(years, initialled, sortedKeys(initialled))
	return split
}

// personYears returns rule 5b's input: each person node's years.
func (c *clustering) personYears() map[string]map[int]bool {
	groups := c.groups
	units := c.units
	nodeYears := map[string]map[int]bool{}
	for i, g := range groups {
		for _, u := range units[i] {
			if u.kind == KindPerson {
				if nodeYears[u.node] == nil {
					nodeYears[u.node] = map[int]bool{}
				}
				nodeYears[u.node][g.year] = true
			}
		}
	}
	return nodeYears
}

// initialledNames indexes the person nodes of three words whose middle
// one is an initial by the name without it: "e:first last" -> "e:first x
// last" nodes, sorted.
func initialledNames(nodeYears map[string]map[int]bool) map[string][]string {
	initialled := map[string][]string{} // "e:first last" -> "e:first x last" nodes
	for _, n := range sortedKeys(nodeYears) {
		w := strings.Fields(n[2:])
		if len(w) == 3 && len(w[1]) == 1 && len(w[0]) > 1 && len(w[2]) > 1 {
			short := n[:2] + w[0] + " " + w[2]
			initialled[short] = append(initialled[short], n)
		}
	}
	return initialled
}

// joinInitials decides rule 5b for the names without an initial keys
// ("e:first last"), in their order (sorted).
func (c *clustering) joinInitials(nodeYears map[string]map[int]bool, initialled map[string][]string, keys []string) {
	for _, short := range keys {
		long := initialled[short]
		if len(long) != 1 || nodeYears[short] == nil {
			continue
		}
		within := true
		for y := range nodeYears[short] {
			if y == 0 || !nodeYears[long[0]][y] {
				within = false
			}
		}
		if within {
			c.join(long[0], short, "middle initial of "+long[0][2:])
		}
	}
}
