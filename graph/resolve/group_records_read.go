package resolve

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
)

// recordsMemo counts what group records did, for tests and measures:
// records checked against the store's groups (checkRecords), records
// written by article, and tables written whole.
var recordsMemo struct{ checked, written, whole, read atomic.Int64 }

// recordsVersion is the version of what a group record holds: a change to
// what groupsOfQuads reads of a group, or to the records' keys, bumps it
// (the next resolution writes every record anew).
const recordsVersion = 1

// encodeRecordStamp is the records table's stamp: its version and the
// store's State the records are of.
func encodeRecordStamp(st boltkv.State) []byte {
	b := binary.AppendUvarint(nil, recordsVersion)
	b = binary.AppendUvarint(b, uint64(st.Horizon))
	return binary.AppendUvarint(b, uint64(st.Size))
}

// recordsHold reports whether the group records qs keeps are of the
// snapshot r read (written by the resolution that left it, of this
// version): then they are the groups the store held then, and only the
// groups read past the snapshot may differ.
func recordsHold(qs graph.QuadStore, r *reading) (bool, error) {
	if !r.held {
		return false, nil
	}
	got, err := boltkv.SideTableGet(qs, recordsTable, []string{recordStamp})
	if err != nil {
		return false, fmt.Errorf("read the group records' stamp: %w", err)
	}
	return bytes.Equal(got[0], encodeRecordStamp(r.snapState)), nil
}

// checkRecords panics when the records table of qs does not hold, by
// article, the groups orig (as read, merged groups whole) of the articles
// none of whose quads came past the snapshot: the guard of records kept by
// key (verifyKept).
func checkRecords(qs graph.QuadStore, orig []*group) {
	tail := map[quad.IRI]bool{}
	for _, g := range orig {
		if g.tail {
			tail[g.article] = true
		}
	}
	want := map[quad.IRI][]*group{}
	for _, g := range orig {
		if !tail[g.article] {
			want[g.article] = append(want[g.article], g)
		}
	}
	memo, infos := rawMemo{}, nameInfos{}
	wantKeys := map[string]bool{}
	for a, gs := range want {
		for _, k := range recordIndexKeys(a, gs, memo, infos) {
			wantKeys[k] = true
		}
	}
	seen := map[quad.IRI]bool{}
	err := boltkv.SideTableScan(qs, recordsTable, "", func(k, v []byte) error {
		key := string(k)
		switch {
		case strings.HasPrefix(key, recordArticle):
			a := quad.IRI(key[len(recordArticle):])
			if tail[a] {
				return nil // the article gained quads past the snapshot
			}
			rec, err := decodeRecord(a, v)
			if err != nil {
				return fmt.Errorf("record of %s: %w", a, err)
			}
			seen[a] = true
			if !sameGroups(rec.groups, want[a]) {
				return fmt.Errorf("the record of %s holds %s, the store %s", a, groupsText(rec.groups), groupsText(want[a]))
			}
		case strings.HasPrefix(key, recordUnit), strings.HasPrefix(key, recordName), strings.HasPrefix(key, recordMerged):
			if tail[indexArticle(key)] {
				return nil
			}
			if !wantKeys[key] {
				return fmt.Errorf("index key %q of no group", key)
			}
			delete(wantKeys, key)
		}
		return nil
	})
	if err == nil {
		for a := range want {
			if !seen[a] {
				err = fmt.Errorf("no record of %s", a)
				break
			}
		}
	}
	if err == nil {
		for k := range wantKeys {
			err = fmt.Errorf("index key %q missing", k)
			break
		}
	}
	if err != nil {
		panic("group records differ from the store's groups: " + err.Error())
	}
	recordsMemo.checked.Add(int64(len(seen)))
}

// sameGroups reports whether two lists of groups hold what a record keeps
// of each, in the same order.
func sameGroups(a, b []*group) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if recordText(a[i]) != recordText(b[i]) {
			return false
		}
	}
	return true
}

// recordText is what a record keeps of a group, as text.
func recordText(g *group) string {
	rules := make([]string, len(g.rules))
	for i, r := range g.rules {
		rules[i] = r.text + "@" + fmt.Sprint(r.label)
	}
	return fmt.Sprintf("%s %s raw=%v names=%q primary=%q other=%q titles=%q aff=%v rules=%q moved=%v year=%d",
		g.node, g.article, g.raw, g.names, g.primary, g.other, g.titles, g.affiliated, rules, g.moved, g.year)
}

func groupsText(gs []*group) string {
	var b strings.Builder
	for _, g := range gs {
		b.WriteString("\n\t" + recordText(g))
	}
	return b.String()
}

// indexArticle returns the article of an index key of the records table.
func indexArticle(key string) quad.IRI {
	if strings.HasPrefix(key, recordMerged) {
		return quad.IRI(key[len(recordMerged):])
	}
	return quad.IRI(key[strings.IndexByte(key, 0)+1:])
}
