package resolve

import (
	"slices"
	"strings"
	"sync/atomic"

	"github.com/cayleygraph/quad"
)

// groupSource is where a clustering's stages read groups, by what ties a
// group to a decision (INCREMENTAL.md, "What is left", item 3): a stage
// that decides again only the keys a batch changed asks for the groups of
// those keys, not for every group of the store.
//
// Every method answers with indexes into the clustering's per-group tables
// (c.groups, c.units, c.gnames, c.raws, c.art), ascending and distinct. A
// source may load groups into those tables as it is asked (addGroups): an
// index, once given, names the same group for the rest of the clustering,
// but the tables may grow between two calls, so a stage reads len(c.groups)
// again after asking.
//
// wholeGroups is the source of a clustering that read every group of the
// store (today's, and the guard's): it answers from indexes over the
// groups it holds. A source that reads group records by key from bolt
// answers the same questions without reading the store whole.
type groupSource interface {
	// all returns every group of the store (the whole clustering).
	all() []int
	// fresh returns the groups that may differ from those the last
	// resolution read and kept state of: the groups read from the quads
	// added since it (group.tail) and the groups of the articles its
	// rewrite touched. Every group when nothing was kept. Several stages
	// ask for it: a source may answer with the same slice each time, which
	// callers must not change.
	fresh() []int
	// ofUnitKeys returns the groups with a unit (an original IRI) whose key
	// (unit.key, the key of its slug, in any family) is one of keys. A
	// union-find node "f:key" of unitNodes is a unit's of that key (a
	// thing's moved to a place, "p:key", too); a generic one's local
	// node is its key's and article's.
	ofUnitKeys(keys []string) []int
	// ofNameKeys returns the groups giving a name whose key (nameInfo.key,
	// or its person key) is one of keys: the groups voting for an alias,
	// an acronym, a surname or a first name of that key.
	ofNameKeys(keys []string) []int
	// ofArticles returns the groups of the articles.
	ofArticles(articles []quad.IRI) []int
	// ofRefs returns the index of the group of each ref (its node,
	// article and, for a part of a merged group, original IRI: refOf), -1
	// for a ref of no group of the store; in the order of refs.
	ofRefs(refs []groupRef) []int
}

// freshMemo counts, for tests and measures, the parts of merged groups
// (splitMerged) that a clustering's source did not answer as fresh: their
// article untouched since the kept state, they are read from it by ref.
var freshMemo struct{ partsKept atomic.Int64 }

// wholeGroups is the groupSource of a clustering that holds every group of
// the store: its indexes are made at the first question that needs them.
type wholeGroups struct {
	c *clustering
	// The articles the last resolution's rewrite touched (their groups are
	// fresh); nil when no state was kept (every group is).
	touched map[quad.IRI]bool
	// The answer of fresh, made at its first call (the groups do not grow:
	// wholeGroups loads none).
	freshIdx []int
	byUnit   map[string][]int32 // unit key -> groups
	byName   map[string][]int32 // name key, person key -> groups
	// The groups by article number (c.art): those of article a are
	// byArt[artAt[a]:artAt[a+1]].
	byArt []int32
	artAt []int32
}

// newWholeGroups returns the source of every group of c; touched is as
// wholeGroups.touched.
func newWholeGroups(c *clustering, touched map[quad.IRI]bool) *wholeGroups {
	return &wholeGroups{c: c, touched: touched}
}

func (w *wholeGroups) all() []int {
	out := make([]int, len(w.c.groups))
	for i := range out {
		out[i] = i
	}
	return out
}

func (w *wholeGroups) fresh() []int {
	if w.touched == nil {
		return w.all()
	}
	if w.freshIdx != nil {
		return w.freshIdx
	}
	// By article number (c.art): a touched article's IRI is looked up once,
	// not at each of its groups (five stages ask; 0.04 s a run over the
	// full store's 115,000 groups when each answer looked up every group's
	// article IRI).
	touched := make([]bool, w.c.articles)
	for a := range w.touched {
		if id, ok := w.c.artIDs[a]; ok {
			touched[id] = true
		}
	}
	out := []int{}
	for i, g := range w.c.groups {
		if g.tail || touched[w.c.art[i]] {
			out = append(out, i)
		} else if g.whole != nil {
			freshMemo.partsKept.Add(1)
		}
	}
	w.freshIdx = slices.Clip(out) // a caller's append copies
	return w.freshIdx
}

func (w *wholeGroups) ofUnitKeys(keys []string) []int {
	if w.byUnit == nil {
		w.byUnit = make(map[string][]int32, len(w.c.groups)/2)
		for i := range w.c.groups {
			for _, x := range w.c.raws[i] {
				if x.unit.kind != KindNone {
					w.byUnit[x.unit.key] = appendOnce(w.byUnit[x.unit.key], int32(i))
				}
			}
		}
	}
	return gather(w.byUnit, keys)
}

func (w *wholeGroups) ofNameKeys(keys []string) []int {
	if w.byName == nil {
		w.byName = make(map[string][]int32, len(w.c.groups)/2)
		for i := range w.c.groups {
			for _, x := range w.c.gnames[i] {
				w.byName[x.key] = appendOnce(w.byName[x.key], int32(i))
				if x.person != x.key {
					w.byName[x.person] = appendOnce(w.byName[x.person], int32(i))
				}
			}
		}
	}
	return gather(w.byName, keys)
}

func (w *wholeGroups) ofArticles(articles []quad.IRI) []int {
	if w.artAt == nil {
		// By article number, counted then placed: no map of IRIs.
		w.artAt = make([]int32, w.c.articles+1)
		for _, a := range w.c.art {
			w.artAt[a+1]++
		}
		for a := 1; a < len(w.artAt); a++ {
			w.artAt[a] += w.artAt[a-1]
		}
		w.byArt = make([]int32, len(w.c.art))
		next := slices.Clone(w.artAt[:len(w.artAt)-1])
		for i, a := range w.c.art {
			w.byArt[next[a]] = int32(i)
			next[a]++
		}
	}
	var out []int
	for _, a := range articles {
		if id, ok := w.c.artIDs[a]; ok {
			for _, i := range w.byArt[w.artAt[id]:w.artAt[id+1]] {
				out = append(out, int(i))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (w *wholeGroups) ofRefs(refs []groupRef) []int {
	out := make([]int, len(refs))
	for k, ref := range refs {
		// The first group of the ref's node and article, then the one of
		// its raw among the parts of a merged group there.
		i, _ := slices.BinarySearchFunc(w.c.groups, ref, func(g *group, r groupRef) int {
			if d := strings.Compare(string(g.node), string(r.node)); d != 0 {
				return d
			}
			return strings.Compare(string(g.article), string(r.article))
		})
		out[k] = -1
		for ; i < len(w.c.groups) && w.c.groups[i].node == ref.node && w.c.groups[i].article == ref.article; i++ {
			if refOf(w.c.groups[i]) == ref {
				out[k] = i
				break
			}
		}
	}
	return out
}

// appendOnce appends i to list unless it is its last element (a group's
// keys are read in turn, so a repeat is the last).
func appendOnce(list []int32, i int32) []int32 {
	if n := len(list); n > 0 && list[n-1] == i {
		return list
	}
	return append(list, i)
}

// gather returns the groups index holds under keys, ascending and distinct.
func gather[K comparable](index map[K][]int32, keys []K) []int {
	var out []int
	for _, k := range keys {
		for _, i := range index[k] {
			out = append(out, int(i))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
