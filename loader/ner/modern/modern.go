// Package modern reads the recogniser's hand-annotated modern training data
// (issue 15): pages of ../shared/data/web-news drawn at random (draw.py,
// draw.txt), their main text checked by hand, with every name of a person,
// organisation or place marked inline:
//
//	[[Grant Shapps|P]] said on [[Twitter|O]] that [[Poland|L]] ...
//
// P is a person, O an organisation, L a place. Lines starting with "#" are
// comments (each file's first line says where its text comes from). See
// README.md for how the pages were drawn and annotated.
package modern

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Span is a marked name: bytes [Start, End) of a Doc's Text.
type Span struct {
	Start, End int
	Label      ner.Label
}

// Doc is an annotated text with its markup removed.
type Doc struct {
	Name  string
	Text  string
	Spans []Span
}

var markLabels = map[string]ner.Label{"P": ner.Person, "O": ner.Organization, "L": ner.Place}

// Parse removes the comment lines and the markup of an annotated text and
// returns the plain text with its marked spans; name is used in errors.
func Parse(name, annotated string) (Doc, error) {
	d := Doc{Name: name}
	var b strings.Builder
	lines := strings.SplitAfter(annotated, "\n")
	for ln, line := range lines {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for {
			i := strings.Index(line, "[[")
			if i < 0 {
				break
			}
			j := strings.Index(line[i:], "]]")
			if j < 0 {
				return Doc{}, fmt.Errorf("%s:%d: %q not closed", name, ln+1, "[[")
			}
			inner := line[i+2 : i+j]
			bar := strings.LastIndexByte(inner, '|')
			if bar <= 0 {
				return Doc{}, fmt.Errorf("%s:%d: mark %q has no |TYPE", name, ln+1, inner)
			}
			lab, ok := markLabels[inner[bar+1:]]
			if !ok {
				return Doc{}, fmt.Errorf("%s:%d: mark %q: type %q is not P, O or L", name, ln+1, inner, inner[bar+1:])
			}
			words := inner[:bar]
			if strings.TrimSpace(words) != words || strings.Contains(words, "[[") {
				return Doc{}, fmt.Errorf("%s:%d: mark %q: bad span", name, ln+1, inner)
			}
			b.WriteString(line[:i])
			start := b.Len()
			b.WriteString(words)
			d.Spans = append(d.Spans, Span{Start: start, End: b.Len(), Label: lab})
			line = line[i+j+2:]
		}
		if strings.Contains(line, "]]") {
			return Doc{}, fmt.Errorf("%s:%d: %q without %q", name, ln+1, "]]", "[[")
		}
		b.WriteString(line)
	}
	d.Text = b.String()
	return d, nil
}

// Sentences analyses the text as the extractor does (nlp.Analyse) and
// returns its sentences with the marked names as mentions. A sentence a
// mark does not fit (a mark that begins or ends inside a token) is left out
// rather than taught half right; misfits lists the marks that do not fit.
func (d Doc) Sentences() (out []ner.TrainingSentence, misfits []string) {
	k := 0
	for _, s := range nlp.Analyse(d.Text) {
		for k < len(d.Spans) && d.Spans[k].End <= s.Start {
			k++ // a mark between sentences cannot be aligned
		}
		ts := ner.TrainingSentence{Sentence: s, NoOther: true}
		fits := true
		for k < len(d.Spans) && d.Spans[k].Start < s.End {
			sp := d.Spans[k]
			k++
			i, j := -1, -1
			for t, tok := range s.Tokens {
				if tok.Start == sp.Start {
					i = t
				}
				if tok.End == sp.End {
					j = t + 1
				}
			}
			if i < 0 || j <= i {
				fits = false
				misfits = append(misfits, d.Text[sp.Start:sp.End])
				continue
			}
			ts.Mentions = append(ts.Mentions, ner.Mention{Start: i, End: j, Label: sp.Label})
		}
		if !fits {
			continue
		}
		ts.Titles = titles(s, ts.Mentions)
		out = append(out, ts)
	}
	return out, misfits
}

// titles finds the titles written just before the people's mentions of a
// sentence ("Transport Secretary [[Grant Shapps|P]]", "Mr [[Shapps|P]]").
func titles(s nlp.Sentence, ms []ner.Mention) [][2]int {
	w := s.Words()
	var out [][2]int
	for _, m := range ms {
		if m.Label != ner.Person {
			continue
		}
		for a := max(0, m.Start-4); a < m.Start; a++ {
			if a > 0 && inMention(ms, a-1) || inMention(ms, a) {
				continue
			}
			if gazetteer.LongestTitle(w[a:m.Start]) == m.Start-a || a == m.Start-1 && gazetteer.IsPrefix(w[a]) {
				out = append(out, [2]int{a, m.Start})
				break
			}
		}
	}
	return out
}

func inMention(ms []ner.Mention, i int) bool {
	for _, m := range ms {
		if m.Start <= i && i < m.End {
			return true
		}
	}
	return false
}

// ReadDir parses every NAME.txt of dir, in name order.
func ReadDir(dir string) ([]Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("modern data %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("modern data %s: no .txt files", dir)
	}
	sort.Strings(paths)
	docs := make([]Doc, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("modern data: %w", err)
		}
		d, err := Parse(filepath.Base(p), string(b))
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}
