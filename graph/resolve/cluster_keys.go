package resolve

import (
	"strconv"
	"strings"
)

// sameKeys is rules 1 and 2: units of one key in one family are one node;
// a thing joins the place of its key when no person or organisation has it;
// keys equal without their spaces, a country word before an organisation's
// name, and one typo in a long name join. With prior (rules 1 and 2's
// state an earlier clustering kept), only the clusters of the nodes that
// changed since are joined again (same_keys_kept.go).
func (c *clustering) sameKeys(prior *sameKeysState) {
	c.unitNodes()
	c.sameNodes = sortedKeys(c.uf.parent)
	if prior != nil {
		c.joinSameKeysFrom(prior, c.sameNodes)
		return
	}
	c.joinSameKeys(c.sameNodes)
}

// unitNodes gives each unit its union-find node: a thing's goes to the
// place of its key when no person or organisation has the key (rule 2), a
// generic name's is its article's own, a firm named after a person the
// store knows is its own (firm_namesakes.go); and marks the nodes of a
// legal name and of a person.
func (c *clustering) unitNodes() {
	groups := c.groups
	units := c.units
	keyKinds := c.keyKinds
	uf := c.uf
	if c.namesakes = c.personNamesakes(); c.namesakes != nil {
		c.firmsApart()
	}
	for i := range groups {
		for j, u := range units[i] {
			if u.kind == KindThing {
				kk := keyKinds[u.key]
				if kk.has(KindPlace) && !kk.has(KindPerson) && !kk.has(KindOrg) {
					u.node = "p:" + u.key
					units[i][j] = u
				}
			}
			if u.node[0] == 'e' && u.kind != KindPerson && genericKey(u.key) {
				u.node = localNode(u.node, groups[i].article)
				units[i][j] = u
			}
			uf.find(u.node)
			if u.legal {
				c.legal[u.node] = true
			}
			if u.kind == KindPerson {
				c.isPerson[u.node] = true
			}
		}
	}
}

// joinSameKeys is rule 1 over the union-find's nodes (sorted), a function
// of them and of which are a legal name's and a person's only: keys equal
// without their spaces, a country word before an organisation's name and
// one typo in a long name join.
func (c *clustering) joinSameKeys(nodes []string) {
	uf := c.uf
	join := c.join
	squashed := map[string]string{}
	blocks := map[string][]string{}
	for _, n := range nodes {
		sq := squashKey(n)
		if sq == "" {
			continue
		}
		if other, ok := squashed[sq]; ok {
			join(other, n, "same name without spaces as "+other[2:])
		} else {
			squashed[sq] = n
		}
		if rest := countryRest(n, c.legal[n]); rest != "" && uf.parent[rest] != "" {
			join(rest, n, "country word before "+rest[2:])
		}
		if b := typoBlock(n, c.isPerson[n]); b != "" {
			blocks[b] = append(blocks[b], n)
		}
	}
	for _, b := range sortedKeys(blocks) {
		ns := blocks[b]
		if len(ns) > typoBlockCap {
			continue
		}
		for x := 0; x < len(ns); x++ {
			for y := x + 1; y < len(ns); y++ {
				if oneTypo(ns[x][2:], ns[y][2:]) {
					join(ns[x], ns[y], "spelling of "+ns[x][2:])
				}
			}
		}
	}
}

// typoBlockCap is the most nodes a typo block may hold for rule 1 to
// compare them (a larger one, the first words of many names, is left).
var typoBlockCap = 400

// squashKey returns a node's key without its spaces, in its family ("e:usair"
// of "e:us air"), "" for a key of one word: rule 1 joins the nodes of one.
func squashKey(n string) string {
	if !strings.Contains(n[2:], " ") {
		return ""
	}
	return n[:2] + strings.ReplaceAll(n[2:], " ", "")
}

// countryRest returns the node a node joins by rule 1's country word when
// that node exists ("e:federal reserve" of "e:us federal reserve"); "" when
// the node has no country word before an organisation's name of two words
// or more, or is a company's legal name: "UK International Finance BV" is
// a firm of its own, not the International Finance Corp.
func countryRest(n string, legal bool) string {
	if first, _, _ := strings.Cut(n[2:], " "); n[:2] != "e:" || legal || !qualifiers[first] {
		return "" // most nodes: read without splitting the key
	}
	w := strings.Fields(n[2:])
	if len(w) < 3 || !qualifiers[w[0]] {
		return ""
	}
	return n[:2] + strings.Join(w[1:], " ")
}

// typoBlock returns the block of nodes rule 1 compares a node with for one
// typo (its family, first word and number of words), "" when it is not
// compared: a key under 16 letters or 3 words, a person's, a local one.
func typoBlock(n string, person bool) string {
	key := n[2:]
	if len(key) < 16 || person || isLocal(n) {
		return ""
	}
	w := strings.Fields(key)
	if len(w) < 3 {
		return ""
	}
	return n[:2] + w[0] + "|" + strconv.Itoa(len(w))
}
