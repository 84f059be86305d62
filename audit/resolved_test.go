package audit

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// resolved returns the quads of qs with every quad of node moved onto
// moved, and the ng:mergedFrom record of each article that gave node, as
// the store's resolution writes them.
func resolved(t *testing.T, qs *memstore.QuadStore, node, moved quad.IRI) *memstore.QuadStore {
	t.Helper()
	var out []quad.Quad
	articles := map[quad.Value]bool{}
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	ctx := context.Background()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		if q.Subject == node {
			q.Subject = moved
		}
		if q.Object == node {
			q.Object = moved
		}
		out = append(out, q)
	}
	// The article of each sentence that held node's facts.
	for _, q := range out {
		if q.Subject != moved || q.Label == nil {
			continue
		}
		sent, _ := q.Label.(quad.IRI)
		if sent == "" {
			continue
		}
		for _, p := range out {
			if p.Subject == sent && p.Predicate == vocab.IsPartOf {
				articles[p.Object] = true
			}
		}
	}
	for a := range articles {
		out = append(out, quad.Quad{Subject: moved, Predicate: vocab.MergedFrom, Object: quad.String(node), Label: a})
	}
	return memstore.New(out...)
}

// TestSampleResolved draws from a store whose resolution moved a node: the
// rows of its facts name the node the store holds and the IRI the article's
// extraction gave it, and the check finds them; without the extracted IRI
// (a sample of an older audit) it cannot, until Fill puts it back from the
// store.
func TestSampleResolved(t *testing.T) {
	plain := storeOf(t, "../testdata/articles/us-russia-geneva-talks.txt")
	ctx := context.Background()
	rows, _, err := Sample(ctx, plain, []string{"met", "jobTitle", "affiliation"}, 40, 1)
	if err != nil || len(rows) == 0 {
		t.Fatalf("sample: %v, %d rows", err, len(rows))
	}
	for _, r := range rows {
		if r.SubjectExtracted != "" || r.ObjectExtracted != "" {
			t.Fatalf("extracted IRIs in an unresolved store: %+v", r)
		}
	}
	node := quad.IRI(rows[0].SubjectIRI)
	moved := quad.IRI(vocab.ID + "person/someone-resolved")
	qs := resolved(t, plain, node, moved)
	rows, arts, err := Sample(ctx, qs, []string{"met", "jobTitle", "affiliation"}, 40, 1)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, r := range rows {
		rows[i].Verdict = Right
		if r.SubjectIRI == string(moved) || r.ObjectIRI == string(moved) {
			n++
			if r.SubjectIRI == string(moved) && r.SubjectExtracted != string(node) || r.ObjectIRI == string(moved) && r.ObjectExtracted != string(node) {
				t.Errorf("row of the moved node without its extracted IRI %s: %+v", node, r)
			}
		} else if r.SubjectExtracted != "" || r.ObjectExtracted != "" {
			t.Errorf("extracted IRIs of a node not moved: %+v", r)
		}
	}
	if n == 0 {
		t.Fatalf("no row of the moved node %s", moved)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "resolved.tsv")
	writeSample(t, path, rows, arts)
	if problems, _, err := Check(path, nil); err != nil || len(problems) != 0 {
		t.Errorf("check of the resolved sample: %v, %v", err, problems)
	}

	// An older sample: no extracted IRIs; the moved node's facts are lost to
	// the check until Fill reads them from the store.
	old := append([]Row(nil), rows...)
	for i := range old {
		old[i].SubjectExtracted, old[i].ObjectExtracted = "", ""
	}
	writeSample(t, path, old, arts)
	if problems, _, err := Check(path, nil); err != nil || len(problems) != n {
		t.Errorf("check of the sample without extracted IRIs: %v, %d problems, want %d", err, len(problems), n)
	}
	filled, err := Fill(ctx, qs, old)
	if err != nil || filled != n {
		t.Errorf("Fill: %v, %d rows filled, want %d", err, filled, n)
	}
	writeSample(t, path, old, arts)
	if problems, _, err := Check(path, nil); err != nil || len(problems) != 0 {
		t.Errorf("check of the filled sample: %v, %v", err, problems)
	}
	if again, err := Fill(ctx, qs, old); err != nil || again != 0 {
		t.Errorf("Fill again: %v, %d rows", err, again)
	}
}

// TestReadLegacy reads a sample written before the extracted columns.
func TestReadLegacy(t *testing.T) {
	in := "# old\n" + strings.Join(LegacyColumns, "\t") + "\nright\tmet\ta\tb\ts\th\tart\tsi\toi\n"
	rows, err := Read(strings.NewReader(in), "old.tsv")
	if err != nil || len(rows) != 1 {
		t.Fatalf("Read: %v, %d rows", err, len(rows))
	}
	if r := rows[0]; r.Verdict != Right || r.SubjectIRI != "si" || r.ObjectIRI != "oi" || r.SubjectExtracted != "" || r.Line != 3 {
		t.Errorf("row %+v", r)
	}
	bad := strings.Join(LegacyColumns, "\t") + "\nright\tmet\ta\tb\ts\th\tart\tsi\toi\tx\ty\n"
	if _, err := Read(strings.NewReader(bad), "old.tsv"); err == nil || !strings.Contains(err.Error(), "2: 11 columns, want 9") {
		t.Errorf("11 columns under the legacy line: %v", err)
	}
}

// TestExtractedMatch compares a row through its extracted IRIs, several of
// them, and in either direction for met only.
func TestExtractedMatch(t *testing.T) {
	have := map[factKey]bool{
		{"a2", "affiliation", "o1", "s."}: true,
		{"x", "met", "y", "s."}:           true,
		{"p", "jobTitle", "Chief", "s."}:  true,
	}
	for _, c := range []struct {
		row  Row
		want bool
	}{
		{Row{Kind: "affiliation", SubjectIRI: "A", SubjectExtracted: "a1 a2", ObjectIRI: "o1", Sentence: "s."}, true},
		{Row{Kind: "affiliation", SubjectIRI: "A", ObjectIRI: "o1", Sentence: "s."}, false},
		{Row{Kind: "affiliation", SubjectIRI: "a2", SubjectExtracted: "a1", ObjectIRI: "o1", Sentence: "s."}, false},
		{Row{Kind: "met", SubjectIRI: "Y", SubjectExtracted: "y", ObjectIRI: "x", Sentence: " s. "}, true},
		{Row{Kind: "affiliation", SubjectIRI: "o1", ObjectIRI: "A", ObjectExtracted: "a2", Sentence: "s."}, false},
		{Row{Kind: "jobTitle", SubjectIRI: "P", SubjectExtracted: "p", Object: "Chief", Sentence: "s."}, true},
	} {
		if got := c.row.extracted(have, false); got != c.want {
			t.Errorf("%+v: %v, want %v", c.row, got, c.want)
		}
	}
}

// TestExtractedAnySentence: a right fact the extractor now reads first in
// another sentence of the article has moved, not gone; a wrong one is
// looked for in its own sentence only.
func TestExtractedAnySentence(t *testing.T) {
	have := map[factKey]bool{
		{"a", "affiliation", "o", "earlier."}:         true,
		{"a", "affiliation", "o", anyArticleSentence}: true,
	}
	row := Row{Kind: "affiliation", SubjectIRI: "a", ObjectIRI: "o", Sentence: "later."}
	if !row.extracted(have, true) {
		t.Error("a fact read in another sentence of the article: not found with anySentence")
	}
	if row.extracted(have, false) {
		t.Error("a fact read in another sentence of the article: found in the row's own sentence")
	}
	other := Row{Kind: "affiliation", SubjectIRI: "a", ObjectIRI: "p", Sentence: "later."}
	if other.extracted(have, true) {
		t.Error("another object: found with anySentence")
	}
}
