package resolve

import (
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// checkKeptGroups is the guard of keptGroups (verifyKept): a source that
// reads the group records of qs by key and the log past the snapshot r
// read answers every question about the fresh groups (their unit keys,
// name keys, articles and refs; then every group) with the groups the
// whole source over groups (every group read, as clustering reads them)
// gives. It panics at the first difference.
func checkKeptGroups(ctx context.Context, qs graph.QuadStore, r *reading, groups []*group, touched map[quad.IRI]bool, book *origins) {
	whole := newClustering(groups)
	whole.src = newWholeGroups(whole, touched)
	tail, ok, err := tailGroups(ctx, qs, r.snapState)
	if err != nil || !ok {
		panic(fmt.Sprintf("the log past the snapshot does not read: %v, %v", ok, err))
	}
	kc := newClustering(nil)
	k := newKeptGroups(qs, kc, tail, touched, book)
	if k.err == errTailOfRecorded {
		return // read whole: nothing by key to check
	}
	same := func(what string, w, g []int) {
		a, b := groupTexts(whole, w), groupTexts(kc, g)
		if k.err != nil {
			panic(fmt.Sprintf("group records by key: %s: %v", what, k.err))
		}
		if !slices.Equal(a, b) {
			panic(fmt.Sprintf("group records by key: %s gives%s, the whole store%s", what, refsText(kc, g), refsText(whole, w)))
		}
	}
	fresh := whole.src.fresh()
	same("fresh", fresh, k.fresh())
	var unitKeys, nameKeys []string
	var arts []quad.IRI
	var refs []groupRef
	for _, i := range fresh {
		for _, u := range whole.units[i] {
			unitKeys = append(unitKeys, u.key)
		}
		for _, x := range whole.gnames[i] {
			nameKeys = append(nameKeys, x.key, x.person)
		}
		arts = append(arts, whole.groups[i].article)
		refs = append(refs, refOf(whole.groups[i]))
	}
	unitKeys, nameKeys = sortedDistinct(unitKeys), sortedDistinct(nameKeys)
	for _, key := range unitKeys {
		same("unit key "+key, whole.src.ofUnitKeys([]string{key}), k.ofUnitKeys([]string{key}))
	}
	for _, key := range nameKeys {
		same("name key "+key, whole.src.ofNameKeys([]string{key}), k.ofNameKeys([]string{key}))
	}
	same("articles", whole.src.ofArticles(arts), k.ofArticles(arts))
	wr, kr := whole.src.ofRefs(refs), k.ofRefs(refs)
	if slices.Contains(wr, -1) != slices.Contains(kr, -1) {
		panic("group records by key: a ref of a fresh group is missing")
	}
	same("refs", wr, kr)
	same("all", whole.src.all(), k.all())
	recordsMemo.read.Add(int64(k.records))
}

// groupTexts returns what a record keeps of each group idx of c, sorted.
func groupTexts(c *clustering, idx []int) []string {
	out := make([]string, len(idx))
	for j, i := range idx {
		out[j] = recordText(c.groups[i])
	}
	slices.Sort(out)
	return out
}
