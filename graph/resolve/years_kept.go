package resolve

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/cayleygraph/quad"
)

// Rules 5b and 5c from a kept state. They read the years of two kinds of
// person nodes only: names with a middle initial ("e:boyd l jefferies") and
// the same names without it ("e:boyd jefferies"), the names that matter.
// A person unit's node is "e:" and its key whatever the store holds (rules
// 2, 5d and firms' namesakes move other units), so the groups of a name
// that matters are kept by name, and read back with their years as they
// are now (an article's date may have come since). Counted again: the
// groups read from the quads added since the last resolution (group.tail)
// and the groups of the articles it rewrote; and every group of a name
// that matters now and did not (a name with a middle initial came, so the
// name without it matters; the names with a middle initial are read off
// rules 1 and 2's nodes, which are sorted and flag a person's).

// yearsPart is the name of rules 5b and 5c's part of a kept state.
const yearsPart = "years"

// yearsKept is rules 5b and 5c's kept input.
type yearsKept struct {
	// Every person node that matters (see above), sorted.
	names []string
	// Such a node -> its groups with a person unit on it: when kept, of
	// the articles the resolution did not rewrite.
	groups map[string][]groupRef
}

// yearsMemo counts what rules 5b and 5c did from kept states, for tests and
// measures: groups read back, groups counted again, kept states given up.
var yearsMemo struct{ kept, counted, lost atomic.Int64 }

// initialledName reports whether a person node's name has a middle
// initial ("e:first x last") and returns the node without it.
func initialledName(n string) (string, bool) {
	if !strings.HasPrefix(n, "e:") || strings.Count(n, " ") != 2 {
		return "", false
	}
	w := strings.Fields(n[2:])
	if len(w) == 3 && len(w[1]) == 1 && len(w[0]) > 1 && len(w[2]) > 1 {
		return n[:2] + w[0] + " " + w[2], true
	}
	return "", false
}

// namesThatMatter returns the names with a middle initial among nodes and
// the same names without it, sorted.
func namesThatMatter(nodes []string) []string {
	set := map[string]bool{}
	for _, n := range nodes {
		if short, ok := initialledName(n); ok {
			set[n], set[short] = true, true
		}
	}
	return sortedKeys(set)
}

// middleInitialsFrom is rules 5b and 5c (middleInitials), the years read
// from prior's groups when it has them: priorSame and same are rules 1 and
// 2's nodes of the kept clustering and this one, touched the articles the
// last resolution rewrote (nil: count every group). It returns the state
// of this clustering, its groups every group's, and the names whose undated
// uses rule 5c split.
func (c *clustering) middleInitialsFrom(prior *yearsKept, priorSame, same *sameKeysState, touched map[quad.IRI]bool) (*yearsKept, []string) {
	years, now := c.personYearsFrom(prior, priorSame, same, touched)
	return now, c.middleInitialsOf(years)
}

// personYearsFrom returns the years of the person nodes that matter, and
// their groups to keep.
func (c *clustering) personYearsFrom(prior *yearsKept, priorSame, same *sameKeysState, touched map[quad.IRI]bool) (map[string]map[int]bool, *yearsKept) {
	var persons []string // the person nodes with a middle initial
	for _, n := range same.nodes {
		if n.person {
			if _, ok := initialledName(n.node); ok {
				persons = append(persons, n.node)
			}
		}
	}
	now := &yearsKept{names: namesThatMatter(persons), groups: map[string][]groupRef{}}
	years := map[string]map[int]bool{}
	add := func(i int, node string) {
		g := c.groups[i]
		if years[node] == nil {
			years[node] = map[int]bool{}
		}
		years[node][g.year] = true
		now.groups[node] = append(now.groups[node], refOf(g))
	}
	whole := prior == nil || priorSame == nil || touched == nil
	if !whole {
		again := map[int]bool{}
		for _, i := range c.src.fresh() {
			again[i] = true
		}
		if !c.keptYears(prior, now.names, again, add) {
			yearsMemo.lost.Add(1) // a kept group not in the store: count everything
			whole = true
			clear(years)
			clear(now.groups)
		} else {
			c.countYears(sortedInts(again), now.names, add)
			// The names that matter now and did not: every group of theirs.
			var fresh []string
			for _, n := range now.names {
				if _, ok := slices.BinarySearch(prior.names, n); !ok {
					fresh = append(fresh, n)
				}
			}
			if len(fresh) > 0 {
				keys := make([]string, len(fresh))
				for j, n := range fresh {
					keys[j] = n[2:]
				}
				var old []int
				for _, i := range c.src.ofUnitKeys(keys) {
					if !again[i] {
						old = append(old, i)
					}
				}
				c.countYears(old, fresh, add)
			}
		}
	}
	if whole {
		c.countYears(c.src.all(), now.names, add)
	}
	if verifyKept && !whole {
		c.checkYears(years)
	}
	return years, now
}

// keptYears reads back prior's groups of the names that matter now (names,
// sorted) and are not counted again (again), with their years now; false
// when a kept group is not among the clustering's.
func (c *clustering) keptYears(prior *yearsKept, names []string, again map[int]bool, add func(i int, node string)) bool {
	for _, n := range sortedKeys(prior.groups) {
		if _, ok := slices.BinarySearch(names, n); !ok {
			continue
		}
		for _, i := range c.src.ofRefs(prior.groups[n]) {
			if i < 0 {
				return false
			}
			if again[i] {
				continue
			}
			yearsMemo.kept.Add(1)
			add(i, n)
		}
	}
	return true
}

// countYears adds the years of the groups idx to those of their person
// units' nodes that are among names (sorted).
func (c *clustering) countYears(idx []int, names []string, add func(i int, node string)) {
	for _, i := range idx {
		for _, u := range c.units[i] {
			if u.kind != KindPerson {
				continue
			}
			if _, ok := slices.BinarySearch(names, u.node); ok {
				add(i, u.node)
			}
		}
	}
	yearsMemo.counted.Add(int64(len(idx)))
}

// sortedInts returns the ints of a set, sorted.
func sortedInts(set map[int]bool) []int {
	out := make([]int, 0, len(set))
	for x := range set {
		out = append(out, x)
	}
	slices.Sort(out)
	return out
}

// checkYears panics when the years of the names that matter differ from
// those personYears counts of every group.
func (c *clustering) checkYears(years map[string]map[int]bool) {
	whole := c.personYears()
	matter := namesThatMatter(sortedKeys(whole))
	for _, n := range matter {
		if !maps.Equal(whole[n], years[n]) {
			panic(fmt.Sprintf("rule 5b's years from the kept state differ from the whole clustering at %q: %v, whole %v", n, years[n], whole[n]))
		}
	}
	for n := range years {
		if _, ok := slices.BinarySearch(matter, n); !ok {
			panic(fmt.Sprintf("rule 5b from the kept state reads the years of %q, the whole clustering does not", n))
		}
	}
}

// keepYears returns the state of rules 5b and 5c to keep after a
// resolution that rewrote the articles touched: the groups of the others.
func keepYears(k *yearsKept, touched map[quad.IRI]bool) *yearsKept {
	if k == nil || touched == nil {
		return nil
	}
	out := &yearsKept{names: k.names, groups: make(map[string][]groupRef, len(k.groups))}
	for n, refs := range k.groups {
		var keep []groupRef
		for _, r := range refs {
			if !touched[r.article] {
				keep = append(keep, r)
			}
		}
		if keep != nil {
			out.groups[n] = keep
		}
	}
	return out
}

// encode writes the part of rules 5b and 5c: the IRIs of its groups once,
// sorted and front-coded, then each group by their numbers.
func (k *yearsKept) encode() []byte {
	var w keptWriter
	w.strs(k.names)
	set := map[quad.IRI]bool{}
	keys := sortedKeys(k.groups)
	for _, n := range keys {
		for _, r := range k.groups[n] {
			setRef(set, r)
		}
	}
	num := w.iriTable(set)
	w.uv(uint64(len(keys)))
	for _, n := range keys {
		w.str(n)
		w.uv(uint64(len(k.groups[n])))
		for _, r := range k.groups[n] {
			w.uv(uint64(num[r.node]))
			w.uv(uint64(num[r.article]))
			w.uv(rawNum(num, r.raw))
		}
	}
	return w.b.Bytes()
}

// decodeYearsKept reads the part written by encode; nil when it cannot be
// read.
func decodeYearsKept(data []byte) *yearsKept {
	if data == nil {
		return nil
	}
	r := &keptReader{data: data}
	k := &yearsKept{names: r.strs(), groups: map[string][]groupRef{}}
	strs := r.sortedStrs()
	at := func(n uint64) quad.IRI { return r.iriAt(strs, n) }
	for n := r.count(); n > 0 && !r.bad; n-- {
		name := r.str()
		refs := make([]groupRef, r.count())
		for j := range refs {
			node, article := at(r.uv()), at(r.uv())
			refs[j] = groupRef{node, article, rawAt(r.uv(), at)}
		}
		k.groups[name] = refs
	}
	if !r.done() || !slices.IsSorted(k.names) {
		return nil
	}
	return k
}

// yearsPrior returns the part of rules 5b and 5c of a kept state, nil when
// it has none or it cannot be read.
func (k *keptState) yearsPrior() *yearsKept {
	if k == nil {
		return nil
	}
	return decodeYearsKept(k.parts[yearsPart])
}
