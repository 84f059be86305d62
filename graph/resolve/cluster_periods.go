package resolve

// One full name can be two people of two periods: "George Bush" is the
// Vice President in articles of 1987 and the President in undated
// articles of 2005, where "George W Bush" names the latter. Rule 5b joins
// a name without a middle initial to the name with it only when the former
// is named in no year the latter is not, so the undated "George Bush"
// stayed with the dated one. undatedInitials is rule 5c: when the name
// with the initial is named in undated articles only, and the name without
// it in undated and dated articles, the undated articles' uses of the name
// without the initial join the name with it (their period's person), and
// the dated ones stay apart.

// undatedSuffix marks the union-find node of a name's uses in undated
// articles when rule 5c takes them from the name's own node.
const undatedSuffix = "#undated"

// undatedInitials is rule 5c (see above) for the names without an initial
// of initialled (initialledNames), nodeYears being each person node's
// years. It returns the names whose undated uses it split, sorted.
func (c *clustering) undatedInitials(nodeYears map[string]map[int]bool, initialled map[string][]string) []string {
	var split []string
	for _, short := range sortedKeys(initialled) {
		long := initialled[short]
		if len(long) != 1 || !undatedOnly(nodeYears[long[0]]) || !datedAndUndated(nodeYears[short]) {
			continue
		}
		undated := short + undatedSuffix
		for i, g := range c.groups {
			if g.year != 0 {
				continue
			}
			for j, u := range c.units[i] {
				if u.node == short {
					c.units[i][j].node = undated
				}
			}
		}
		// The new node's reason is this rule's, whichever node the union
		// makes the root (join keeps only the loser's).
		c.reason[undated] = "middle initial of " + long[0][2:] + " in undated articles"
		c.uf.union(long[0], undated)
		split = append(split, short)
	}
	return split
}

// undatedOnly reports whether years holds the year 0 (unknown) alone.
func undatedOnly(years map[int]bool) bool { return len(years) == 1 && years[0] }

// datedAndUndated reports whether years holds the year 0 and another.
func datedAndUndated(years map[int]bool) bool { return len(years) > 1 && years[0] }
