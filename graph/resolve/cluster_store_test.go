package resolve

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/graph/store"
)

// storeGroups reads the groups of the bolt store NG_RESOLVE_STORE names
// (a copy: it is opened for writing), skipping when it is not set.
func storeGroups(tb testing.TB) []*group {
	tb.Helper()
	path := os.Getenv("NG_RESOLVE_STORE")
	if path == "" {
		tb.Skip("NG_RESOLVE_STORE names no store")
	}
	st, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	groups, _, _, err := readGroups(context.Background(), storeSource{st.QuadStore()})
	if err != nil {
		tb.Fatal(err)
	}
	return groups
}

// clusterDigest is a digest of cluster's decision for every group: its
// node, article, target, rule, foreign names and its original IRIs' rules,
// in the groups' order.
func clusterDigest(groups []*group, c clusters) string {
	h := sha256.New()
	for _, g := range groups {
		t := c.target[g]
		fmt.Fprintf(h, "%s %s -> %s %d %q %q %q %q\n", g.node, g.article, t.node, t.kind, t.name, t.rule, c.foreign[g], c.rawRules[g])
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// Clustering the groups of a real store (NG_RESOLVE_STORE): go test
// -run '^$' -bench ClusterStore ./graph/resolve; the digest it logs must
// not change when cluster is only made faster.
func BenchmarkClusterStore(b *testing.B) {
	groups := storeGroups(b)
	b.Logf("%d groups, digest %s", len(groups), clusterDigest(groups, cluster(groups)))
	b.ResetTimer()
	for b.Loop() {
		cluster(groups)
	}
}

// groupsDigest is a digest of every field of the groups, in their order.
func groupsDigest(groups []*group) string {
	h := sha256.New()
	for _, g := range groups {
		fmt.Fprintf(h, "%s %s %q %q %q %d %v %q %v %q\n", g.node, g.article, g.raw, g.names, g.primary, g.year, g.moved, g.other, g.rules, g.titles)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// Making the groups of a real store's quads (NG_RESOLVE_STORE): the digest
// it logs must not change when groupsOfQuads is only made faster.
func BenchmarkGroupsOfQuads(b *testing.B) {
	path := os.Getenv("NG_RESOLVE_STORE")
	if path == "" {
		b.Skip("NG_RESOLVE_STORE names no store")
	}
	st, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	r, err := collect(context.Background(), st.QuadStore())
	if err != nil {
		b.Fatal(err)
	}
	groups, ev := groupsOfQuads(r.quads)
	b.Logf("%d groups, %d events, digest %s %s", len(groups), len(ev.groups), groupsDigest(groups), groupsDigest(ev.groups))
	b.ResetTimer()
	for b.Loop() {
		groupsOfQuads(r.quads)
	}
}
