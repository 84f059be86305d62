package resolve

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph/boltkv"
)

// ReadGroups returns the entity and event groups resolution reads of qs, as
// text, and whether they came from the snapshot a resolution left (and the
// quads added since); with whole, from one pass over the whole store.
func ReadGroups(ctx context.Context, qs graph.QuadStore, whole bool) (string, bool, error) {
	var r *reading
	if whole {
		pick, err := newPicker(qs)
		if err != nil {
			return "", false, err
		}
		if err := boltkv.EachQuad(ctx, qs, pick.ref); err != nil {
			return "", false, err
		}
		q, err := pick.values()
		if err != nil {
			return "", false, err
		}
		r = &reading{quads: q}
	} else {
		var err error
		if r, err = collect(ctx, qs); err != nil {
			return "", false, err
		}
	}
	groups, ev := groupsOfQuads(r.quads)
	var b strings.Builder
	for _, g := range groups {
		fmt.Fprintf(&b, "entity %s %s raw=%v names=%q year=%d moved=%v other=%q\n", g.node, g.article, g.raw, g.names, g.year, g.moved, g.other)
	}
	for _, g := range ev.groups {
		fmt.Fprintf(&b, "event %s %s raw=%v year=%d moved=%v", g.node, g.article, g.raw, g.year, g.moved)
		if f := ev.facts[g]; f != nil {
			fmt.Fprintf(&b, " attendees=%v places=%v date=%s", f.attendees, f.places, f.date)
		}
		b.WriteString("\n")
	}
	var months []string
	for a, m := range ev.month {
		months = append(months, fmt.Sprintf("month %s %s\n", a, m))
	}
	slices.Sort(months)
	b.WriteString(strings.Join(months, ""))
	return b.String(), r.snapshot > 0, nil
}

// SetApplyChunk makes apply write n quads per transaction until the
// returned function restores the default.
func SetApplyChunk(n int) (restore func()) {
	old := applyChunk
	applyChunk = n
	return func() { applyChunk = old }
}

// SetDeltaLimits sets the number of deltas a snapshot may have and the part
// of its base they may take (0: any) until the returned function restores
// the defaults.
func SetDeltaLimits(n, share int) (restore func()) {
	on, os := maxDeltas, deltaShare
	maxDeltas, deltaShare = n, share
	return func() { maxDeltas, deltaShare = on, os }
}

// SnapshotDeltas returns the number of deltas the snapshot of qs has.
func SnapshotDeltas(qs graph.QuadStore) (int, error) {
	d, err := boltkv.Sides(qs, deltaPrefix)
	return len(d), err
}

// This package's tests keep the clustering's state (off by default:
// kept_state.go), and every clustering that starts from a kept state
// clusters the whole store too and panics when the two differ
// (same_keys_kept.go).
func init() { keptUse, verifyKept = true, true }

// SameKeysMemo returns how many union-find nodes rules 1 and 2 took from a
// kept state and how many they joined again, since the last call.
func SameKeysMemo() (kept, joined int) {
	return int(sameKeysMemo.kept.Swap(0)), int(sameKeysMemo.joined.Swap(0))
}

// AcronymMemo returns how many rule 3 votes were read back from kept states,
// how many groups rule 3 counted, and how many kept states it gave up,
// since the last call.
func AcronymMemo() (kept, counted, lost int) {
	return int(acronymMemo.kept.Swap(0)), int(acronymMemo.counted.Swap(0)), int(acronymMemo.lost.Swap(0))
}

// AliasMemo returns how many rule 4 votes were read back from kept states,
// how many groups rule 4 counted, and how many kept states it gave up,
// since the last call.
func AliasMemo() (kept, counted, lost int) {
	return int(aliasMemo.kept.Swap(0)), int(aliasMemo.counted.Swap(0)), int(aliasMemo.lost.Swap(0))
}

// YearsMemo returns how many groups rules 5b and 5c read back from kept
// states, how many groups they counted, and how many kept states they gave
// up, since the last call.
func YearsMemo() (kept, counted, lost int) {
	return int(yearsMemo.kept.Swap(0)), int(yearsMemo.counted.Swap(0)), int(yearsMemo.lost.Swap(0))
}

// ClusterMemo returns how many clusters rule 7 took from kept states as
// they were, how many it decided from a kept tally and the new groups',
// and how many it counted from their groups, since the last call.
func ClusterMemo() (kept, summed, counted int) {
	return int(clusterMemo.kept.Swap(0)), int(clusterMemo.summed.Swap(0)), int(clusterMemo.counted.Swap(0))
}

// SetKeptTallyMin makes clusterings keep the tallies of clusters of n
// groups or more until the returned function restores the default.
func SetKeptTallyMin(n int) (restore func()) {
	old := keptTallyMin
	keptTallyMin = n
	return func() { keptTallyMin = old }
}

// RecordsMemo returns how many group records were checked against the
// store's groups, how many written, and how many tables written whole,
// since the last call.
func RecordsMemo() (checked, written, whole int) {
	return int(recordsMemo.checked.Swap(0)), int(recordsMemo.written.Swap(0)), int(recordsMemo.whole.Swap(0))
}

// RecordsRead returns how many article records the guard of the kept group
// source read by key, since the last call.
func RecordsRead() int { return int(recordsMemo.read.Swap(0)) }

// PartsKept returns how many parts of merged groups clusterings did not
// read as fresh since the last call (freshMemo), and resets it.
func PartsKept() int { return int(freshMemo.partsKept.Swap(0)) }
