package resolve

import "strings"

// A firm named after a person ("Ivan F. Boesky and Co", "David Jones Ltd")
// and the person are two entities, yet rule 1 would make them one node: a
// company's key drops its legal form, and people and organisations share
// a family so that a firm an article typed Person still joins its
// company. The store tells them apart when the name is a person's there:
// in namesakeEvidence articles or more the full name, typed Person, has a
// job title or an affiliation ("economist David Jones of Aubrey G. Lanston",
// "arbitrager Ivan Boesky"). Then the units of that name whose own name
// says firm (a legal form, a firm's word) take a node of their own
// (firmNode) and the people keep the name's. A firm an article typed
// Person is seldom given titles in two articles: the title goes to the
// person named after it ("Merrill Lynch analyst Jane Doe").

// namesakeEvidence is the least number of articles giving a full name,
// typed Person, a title or an affiliation, for its firms to stand apart.
const namesakeEvidence = 2

// firmNodeMark ends the union-find node of a firm kept apart from its
// namesake person.
const firmNodeMark = " firm"

// personNamesakes returns the keys of full names (without middle
// initials) the store reads as a person's (see above), when some unit of
// the same key names a firm.
func (c *clustering) personNamesakes() map[string]bool {
	evidence := map[string]int{}
	firms := map[string]bool{}
	for i, g := range c.groups {
		for j, u := range c.units[i] {
			if u.kind != KindPerson && c.firmUnit(i, j) {
				firms[withoutInitials(u.key)] = true
			}
		}
		if len(c.units[i]) != 1 {
			continue
		}
		u := c.units[i][0]
		if u.kind == KindPerson && strings.Contains(u.key, " ") && (len(g.titles) > 0 || len(g.affiliated) > 0) {
			evidence[withoutInitials(u.key)]++
		}
	}
	var out map[string]bool
	for k, n := range evidence {
		if n >= namesakeEvidence && firms[k] {
			if out == nil {
				out = map[string]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// firmsApart gives the firms of c.namesakes (the keys personNamesakes
// returns) their own node: in a group with a unit that names a firm of such a
// key, every unit of the key but a person's (the article read "Jones
// Ltd" and "Jones" as one firm).
func (c *clustering) firmsApart() {
	namesakes := c.namesakes
	for i := range c.groups {
		firm := ""
		for j, u := range c.units[i] {
			if k := withoutInitials(u.key); u.kind != KindPerson && namesakes[k] && c.firmUnit(i, j) {
				firm = k
				break
			}
		}
		if firm == "" {
			continue
		}
		for j, u := range c.units[i] {
			if u.kind != KindPerson && withoutInitials(u.key) == firm {
				c.units[i][j].node = firmNode(u.node[:2] + firm)
			}
		}
	}
}

// firmUnit reports whether unit j of group i names a firm by its own
// name: a legal form or a firm's word.
func (c *clustering) firmUnit(i, j int) bool {
	u := c.units[i][j]
	return u.legal || c.memo.of(u.raw).firm
}

// firmNode returns the union-find node of a firm kept apart from the
// person of its name, from the node of the name without middle initials:
// "Orson F. Pettigrew and Co" and "Orson Pettigrew Ltd" are one firm.
func firmNode(node string) string { return node + firmNodeMark }

// withoutInitials returns a key without its middle words of one letter
// ("ivan boesky" of "ivan f boesky").
func withoutInitials(key string) string {
	w := strings.Fields(key)
	if len(w) < 3 {
		return key
	}
	out := w[:1:1]
	for _, x := range w[1 : len(w)-1] {
		if len(x) > 1 {
			out = append(out, x)
		}
	}
	return strings.Join(append(out, w[len(w)-1]), " ")
}

// namesakeAlias reports whether the name of node k, given as another name
// of a group whose unit u is a firm kept apart, is its namesake person's:
// no alias of the firm (rule 4).
func (c *clustering) namesakeAlias(u unit, k string) bool {
	return c.namesakes != nil && strings.HasSuffix(u.node, firmNodeMark) && c.namesakes[withoutInitials(k[2:])]
}
