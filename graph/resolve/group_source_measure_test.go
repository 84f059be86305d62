package resolve

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
)

// TestMeasureKeptGroups measures what the kept group source reads for a
// batch (INCREMENTAL.md, session 32): NEWSGRAPH_RECORDS_STORE names a copy
// of a store resolved with NEWSGRAPH_RESOLVE_STATE=on into which new
// articles were loaded without --resolve. It reads the groups past the
// snapshot from the log, then the groups of every unit key and name key of
// the fresh groups (as a stage deciding again the batch's keys would ask),
// and reports the records read and the time, against the groups of the
// whole store. Opt-in; it asserts only that the records hold:
//
//	NEWSGRAPH_RECORDS_STORE=/tmp/COPY.db go test ./graph/resolve -run TestMeasureKeptGroups -v
func TestMeasureKeptGroups(t *testing.T) {
	path := os.Getenv("NEWSGRAPH_RECORDS_STORE")
	if path == "" {
		t.Skip("set NEWSGRAPH_RECORDS_STORE to a store with new articles loaded")
	}
	st, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, qs := context.Background(), st.QuadStore()
	start := time.Now()
	r := &reading{bolt: true}
	if _, r.snapState, r.held, err = readSnapshot(qs, r); err != nil || !r.held {
		t.Fatalf("the snapshot does not hold: %v", err)
	}
	snapRead := time.Since(start)
	if ok, err := recordsHold(qs, r); err != nil || !ok {
		t.Fatalf("the group records are not of the snapshot: %v", err)
	}
	kept, _, err := readKept(qs, &reading{bolt: true, held: true, snapState: r.snapState})
	if err != nil || kept == nil || kept.acro == nil {
		t.Fatalf("no kept state: %v", err)
	}
	start = time.Now()
	tail, ok, err := tailGroups(ctx, qs, r.snapState)
	if err != nil || !ok {
		t.Fatalf("the log past the snapshot: %v, %v", ok, err)
	}
	c := newClustering(nil)
	k := newKeptGroups(qs, c, tail, kept.acro.touched, newOrigins(storeOrigins(qs), false))
	fresh := k.fresh()
	afterFresh := k.records
	var unitKeys, nameKeys []string
	for _, i := range fresh {
		for _, u := range c.units[i] {
			unitKeys = append(unitKeys, u.key)
		}
		for _, x := range c.gnames[i] {
			nameKeys = append(nameKeys, x.key, x.person)
		}
	}
	unitKeys, nameKeys = sortedDistinct(unitKeys), sortedDistinct(nameKeys)
	byUnit := k.ofUnitKeys(unitKeys)
	afterUnits := k.records
	byName := k.ofNameKeys(nameKeys)
	took := time.Since(start)
	if k.err != nil {
		t.Fatal(k.err)
	}
	t.Logf("snapshot decoded in %s; by key in %s: %d tail groups, %d fresh groups (%d records); their %d unit keys: %d groups (%d records in all); their %d name keys: %d groups (%d records in all); %d groups loaded",
		snapRead.Round(time.Millisecond), took.Round(time.Millisecond), len(tail), len(fresh), afterFresh, len(unitKeys), len(byUnit), afterUnits,
		len(nameKeys), len(byName), k.records, len(c.groups))
}
