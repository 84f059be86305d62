package loader_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sample is a small article with a document written by hand, so the graph
// shape is tested apart from the extractor.
func sample() (*source.Article, *extract.Document) {
	text := "Wendy Sherman, the US deputy secretary of state, met Sergei Ryabkov in Geneva on 10 January. " +
		"Ryabkov criticised NATO. The talks were launched in June 2021."
	art := &source.Article{
		ID: "ap-1", URL: "https://example.test/news/geneva", Headline: "US, Russia meet for talks",
		Text: text, Source: "AP", Author: "Jamey Keaten",
		Published: time.Date(2022, 1, 10, 17, 22, 0, 0, time.UTC),
	}
	s0 := strings.Index(text, "Wendy")
	s1 := strings.Index(text, "Ryabkov criticised")
	s2 := strings.Index(text, "The talks")
	at := func(s string, from int) extract.Mention {
		i := strings.Index(text[from:], s) + from
		sent := 0
		switch {
		case i >= s2:
			sent = 2
		case i >= s1:
			sent = 1
		}
		return extract.Mention{Sentence: sent, Start: i, End: i + len(s)}
	}
	doc := &extract.Document{
		Sentences: []extract.Sentence{
			{Text: text[s0 : s1-1], Start: s0, End: s1 - 1},
			{Text: text[s1 : s2-1], Start: s1, End: s2 - 1},
			{Text: text[s2:], Start: s2, End: len(text)},
		},
		Entities: []extract.Entity{
			{Type: extract.Person, Name: "Wendy Sherman", Mentions: []extract.Mention{at("Wendy Sherman", 0)}},
			{Type: extract.Person, Name: "Sergei Ryabkov", Aliases: []string{"Ryabkov"},
				Mentions: []extract.Mention{at("Sergei Ryabkov", 0), at("Ryabkov", s1)}},
			{Type: extract.City, Name: "Geneva", Mentions: []extract.Mention{at("Geneva", 0)}},
			{Type: extract.Country, Name: "United States", Aliases: []string{"US"}, Mentions: []extract.Mention{at("US", s0+10)}},
			{Type: extract.Organization, Name: "NATO", Mentions: []extract.Mention{at("NATO", 0)}},
			{Type: extract.Event, Mentions: []extract.Mention{at("met", 0), at("talks", s2)}}, // unnamed
			{Type: extract.Other, Name: "Strategic Stability", Mentions: nil},
		},
		Facts: []extract.Fact{
			{Subject: 0, Predicate: "jobTitle", Object: -1, Literal: "deputy secretary of state", Sentence: 0},
			{Subject: 0, Predicate: "nationality", Object: 3, Sentence: 0},
			{Subject: 0, Predicate: "met", Object: 1, Sentence: 0},
			{Subject: 1, Predicate: "criticised", Object: 4, Sentence: 1},
			{Subject: 5, Predicate: "startDate", Object: -1, Literal: "2021-06", Sentence: 2},
			{Subject: 5, Predicate: "location", Object: 2, Sentence: 0},
			{Subject: 9, Predicate: "met", Object: 1, Sentence: 0}, // out of range: dropped
		},
	}
	return art, doc
}

func TestQuadsGolden(t *testing.T) {
	art, doc := sample()
	var b strings.Builder
	for _, q := range loader.Quads(art, doc) {
		b.WriteString(q.NQuad())
		b.WriteByte('\n')
	}
	// The version and the content hash change with the extractor; the
	// golden file holds them as words.
	got := strings.NewReplacer(`"`+extract.Version()+`"`, `"VERSION"`, `"`+loader.ContentHash(art)+`"`, `"HASH"`).Replace(b.String())
	b.Reset()
	b.WriteString(got)
	golden := filepath.Join("testdata", "sample.golden.nq")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("quads differ from %s (go test -update rewrites it)\ngot:\n%s", golden, b.String())
	}
}

func TestLiteral(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want quad.Value
	}{
		{"2022-01-10", quad.TypedString{Value: "2022-01-10", Type: vocab.XSDDate}},
		{"2021-06", quad.TypedString{Value: "2021-06", Type: vocab.XSDGYearMonth}},
		{"2021", quad.TypedString{Value: "2021", Type: vocab.XSDGYear}},
		{"deputy secretary of state", quad.String("deputy secretary of state")},
		{"20211", quad.String("20211")},
	} {
		if got := loader.Literal(tc.in); got != tc.want {
			t.Errorf("Literal(%q) = %#v, want %#v", tc.in, got, tc.want)
		}
	}
}

func TestPredicate(t *testing.T) {
	for in, want := range map[string]quad.IRI{
		"jobTitle":   vocab.JobTitle,
		"met":        vocab.Met,
		"killed":     vocab.Killed,
		"location":   vocab.Location,
		"criticised": quad.IRI(vocab.NG + "criticised"),
	} {
		if got, ok := loader.Predicate(in); got != want || !ok {
			t.Errorf("Predicate(%q) = %s, %v; want %s", in, got, ok, want)
		}
	}
	// A name the vocabulary lacks is refused, never minted into an IRI.
	for _, in := range []string{"mett", "Met", "said", "", "http://schema.org/jobTitle"} {
		if got, ok := loader.Predicate(in); ok {
			t.Errorf("Predicate(%q) = %s, want none", in, got)
		}
	}
	art, doc := sample()
	doc.Facts = append(doc.Facts, extract.Fact{Subject: 0, Predicate: "mett", Object: 1, Sentence: 0})
	for _, q := range loader.Quads(art, doc) {
		if strings.Contains(string(q.Predicate.(quad.IRI)), "mett") {
			t.Errorf("a fact with an unknown predicate gave %s", q.NQuad())
		}
	}
}

// checkEvidence checks the evidence invariant on one article: every entity
// and fact quad is labelled by a sentence of the article, and every fact's
// sentence holds a mention of its subject and of its entity object (and its
// literal, for literals other than dates).
func checkEvidence(t *testing.T, art *source.Article, doc *extract.Document, qs []quad.Quad) {
	t.Helper()
	a := loader.ArticleIRI(art)
	sentText := map[quad.Value]string{}
	for _, q := range qs {
		if q.Predicate == vocab.Text {
			sentText[q.Subject] = quad.StringOf(q.Object)
		}
	}
	for _, q := range qs {
		if q.Label == a {
			continue
		}
		if _, ok := sentText[q.Label]; !ok {
			t.Errorf("%s: quad %s is labelled by no sentence of the article", art.Origin, q.NQuad())
		}
	}
	mentionIn := func(e, sent int) bool {
		for _, m := range doc.Entities[e].Mentions {
			s := doc.Sentences[sent]
			if m.Sentence == sent && m.Start >= s.Start && m.End <= s.End && m.Start < m.End {
				return true
			}
		}
		return false
	}
	for _, f := range doc.Facts {
		if f.Sentence < 0 || f.Sentence >= len(doc.Sentences) || f.Subject < 0 || f.Subject >= len(doc.Entities) {
			continue // dropped by Quads
		}
		s := doc.Sentences[f.Sentence]
		if art.Text[s.Start:s.End] != s.Text {
			t.Errorf("%s: sentence %d text differs from the article at %d:%d", art.Origin, f.Sentence, s.Start, s.End)
		}
		if !mentionIn(f.Subject, f.Sentence) {
			t.Errorf("%s: fact %s %s: subject %q has no mention in its sentence %q", art.Origin,
				f.Predicate, f.Literal, doc.Entities[f.Subject].Name, s.Text)
		}
		if f.Object >= 0 && f.Object < len(doc.Entities) && !mentionIn(f.Object, f.Sentence) {
			t.Errorf("%s: fact %s: object %q has no mention in its sentence %q", art.Origin,
				f.Predicate, doc.Entities[f.Object].Name, s.Text)
		}
		if f.Object < 0 && f.Literal != "" && f.Predicate != "startDate" &&
			!strings.Contains(strings.ToLower(s.Text), strings.ToLower(f.Literal)) {
			t.Errorf("%s: fact %s %q: literal not in its sentence %q", art.Origin, f.Predicate, f.Literal, s.Text)
		}
	}
}

func TestEvidenceSample(t *testing.T) {
	art, doc := sample()
	checkEvidence(t, art, doc, loader.Quads(art, doc))
}

// TestEvidenceExtracted checks the evidence invariant on what the real
// extractor finds in the repository's sample articles.
func TestEvidenceExtracted(t *testing.T) {
	n := 0
	err := source.Read(context.Background(), []string{"../testdata/articles"}, source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			t.Errorf("read: %v", it.Err)
			return nil
		}
		n++
		doc := extract.Extract(it.Article.Text, it.Article.Published)
		checkEvidence(t, it.Article, doc, loader.Quads(it.Article, doc))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 2 {
		t.Fatalf("read %d articles from ../testdata/articles, want the sample corpus", n)
	}
}

func TestLoadOrderAndErrors(t *testing.T) {
	dir := t.TempDir()
	jl := `{"id":"1","title":"One","text":"Alpha met Beta."}
{"id":"2","title":"Two",
{"id":"3","title":"Three","text":"Gamma spoke."}
`
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(jl), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := loader.Load(context.Background(), []string{filepath.Join(dir, "a.jsonl")}, loader.Options{Workers: 3},
		func(r loader.Result) error {
			if r.Err != nil {
				got = append(got, "error")
				return nil
			}
			got = append(got, r.Article.Headline)
			if len(r.Quads) == 0 {
				t.Errorf("%s: no quads", r.Article.Headline)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "One,error,Three" {
		t.Errorf("results %v, want One,error,Three in input order", got)
	}
}

func TestLoadExtractPanic(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Headline\n\nSome text."), 0o644)
	var errs int
	err := loader.Load(context.Background(), []string{dir}, loader.Options{
		Extract: extract.Func(func(string, time.Time) *extract.Document { panic("boom") }),
	}, func(r loader.Result) error {
		if r.Err != nil && strings.Contains(r.Err.Error(), "boom") {
			errs++
		}
		return nil
	})
	if err != nil || errs != 1 {
		t.Errorf("Load: err %v, %d panics reported, want nil and 1", err, errs)
	}
}

func TestLoadCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := loader.Load(ctx, []string{"../testdata/articles"}, loader.Options{Workers: 2}, func(r loader.Result) error {
		n++
		cancel()
		return nil
	})
	if err == nil || n == 0 {
		t.Errorf("Load after cancel: err %v after %d results, want context.Canceled", err, n)
	}
}

func TestReadNQuadsGroups(t *testing.T) {
	a1, d1 := sample()
	a2 := *a1
	a2.URL = "https://example.test/other"
	// A broken line inside the first article fails that article only.
	var b strings.Builder
	for i, q := range append(loader.Quads(a1, d1), loader.Quads(&a2, d1)...) {
		b.WriteString(q.NQuad() + "\n")
		if i == 3 {
			b.WriteString("<a> <b> broken\n")
		}
	}
	path := filepath.Join(t.TempDir(), "x.nq")
	os.WriteFile(path, []byte(b.String()), 0o644)
	var groups, bad int
	err := loader.ReadNQuads(context.Background(), path, nil, 0, func(g loader.Group) error {
		if g.Err != nil {
			bad++
			if !strings.Contains(g.Err.Error(), "x.nq:") {
				t.Errorf("error %q does not name the file and line", g.Err)
			}
			return nil
		}
		groups++
		return nil
	})
	if err != nil || groups != 1 || bad != 1 {
		t.Errorf("ReadNQuads: err %v, %d good groups, %d bad; want 1 good and 1 bad", err, groups, bad)
	}
}
