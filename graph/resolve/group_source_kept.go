package resolve

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
)

// keptGroups is the groupSource that reads group records by key
// (group_records.go) instead of the snapshot: the groups read past the
// snapshot (tail) from the store's log, every other group from the record
// of its article, loaded into the clustering at the first question that
// names it. It holds when the records do (recordsHold).
type keptGroups struct {
	qs      graph.QuadStore
	c       *clustering
	book    *origins            // merged groups are read as their parts (splitMerged)
	touched map[quad.IRI]bool   // the articles the last rewrite touched
	tail    map[quad.IRI][]int  // article read past the snapshot -> its groups
	loaded  map[quad.IRI][]int  // article -> its groups in c, once loaded
	records int                 // article records read
	err     error               // the first error of a read; the answers after it are short
	scanned map[string][]string // index prefix -> the articles it names
}

// newKeptGroups returns the kept source of a clustering c that holds no
// group yet: it loads tail (the groups read past the snapshot) at once.
func newKeptGroups(qs graph.QuadStore, c *clustering, tail []*group, touched map[quad.IRI]bool, book *origins) *keptGroups {
	k := &keptGroups{qs: qs, c: c, book: book, touched: touched, tail: map[quad.IRI][]int{}, loaded: map[quad.IRI][]int{}, scanned: map[string][]string{}}
	first := c.addGroups(tail)
	var arts []string
	for i := range tail {
		a := tail[i].article
		if k.tail[a] == nil {
			arts = append(arts, recordArticle+string(a))
		}
		k.tail[a] = append(k.tail[a], first+i)
		k.loaded[a] = append(k.loaded[a], first+i)
	}
	// An article with a record and quads past the snapshot has groups of
	// both: not read by key (the caller reads the store whole).
	old, err := boltkv.SideTableGet(qs, recordsTable, arts)
	if err != nil {
		k.err = err
	} else if slices.ContainsFunc(old, func(b []byte) bool { return b != nil }) {
		k.err = errTailOfRecorded
	}
	return k
}

// errTailOfRecorded is a store whose quads past the snapshot add to an
// article the records hold.
var errTailOfRecorded = errors.New("quads added to an article of the group records")

// load reads the records of the articles not loaded yet into the
// clustering.
func (k *keptGroups) load(articles []quad.IRI) {
	var want []quad.IRI
	for _, a := range articles {
		if _, ok := k.loaded[a]; !ok {
			want = append(want, a)
		}
	}
	if len(want) == 0 || k.err != nil {
		return
	}
	slices.Sort(want)
	want = slices.Compact(want)
	keys := make([]string, len(want))
	for i, a := range want {
		keys[i] = recordArticle + string(a)
	}
	data, err := boltkv.SideTableGet(k.qs, recordsTable, keys)
	if err != nil {
		k.err = err
		return
	}
	for i, a := range want {
		k.loaded[a] = []int{}
		if data[i] == nil {
			continue
		}
		rec, err := decodeRecord(a, data[i])
		if err != nil {
			k.err = fmt.Errorf("%s: %w", a, err)
			return
		}
		k.records++
		groups, err := splitMerged(rec.groups, k.book)
		if err != nil {
			k.err = err
			return
		}
		first := k.c.addGroups(groups)
		for j := range groups {
			k.loaded[a] = append(k.loaded[a], first+j)
		}
	}
}

// articlesOf returns the articles the index keys under prefix+key+"\x00"
// name, for each key.
func (k *keptGroups) articlesOf(prefix string, keys []string) []quad.IRI {
	var out []quad.IRI
	for _, key := range keys {
		p := prefix + key + "\x00"
		arts, ok := k.scanned[p]
		if !ok && k.err == nil {
			k.err = boltkv.SideTableScan(k.qs, recordsTable, p, func(key, _ []byte) error {
				arts = append(arts, string(key[len(p):]))
				return nil
			})
			k.scanned[p] = arts
		}
		for _, a := range arts {
			out = append(out, quad.IRI(a))
		}
	}
	return out
}

// groupsWhere returns the loaded groups of articles for which fits holds,
// ascending.
func (k *keptGroups) groupsWhere(articles []quad.IRI, fits func(i int) bool) []int {
	var out []int
	for _, a := range articles {
		for _, i := range k.loaded[a] {
			if fits(i) {
				out = append(out, i)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// withTail adds the articles read past the snapshot whose groups fit: the
// index keys are of the records only.
func (k *keptGroups) withTail(articles []quad.IRI) []quad.IRI {
	for a := range k.tail {
		articles = append(articles, a)
	}
	return articles
}

func (k *keptGroups) all() []int {
	var arts []quad.IRI
	if k.err == nil {
		k.err = boltkv.SideTableScan(k.qs, recordsTable, recordArticle, func(key, _ []byte) error {
			arts = append(arts, quad.IRI(key[len(recordArticle):]))
			return nil
		})
	}
	k.load(arts)
	return k.groupsWhere(k.withTail(arts), func(int) bool { return true })
}

func (k *keptGroups) fresh() []int {
	arts := make([]quad.IRI, 0, len(k.touched))
	for a := range k.touched {
		arts = append(arts, a)
	}
	k.load(arts)
	return k.groupsWhere(k.withTail(arts), func(i int) bool { return k.c.groups[i].tail || k.touched[k.c.groups[i].article] })
}

func (k *keptGroups) ofUnitKeys(keys []string) []int {
	arts := k.articlesOf(recordUnit, keys)
	k.load(arts)
	set := keySet(keys)
	return k.groupsWhere(k.withTail(arts), func(i int) bool {
		return slices.ContainsFunc(k.c.raws[i], func(x *rawInfo) bool { return x.unit.kind != KindNone && set[x.unit.key] })
	})
}

func (k *keptGroups) ofNameKeys(keys []string) []int {
	arts := k.articlesOf(recordName, keys)
	k.load(arts)
	set := keySet(keys)
	return k.groupsWhere(k.withTail(arts), func(i int) bool {
		return slices.ContainsFunc(k.c.gnames[i], func(x *nameInfo) bool { return set[x.key] || set[x.person] })
	})
}

func keySet(keys []string) map[string]bool {
	set := make(map[string]bool, len(keys))
	for _, k := range keys {
		set[k] = true
	}
	return set
}

func (k *keptGroups) ofArticles(articles []quad.IRI) []int {
	k.load(articles)
	return k.groupsWhere(articles, func(int) bool { return true })
}

func (k *keptGroups) ofRefs(refs []groupRef) []int {
	arts := make([]quad.IRI, len(refs))
	for i, r := range refs {
		arts[i] = r.article
	}
	k.load(arts)
	out := make([]int, len(refs))
	for j, r := range refs {
		out[j] = -1
		for _, i := range k.loaded[r.article] {
			if refOf(k.c.groups[i]) == r {
				out[j] = i
				break
			}
		}
	}
	return out
}

// tailGroups reads the entity groups of the quads added to qs since State
// st (the log past its horizon), each marked tail; false when st no longer
// holds (a quad of it was deleted).
func tailGroups(ctx context.Context, qs graph.QuadStore, st boltkv.State) ([]*group, bool, error) {
	pick, err := newPicker(qs)
	if err != nil {
		return nil, false, err
	}
	_, holds, err := boltkv.Since(ctx, qs, st, pick.ref)
	if err != nil || !holds {
		return nil, false, err
	}
	quads, err := pick.values()
	if err != nil {
		return nil, false, err
	}
	groups, _ := groupsOfQuadsFrom(quads, 0)
	return groups, true, nil
}

// refsText names groups by node and article, for a guard's message.
func refsText(c *clustering, idx []int) string {
	var b strings.Builder
	for _, i := range idx {
		fmt.Fprintf(&b, " %s@%s", c.groups[i].node, c.groups[i].article)
	}
	return b.String()
}
