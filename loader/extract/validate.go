package extract

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Validate checks what every Document must hold, whichever extractor made
// it: sentences and mentions are spans of text, mentions lie in their
// sentence, named entities have a name, facts point at entities and
// sentences that exist, use a predicate of graph/vocab, and their sentence
// names the subject or the object. It returns every violation found, joined.
// Stage tests and fuzzers call it.
func (d *Document) Validate(text string) error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
			bad("sentence %d: offsets [%d,%d) do not give its text", i, s.Start, s.End)
		}
	}
	inSent := make([]map[int]bool, len(d.Entities))
	for i, e := range d.Entities {
		inSent[i] = map[int]bool{}
		if e.Type != Event && strings.TrimSpace(e.Name) == "" {
			bad("entity %d (%s) has no name", i, e.Type)
		}
		for _, m := range e.Mentions {
			if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
				bad("entity %s: mention sentence %d out of range", e.Name, m.Sentence)
				continue
			}
			s := d.Sentences[m.Sentence]
			if m.Start < s.Start || m.End > s.End || m.Start >= m.End || m.Start < 0 || m.End > len(text) {
				bad("entity %s: mention [%d,%d) outside its sentence [%d,%d)", e.Name, m.Start, m.End, s.Start, s.End)
				continue
			}
			if strings.TrimSpace(text[m.Start:m.End]) != text[m.Start:m.End] {
				bad("entity %s: mention %q has spaces at its ends", e.Name, text[m.Start:m.End])
			}
			inSent[i][m.Sentence] = true
		}
	}
	for _, f := range d.Facts {
		if f.Subject < 0 || f.Subject >= len(d.Entities) || f.Object >= len(d.Entities) || f.Object < 0 && f.Literal == "" {
			bad("fact %+v: bad subject or object", f)
			continue
		}
		if _, ok := vocab.FactPredicateOf(f.Predicate); !ok {
			bad("fact %+v: predicate %q is not in graph/vocab", f, f.Predicate)
		}
		if f.Sentence < 0 || f.Sentence >= len(d.Sentences) {
			bad("fact %+v: sentence out of range", f)
			continue
		}
		if !inSent[f.Subject][f.Sentence] && (f.Object < 0 || !inSent[f.Object][f.Sentence]) {
			bad("fact %s %s: sentence %d names neither subject nor object", d.Entities[f.Subject].Name, f.Predicate, f.Sentence)
		}
	}
	return errors.Join(errs...)
}
