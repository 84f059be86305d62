package resolve

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"

	"github.com/cayleygraph/quad"
)

// Group records (INCREMENTAL.md, "What is left", item 3): what a
// clustering reads of each group, kept by article in the side table
// recordsTable so that a resolution can read the groups of some keys
// without decoding the snapshot and making every group:
//
//	a/ARTICLE           the article's record: its year and entity groups
//	                    as the store holds them (merged groups whole)
//	u/KEY \x00 ARTICLE  the article has a group with a unit of KEY
//	n/KEY \x00 ARTICLE  the article has a group giving a name of KEY
//	                    (nameInfo.key or its person key)
//	m/ARTICLE           the article has a group of several original IRIs
//	                    (a merged group: read as its parts, always fresh)
//	stamp               the records' version and the store's State they are of
//
// A resolution writes the records of the articles its rewrite touched and
// of the articles read past the snapshot (group_records_keep.go), or every
// record when the kept ones are not of the snapshot it read.

// recordsTable is the side table (boltkv.SideTableGet) of group records.
const recordsTable = "resolve/groups"

// recordMagic starts an article's record; it changes with the encoding.
const recordMagic = "ng-group/1\n"

// Keys of the records table.
const (
	recordArticle = "a/"
	recordUnit    = "u/"
	recordName    = "n/"
	recordMerged  = "m/"
	recordStamp   = "stamp"
)

// articleRecord is what the records table holds of one article.
type articleRecord struct {
	year   int
	groups []*group // entity groups, sorted by node
}

// errRecord is a record that cannot be read.
var errRecord = errors.New("damaged group record")

// encodeRecord encodes an article's groups and year; false when a value
// cannot be recorded (a rule labelled with no IRI).
func encodeRecord(year int, groups []*group) ([]byte, bool) {
	b := []byte(recordMagic)
	uv := func(x uint64) { b = binary.AppendUvarint(b, x) }
	str := func(s string) { uv(uint64(len(s))); b = append(b, s...) }
	strs := func(ss []string) {
		uv(uint64(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	iris := func(ss []quad.IRI) {
		uv(uint64(len(ss)))
		for _, s := range ss {
			str(string(s))
		}
	}
	uv(uint64(year))
	uv(uint64(len(groups)))
	for _, g := range groups {
		str(string(g.node))
		var flags uint64
		if g.moved {
			flags |= 1
		}
		uv(flags)
		iris(g.raw)
		strs(g.names)
		strs(g.primary)
		strs(g.other)
		strs(g.titles)
		iris(g.affiliated)
		uv(uint64(len(g.rules)))
		for _, r := range g.rules {
			lab, ok := r.label.(quad.IRI)
			if !ok {
				return nil, false
			}
			str(r.text)
			str(string(lab))
		}
	}
	return b, true
}

// decodeRecord reads a record of article written by encodeRecord: its
// groups are read as old ones (group.old), with the article's year.
func decodeRecord(article quad.IRI, data []byte) (*articleRecord, error) {
	if !bytes.HasPrefix(data, []byte(recordMagic)) {
		return nil, errRecord
	}
	r := &keptReader{data: data[len(recordMagic):]}
	iris := func() []quad.IRI {
		n := r.count()
		if n == 0 {
			return nil
		}
		out := make([]quad.IRI, n)
		for i := range out {
			out[i] = quad.IRI(r.str())
		}
		return out
	}
	rec := &articleRecord{year: int(r.uv())}
	n := r.count()
	for i := 0; i < n && !r.bad; i++ {
		g := &group{node: quad.IRI(r.str()), article: article, year: rec.year, old: true}
		g.moved = r.uv()&1 != 0
		g.raw, g.names, g.primary, g.other, g.titles = iris(), r.strs(), r.strs(), r.strs(), r.strs()
		g.affiliated = iris()
		if nr := r.count(); nr > 0 {
			g.rules = make([]ruleQuad, nr)
			for j := range g.rules {
				g.rules[j] = ruleQuad{text: r.str(), label: quad.IRI(r.str())}
			}
		}
		rec.groups = append(rec.groups, g)
	}
	if !r.done() {
		return nil, errRecord
	}
	return rec, nil
}

// recordIndexKeys returns the index keys (u/, n/ and m/) of an article's
// groups, sorted and distinct.
func recordIndexKeys(article quad.IRI, groups []*group, memo rawMemo, infos nameInfos) []string {
	var keys []string
	tail := "\x00" + string(article)
	for _, g := range groups {
		if len(g.raw) > 1 {
			keys = append(keys, recordMerged+string(article))
		}
		for _, r := range g.raw {
			if u := memo.of(r).unit; u.kind != KindNone {
				keys = append(keys, recordUnit+u.key+tail)
			}
		}
		for _, n := range g.names {
			x := infos.of(n)
			keys = append(keys, recordName+x.key+tail)
			if x.person != x.key {
				keys = append(keys, recordName+x.person+tail)
			}
		}
	}
	return sortedDistinct(keys)
}

// sortedDistinct sorts keys and drops repeats.
func sortedDistinct(keys []string) []string {
	slices.Sort(keys)
	return slices.Compact(keys)
}
