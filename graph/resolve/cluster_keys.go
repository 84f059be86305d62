package resolve

import (
	"strconv"
	"strings"
)

// sameKeys is rules 1 and 2: units of one key in one family are one node;
// a thing joins the place of its key when no person or organisation has it;
// keys equal without their spaces, a country word before an organisation's
// name, and one typo in a long name join.
func (c *clustering) sameKeys() {
	c.unitNodes()
	c.joinSameKeys(sortedKeys(c.uf.parent))
}

// unitNodes gives each unit its union-find node: a thing's goes to the
// place of its key when no person or organisation has the key (rule 2), a
// generic name's is its article's own; and marks the nodes of a legal name
// and of a person.
func (c *clustering) unitNodes() {
	groups := c.groups
	units := c.units
	keyKinds := c.keyKinds
	uf := c.uf
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
	legal := c.legal
	isPerson := c.isPerson
	join := c.join
	squashed := map[string]string{}
	blocks := map[string][]string{}
	for _, n := range nodes {
		fam, key := n[:2], n[2:]
		if !strings.Contains(key, " ") {
			continue
		}
		sq := fam + strings.ReplaceAll(key, " ", "")
		if other, ok := squashed[sq]; ok {
			join(other, n, "same name without spaces as "+other[2:])
		} else {
			squashed[sq] = n
		}
		w := strings.Fields(key)
		// not a company's legal name: "UK International Finance BV" is a
		// firm of its own, not the International Finance Corp
		if fam == "e:" && qualifiers[w[0]] && len(w) > 2 && !legal[n] {
			if rest := fam + strings.Join(w[1:], " "); uf.parent[rest] != "" {
				join(rest, n, "country word before "+rest[2:])
			}
		}
		if len(key) >= 16 && len(w) >= 3 && !isPerson[n] && !isLocal(n) {
			b := fam + w[0] + "|" + strconv.Itoa(len(w))
			blocks[b] = append(blocks[b], n)
		}
	}
	for _, b := range sortedKeys(blocks) {
		ns := blocks[b]
		if len(ns) > 400 {
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
