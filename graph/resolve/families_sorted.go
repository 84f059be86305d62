package resolve

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Rule 5 from the union-find's nodes as rules 1 to 4 leave them, sorted
// (nodesAtRule4: rules 1 and 2's kept nodes and the nodes rule 3 made; rule
// 4 makes none): the keys of both families are found by walking the
// organisations' and the places' nodes side by side, instead of sorting
// every node of the union-find and looking each up.

// familiesOf is rule 5 (families), nodes being every union-find node,
// sorted.
func (c *clustering) familiesOf(nodes []nodeFlag) {
	keys := twoFamiliesOf(nodes)
	if verifyKept {
		if whole := c.twoFamilies(); !slices.Equal(keys, whole) {
			panic(fmt.Sprintf("rule 5 from the sorted nodes finds %d keys of both families, the whole clustering %d: %v, whole %v",
				len(keys), len(whole), keys, whole))
		}
	}
	c.joinFamilies(keys, c.size())
}

// twoFamiliesOf returns the nodes "e:key" of nodes (sorted) whose key is a
// place's too ("p:key"), sorted: twoFamilies.
func twoFamiliesOf(nodes []nodeFlag) []string {
	at := func(prefix string) int {
		return sort.Search(len(nodes), func(i int) bool { return nodes[i].node >= prefix })
	}
	e, p, end := at("e:"), at("p:"), at("p;")
	eEnd := at("e;")
	var out []string
	for e < eEnd && p < end {
		switch d := strings.Compare(nodes[e].node[2:], nodes[p].node[2:]); {
		case d < 0:
			e++
		case d > 0:
			p++
		default:
			out = append(out, nodes[e].node)
			e++
			p++
		}
	}
	return out
}
