// Package audit draws facts of a kind at random (seeded, reproducible on the
// same store) from a store, with their evidence, for a person to judge, and
// checks judged samples against the extractor: a fact judged wrong must not
// be extracted again, a fact judged right must still be.
//
// A sample is a TSV file (see Write) and, beside it, the text of its
// articles (NAME.articles.jsonl, see WriteArticles), so a judged sample is a
// regression test that needs no store and no corpus.
package audit

import (
	"strings"
	"time"
)

// Verdicts a person writes in a sample's verdict column.
const (
	Right = "right"
	Wrong = "wrong"
)

// Columns are the columns of a sample file, in order. Samples written before
// the last two (LegacyColumns) still read: their rows have no extracted IRIs.
var Columns = []string{"verdict", "kind", "subject", "object", "sentence", "headline", "article", "subject_iri", "object_iri", "subject_extracted", "object_extracted"}

// LegacyColumns are the columns of the samples written before audit recorded
// the IRIs an article's extraction gave the subject and object.
var LegacyColumns = Columns[:9]

// Row is one sampled fact with its evidence.
type Row struct {
	Verdict    string // Right, Wrong, or "" while not judged
	Kind       string // the predicate's local name: met, jobTitle, affiliation, ...
	Subject    string // the subject's name
	Object     string // the object's name, or the literal
	Sentence   string // the evidence sentence
	Headline   string // the article's headline
	Article    string // the article's IRI
	SubjectIRI string
	ObjectIRI  string // "" when the object is a literal
	// SubjectExtracted and ObjectExtracted are the IRIs the article's own
	// extraction gave the subject and the object (space-separated when it
	// gave several), when the store's resolution moved them onto another
	// node (ng:mergedFrom, labelled with the article); "" when the node is
	// the article's own (SubjectIRI, ObjectIRI). Check compares these, as
	// it extracts each article alone.
	SubjectExtracted string
	ObjectExtracted  string
	Line             int // line in the file it was read from
}

// Article is the text of one sampled article, as the store holds it.
type Article struct {
	IRI       string `json:"article"`
	Headline  string `json:"headline,omitempty"`
	Published string `json:"published,omitempty"` // 2006-01-02, "" when unknown
	Dateline  string `json:"dateline,omitempty"`  // the place it was filed from, "" when unknown
	Text      string `json:"text"`
}

// published returns the article's date, zero when unknown.
func (a Article) published() time.Time {
	t, err := time.Parse("2006-01-02", a.Published)
	if err != nil {
		return time.Time{}
	}
	return t
}

// clean puts a value on one line: runs of white space become one space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
