package resolve

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// recordsPlan is what a resolution writes to the records table: every
// article's record (whole), or those of the articles it may have changed
// since the records it read (the articles its rewrite touched, and those
// read past the snapshot).
type recordsPlan struct {
	whole bool
	// Article -> its record after the resolution's writes; nil for an
	// article that has no entity group now.
	articles map[quad.IRI]*articleRecord
}

// planRecords returns the records to write after a resolution that read
// the entity groups orig (as the store holds them: merged groups whole)
// from quads, and then added adds and deleted dels, which touched the
// articles touched (nil: a written quad of no article, touchedArticles);
// whole when the records the store keeps are not of the snapshot it read.
func planRecords(orig []*group, quads []picked, adds, dels []quad.Quad, touched map[quad.IRI]bool, whole bool) *recordsPlan {
	if touched == nil {
		// A written quad of no article: every group read again.
		return &recordsPlan{whole: true, articles: recordsOf(groupsAfter(quads, nil, adds, dels))}
	}
	out := &recordsPlan{whole: whole, articles: recordsOf(groupsAfter(quads, touched, adds, dels))}
	for a := range touched {
		if _, ok := out.articles[a]; !ok {
			out.articles[a] = nil // no group left
		}
	}
	var from []*group // the groups of the articles not touched that are written too
	for _, g := range orig {
		if !touched[g.article] && (whole || g.tail) {
			from = append(from, g)
		}
	}
	for a, rec := range recordsOf(from) {
		out.articles[a] = rec
	}
	return out
}

// groupsAfter returns the entity groups of the articles (every article
// when nil) as the store holds them after quads (what a resolution read)
// lost dels and gained adds: their quads in the order the next
// resolution's snapshot gives them (prepareSnapshot).
func groupsAfter(quads []picked, articles map[quad.IRI]bool, adds, dels []quad.Quad) []*group {
	if articles != nil && len(articles) == 0 {
		return nil
	}
	var sel []picked
	datePublished := uint8(predIndexOf(vocab.DatePublished))
	var lastLabel quad.Value
	lastIn := false
	in := func(x picked) bool {
		if articles == nil {
			return true
		}
		if x.p == datePublished {
			s, _ := x.s.(quad.IRI)
			return articles[s]
		}
		if x.l != lastLabel {
			lab, _ := x.l.(quad.IRI)
			lastLabel, lastIn = x.l, articles[vocab.ArticleOf(lab)]
		}
		return lastIn
	}
	for _, x := range quads {
		if in(x) {
			sel = append(sel, x)
		}
	}
	var gone []picked
	for _, q := range dels {
		if i := predIndexOf(q.Predicate); i >= 0 {
			if x := (picked{uint8(i), q.Subject, q.Object, q.Label}); in(x) {
				gone = append(gone, x)
			}
		}
	}
	sel = withoutPicked(sel, gone)
	for _, x := range newPicked(sel, adds) {
		if in(x) {
			sel = append(sel, x)
		}
	}
	groups, _ := groupsOfQuads(sel)
	return groups
}

// recordsOf returns the record of each article of groups (sorted by node
// and article, as groupsOfQuads makes them).
func recordsOf(groups []*group) map[quad.IRI]*articleRecord {
	out := map[quad.IRI]*articleRecord{}
	for _, g := range groups {
		rec := out[g.article]
		if rec == nil {
			rec = &articleRecord{year: g.year}
			out[g.article] = rec
		}
		rec.groups = append(rec.groups, g)
	}
	return out
}

// saveRecords writes plan into the records table of qs, stamped with st:
// the whole table anew, or the records of plan's articles with their
// index keys (the keys of their records before dropped).
// The memos are the clustering's (nil: new ones).
func saveRecords(qs graph.QuadStore, plan *recordsPlan, st boltkv.State, memo rawMemo, infos nameInfos) error {
	if plan == nil {
		return nil
	}
	if memo == nil || infos == nil {
		memo, infos = rawMemo{}, nameInfos{}
	}
	articles := make([]quad.IRI, 0, len(plan.articles))
	for a := range plan.articles {
		articles = append(articles, a)
	}
	slices.Sort(articles)
	var drop []string // the keys of the records now held
	if !plan.whole {
		var err error
		drop, err = heldRecordKeys(qs, articles, memo, infos)
		if errors.Is(err, errRecord) {
			plan.whole, drop = true, nil // written again whole
		} else if err != nil {
			return err
		}
	}
	entries := make([]boltkv.SideEntry, 0, 4*len(articles))
	var index []string
	for _, a := range articles {
		rec := plan.articles[a]
		if rec == nil {
			continue
		}
		data, ok := encodeRecord(rec.year, rec.groups)
		if !ok {
			return nil // not kept: the next resolution writes them whole
		}
		entries = append(entries, boltkv.SideEntry{Key: recordArticle + string(a), Data: data})
		index = append(index, recordIndexKeys(a, rec.groups, memo, infos)...)
	}
	// In key order: articles ("a/"), then the index keys ("m/", "n/") and
	// the stamp before "u/".
	index = append(index, recordStamp)
	slices.Sort(index)
	for _, k := range index { // distinct per article, so across them too
		e := boltkv.SideEntry{Key: k, Data: []byte{}}
		if k == recordStamp {
			e.Data = encodeRecordStamp(st)
		}
		entries = append(entries, e)
	}
	if len(drop) > 0 {
		// Dropped keys not written again, then every entry in key order.
		written := make(map[string]bool, len(entries))
		for _, e := range entries {
			written[e.Key] = true
		}
		for _, k := range drop {
			if !written[k] {
				entries = append(entries, boltkv.SideEntry{Key: k})
			}
		}
		slices.SortFunc(entries, func(a, b boltkv.SideEntry) int { return strings.Compare(a.Key, b.Key) })
	}
	if err := boltkv.UpdateSideTable(qs, recordsTable, plan.whole, entries); err != nil {
		return fmt.Errorf("keep group records: %w", err)
	}
	recordsMemo.written.Add(int64(len(articles)))
	if plan.whole {
		recordsMemo.whole.Add(1)
	}
	return nil
}

// heldRecordKeys returns the keys of the records qs holds of articles: their
// article keys and index keys.
func heldRecordKeys(qs graph.QuadStore, articles []quad.IRI, memo rawMemo, infos nameInfos) ([]string, error) {
	keys := make([]string, len(articles))
	for i, a := range articles {
		keys[i] = recordArticle + string(a)
	}
	old, err := boltkv.SideTableGet(qs, recordsTable, keys)
	if err != nil {
		return nil, fmt.Errorf("read group records: %w", err)
	}
	var out []string
	for i, data := range old {
		if data == nil {
			continue
		}
		rec, err := decodeRecord(articles[i], data)
		if err != nil {
			return nil, err
		}
		out = append(out, keys[i])
		out = append(out, recordIndexKeys(articles[i], rec.groups, memo, infos)...)
	}
	return out, nil
}
