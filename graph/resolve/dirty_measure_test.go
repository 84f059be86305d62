package resolve

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// newArticles returns the IRIs of the articles of a JSON Lines file (by
// their ids).
func newArticles(file string) (map[quad.IRI]bool, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	out := map[quad.IRI]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var a struct {
			ID  string `json:"id"`
			URL string `json:"url"`
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return nil, err
		}
		out[vocab.ArticleIRI(a.URL, a.ID, "")] = true
	}
	return out, nil
}

// TestMeasureDirty measures what an incremental clustering would have to
// decide again (INCREMENTAL.md): NEWSGRAPH_DIRTY_STORE names a copy of a
// resolved store into which new articles (ids "new/...") were loaded
// without --resolve, and NEWSGRAPH_DIRTY_NEW their JSON Lines file. It clusters the store's other groups (what the last
// resolution decided) and all of them, stage by stage, and counts, for each
// stage's input kept by key, the keys whose input differs: the dirty set of
// each stage. Opt-in, it writes no file and asserts nothing but the reading:
//
//	NEWSGRAPH_DIRTY_STORE=/tmp/COPY.db NEWSGRAPH_DIRTY_NEW=new100.jsonl go test ./graph/resolve -run TestMeasureDirty -v
func TestMeasureDirty(t *testing.T) {
	path := os.Getenv("NEWSGRAPH_DIRTY_STORE")
	if path == "" {
		t.Skip("set NEWSGRAPH_DIRTY_STORE to a store with new articles loaded")
	}
	st, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := collect(context.Background(), st.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	all, _ := groupsOfQuads(r.quads)
	isNew, err := newArticles(os.Getenv("NEWSGRAPH_DIRTY_NEW"))
	if err != nil {
		t.Fatal(err)
	}
	var old []*group
	for _, g := range all {
		if !isNew[g.article] {
			old = append(old, g)
		}
	}
	if len(old) == len(all) {
		t.Fatal("no group of a new article (ids new/...)")
	}
	a, b := stageInputs(old), stageInputs(all)
	several, moved := 0, 0
	for _, g := range old {
		if len(g.raw) > 1 {
			several++
		}
		if g.moved {
			moved++
		}
	}
	t.Logf("groups: %d of the store (%d moved, %d of several original IRIs), %d new", len(old), moved, several, len(all)-len(old))
	for _, name := range sortedKeys(b) {
		changed, added, gone := 0, 0, 0
		for k, v := range b[name] {
			if w, ok := a[name][k]; !ok {
				added++
			} else if w != v {
				changed++
			}
		}
		for k := range a[name] {
			if _, ok := b[name][k]; !ok {
				gone++
			}
		}
		t.Logf("%-28s keys %7d: %6d changed, %6d new, %5d gone", name, len(b[name]), changed, added, gone)
	}
	// The groups of the clusters the new groups change: what deciding
	// again by cluster would read.
	inChanged := 0
	for k, v := range b["7 cluster members"] {
		if a["7 cluster members"][k] != v {
			inChanged += strings.Count(v, "@")
		}
	}
	t.Logf("groups in the clusters whose members change: %d", inChanged)
}

// stageInputs runs cluster's stages over groups and returns each stage's
// input and outcome as text by key, articles by IRI (their numbers
// depend on the groups).
func stageInputs(groups []*group) map[string]map[string]string {
	keys.start(len(groups))
	defer keys.stop()
	out := map[string]map[string]string{}
	put := func(stage, key string, v any) {
		if out[stage] == nil {
			out[stage] = map[string]string{}
		}
		out[stage][key] = fmt.Sprint(v)
	}
	c := newClustering(groups)
	artIRI := make([]string, c.articles)
	for i, g := range groups {
		artIRI[c.art[i]] = string(g.article)
	}
	arts := func(m map[int32]bool) []string {
		var s []string
		for x := range m {
			s = append(s, artIRI[x])
		}
		sort.Strings(s)
		return s
	}
	roots := func(stage string) {
		for _, n := range sortedKeys(c.uf.parent) {
			put(stage, n, c.uf.find(n))
		}
	}
	for k, v := range c.keyKinds {
		put("0 key kinds", k, v)
	}
	c.sameKeys(nil)
	roots("1 roots after rules 1-2")
	v3 := c.acronymVotes()
	for k, rs := range v3 {
		put("3 acronym votes", k, sortedKeys(rs))
	}
	c.joinAcronyms(v3, sortedKeys(v3))
	v4 := c.aliasVotes()
	for k, byRoot := range v4.links {
		var s []string
		for _, r := range sortedKeys(byRoot) {
			s = append(s, r+"="+strings.Join(arts(byRoot[r]), ","))
		}
		put("4 alias votes", k, s)
	}
	size4 := c.size()
	for r, n := range size4 {
		put("4 sizes", r, n)
	}
	c.joinAliases(v4, sortedKeys(v4.links), size4)
	roots("4 roots after rule 4")
	c.families()
	c.middleInitials()
	c.peopleApart()
	c.freezeRoots()
	roots("5 roots after rule 5")
	for w, byRoot := range c.lastNames() {
		put("6 surname candidates", w, byRoot)
	}
	for w, rs := range c.firstNames() {
		put("6 first-name candidates", w, sortedKeys(rs))
	}
	co := c.coMentions()
	for a, rs := range co.artRoots {
		put("6 article co-mentions", artIRI[a], sortedKeys(rs))
	}
	surname, firstName := c.surnameJoins()
	res, _ := c.outcome(surname, firstName, nil, false)
	members, _ := c.members(surname)
	for r, idx := range members {
		var gs []string
		for _, i := range idx {
			gs = append(gs, string(groups[i].node)+"@"+string(groups[i].article))
		}
		slices.Sort(gs)
		put("7 cluster members", r, gs)
	}
	for i, g := range groups {
		t := res.target[g]
		put("9 group outcome", string(g.node)+"@"+string(g.article), fmt.Sprint(t, res.foreign[g], res.rawRules[g], surname[i]))
	}
	return out
}
