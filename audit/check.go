package audit

import (
	"fmt"
	"os"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
)

// Problem is a judged fact the extractor no longer agrees with.
type Problem struct {
	Row Row
	// Back is true for a fact judged wrong that is extracted again, false
	// for a fact judged right that is no longer extracted.
	Back bool
}

func (p Problem) String() string {
	r := p.Row
	what := "judged right, no longer extracted"
	if p.Back {
		what = "judged wrong, extracted again"
	}
	return fmt.Sprintf("%d: %s: %s(%s, %s) in %q", r.Line, what, r.Kind, r.Subject, r.Object, r.Sentence)
}

// factKey is a fact as a check compares it: subject and object IRIs (or the
// literal), the predicate's local name and the evidence sentence.
type factKey struct{ s, p, o, sentence string }

// Check extracts again each article of the judged rows of a sample file
// (with its articles file beside it) with ext (nil: extract.Default) and returns the facts the extractor
// now disagrees with: judged wrong and extracted again (from the same
// sentence), or judged right and gone. A met fact counts in either
// direction. Rows without a verdict are not checked.
func Check(path string, ext extract.Extractor) ([]Problem, int, error) {
	if ext == nil {
		ext = extract.Default
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	rows, err := Read(f, path)
	f.Close()
	if err != nil {
		return nil, 0, err
	}
	arts, err := ReadArticles(ArticlesPath(path))
	if err != nil {
		return nil, 0, fmt.Errorf("the articles of %s: %w", path, err)
	}
	byArticle := map[string]map[factKey]bool{}
	var problems []Problem
	checked := 0
	for _, r := range rows {
		if r.Verdict == "" {
			continue
		}
		have, ok := byArticle[r.Article]
		if !ok {
			a, ok := arts[r.Article]
			if !ok {
				return nil, 0, fmt.Errorf("%s:%d: article %s is not in %s", path, r.Line, r.Article, ArticlesPath(path))
			}
			have = facts(a, ext)
			byArticle[r.Article] = have
		}
		checked++
		found := r.extracted(have, r.Verdict == Right)
		if found == (r.Verdict == Wrong) {
			problems = append(problems, Problem{Row: r, Back: found})
		}
	}
	return problems, checked, nil
}

// extracted reports whether have, an article's facts, holds the row's fact:
// its subject and object as the article's extraction names them (the
// extracted IRIs when the row has them, else the store's), its kind and
// sentence; a met fact in either direction. With anySentence, the fact read
// from another sentence of the article counts too: an article's fact is
// kept once, with the first sentence that gives it, so a right fact the
// extractor now also reads in an earlier sentence has moved, not gone.
func (r Row) extracted(have map[factKey]bool, anySentence bool) bool {
	subjects := iris(r.SubjectExtracted, r.SubjectIRI)
	objects := iris(r.ObjectExtracted, r.ObjectIRI)
	if r.ObjectIRI == "" {
		objects = []string{clean(r.Object)}
	}
	sentences := []string{clean(r.Sentence)}
	if anySentence {
		sentences = append(sentences, anyArticleSentence)
	}
	for _, sentence := range sentences {
		for _, s := range subjects {
			for _, o := range objects {
				if have[factKey{s, r.Kind, o, sentence}] {
					return true
				}
				if r.Kind == vocab.PMet.Local() && have[factKey{o, r.Kind, s, sentence}] {
					return true
				}
			}
		}
	}
	return false
}

// iris returns the space-separated IRIs of extracted, or node when there are
// none.
func iris(extracted, node string) []string {
	if f := strings.Fields(extracted); len(f) > 0 {
		return f
	}
	return []string{node}
}

// facts extracts an article and returns its facts as Check compares them.
func facts(a Article, ext extract.Extractor) map[factKey]bool {
	doc := extract.ExtractArticle(ext, a.Text, a.published(), a.Dateline)
	iris := loader.EntityIRIs(quad.IRI(a.IRI), doc)
	out := map[factKey]bool{}
	for _, f := range doc.Facts {
		if f.Subject < 0 || f.Subject >= len(iris) || f.Sentence < 0 || f.Sentence >= len(doc.Sentences) {
			continue
		}
		k := factKey{s: string(iris[f.Subject]), p: f.Predicate, sentence: clean(doc.Sentences[f.Sentence].Text)}
		if f.Object >= 0 && f.Object < len(iris) {
			k.o = string(iris[f.Object])
		} else {
			k.o = clean(f.Literal)
		}
		out[k] = true
		k.sentence = anyArticleSentence
		out[k] = true
	}
	return out
}

// anyArticleSentence stands for every sentence of an article in a factKey:
// facts keeps each fact under it too.
const anyArticleSentence = "\x00any"
