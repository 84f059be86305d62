package loader

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// FuzzExtract feeds arbitrary text through extraction and the conversion to
// quads: nothing may panic, every sentence and mention must lie inside the
// text, every fact must point at entities and sentences that exist, and every
// quad must be valid and survive an N-Quads round trip. Every registered
// extractor's Document must pass Document.Validate.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"Russian Deputy Foreign Minister Sergei Ryabkov met Wendy Sherman, the US deputy secretary of state, in Geneva on Monday.",
		"Presidents Joe Biden and Vladimir Putin held talks during a June summit in the Swiss city.",
		"Mr Blair left the Brussels summit. Talks with Croatia start in April 2005.",
		"“Quoted” — dashes… and U.S. officials; O'Brien & Co. said <b>hi</b>\x00\x01",
		"Владимир Путин встретился с Джо Байденом в Женеве. محمد بن سلمان 🙂",
		"\n\n\n   \t",
		strings.Repeat("Talks. ", 200),
	} {
		f.Add(s)
	}
	published := time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			// The readers hand extraction valid UTF-8 only (they decode or
			// reject everything else).
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		doc := extract.Extract(text, published)
		if err := doc.Validate(text); err != nil {
			t.Fatal(err)
		}
		// Every registered extractor keeps the Document's invariants.
		for _, name := range extract.Names() {
			e, _ := extract.Lookup(name)
			if err := e.Extract(text, published).Validate(text); err != nil {
				t.Fatalf("extractor %s: %v", name, err)
			}
		}
		for i, s := range doc.Sentences {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("sentence %d: offsets %d..%d outside the text (%d bytes)", i, s.Start, s.End, len(text))
			}
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %d: text[%d:%d] = %q, want %q", i, s.Start, s.End, text[s.Start:s.End], s.Text)
			}
		}
		for i, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End {
					t.Fatalf("entity %d %q: mention %d..%d outside the text", i, e.Name, m.Start, m.End)
				}
				if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
					t.Fatalf("entity %d %q: mention in sentence %d of %d", i, e.Name, m.Sentence, len(doc.Sentences))
				}
			}
		}
		for i, fc := range doc.Facts {
			if fc.Subject < 0 || fc.Subject >= len(doc.Entities) {
				t.Fatalf("fact %d: subject %d of %d entities", i, fc.Subject, len(doc.Entities))
			}
			if fc.Object >= len(doc.Entities) || (fc.Object < 0 && fc.Literal == "") {
				t.Fatalf("fact %d: object %d of %d entities, literal %q", i, fc.Object, len(doc.Entities), fc.Literal)
			}
			if fc.Sentence < 0 || fc.Sentence >= len(doc.Sentences) {
				t.Fatalf("fact %d: sentence %d of %d", i, fc.Sentence, len(doc.Sentences))
			}
		}

		art := &source.Article{Headline: "Fuzz", Text: text, Published: published, Origin: "fuzz"}
		for _, q := range Quads(art, doc) {
			if !q.IsValid() {
				t.Fatalf("invalid quad %v", q)
			}
			if q.Label == nil {
				t.Fatalf("quad without a label: %v", q)
			}
			line := q.NQuad()
			back, err := nquads.NewReader(strings.NewReader(line+"\n"), true).ReadQuad()
			if err != nil {
				t.Fatalf("N-Quads %q does not parse: %v", line, err)
			}
			if back.NQuad() != line {
				t.Fatalf("N-Quads round trip changed %q into %q", line, back.NQuad())
			}
			if iri, ok := q.Label.(quad.IRI); !ok || !strings.HasPrefix(string(iri), vocab.ID) {
				t.Fatalf("label %v is not a newsgraph IRI", q.Label)
			}
		}
	})
}
