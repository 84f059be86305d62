package audit

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Sample draws n facts whose predicate is one of kinds (local names: met,
// jobTitle, affiliation, ...) at random from a store: the facts, one per
// evidence sentence, are put in a fixed order and shuffled with seed, so
// the same store and seed give the same sample. It returns the rows and the
// text of their articles, rebuilt from the store's sentences. In a resolved
// store, a row also has the IRIs its article's extraction gave the subject
// and object when resolution moved them (Row.SubjectExtracted), so that
// Check, which extracts each article alone, finds the fact.
func Sample(ctx context.Context, qs graph.QuadStore, kinds []string, n int, seed uint64) ([]Row, []Article, error) {
	r := reader{ctx: ctx, qs: qs}
	var all []quad.Quad
	for _, k := range kinds {
		p, ok := vocab.FactPredicateOf(k)
		if !ok {
			return nil, nil, fmt.Errorf("unknown kind %q (a fact predicate such as met, jobTitle, affiliation)", k)
		}
		qsAll, err := r.quads(quad.Predicate, p.IRI())
		if err != nil {
			return nil, nil, err
		}
		all = append(all, qsAll...)
	}
	keys := make([]string, len(all))
	for i, q := range all {
		keys[i] = q.String()
	}
	sort.Sort(byKey{all, keys})
	rng := rand.New(rand.NewPCG(seed, 0x6e657773))
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i]; keys[i], keys[j] = keys[j], keys[i] })
	if n > 0 && len(all) > n {
		all = all[:n]
	}
	var rows []Row
	arts := map[string]*Article{}
	var order []string
	for _, q := range all {
		sent, _ := q.Label.(quad.IRI)
		row := Row{Kind: vocab.Local(q.Predicate.(quad.IRI))}
		var err error
		if row.Subject, err = r.name(q.Subject); err != nil {
			return nil, nil, err
		}
		row.SubjectIRI = iriString(q.Subject)
		if iri, ok := q.Object.(quad.IRI); ok {
			row.ObjectIRI = string(iri)
			if row.Object, err = r.name(q.Object); err != nil {
				return nil, nil, err
			}
		} else {
			row.Object = lit(q.Object)
		}
		if sent != "" {
			if row.Sentence, err = r.first(sent, vocab.Text); err != nil {
				return nil, nil, err
			}
			art, err := r.object(sent, vocab.IsPartOf)
			if err != nil {
				return nil, nil, err
			}
			if a, ok := art.(quad.IRI); ok {
				row.Article = string(a)
				if arts[row.Article] == nil {
					ar, err := r.article(a)
					if err != nil {
						return nil, nil, err
					}
					arts[row.Article] = ar
					order = append(order, row.Article)
				}
				row.Headline = arts[row.Article].Headline
			}
		}
		if row.SubjectExtracted, err = r.extractedIRIs(q.Subject, row.Article); err != nil {
			return nil, nil, err
		}
		if row.ObjectExtracted, err = r.extractedIRIs(q.Object, row.Article); err != nil {
			return nil, nil, err
		}
		rows = append(rows, row)
	}
	out := make([]Article, 0, len(order))
	for _, a := range order {
		out = append(out, *arts[a])
	}
	return rows, out, nil
}

type byKey struct {
	qs   []quad.Quad
	keys []string
}

func (b byKey) Len() int           { return len(b.qs) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.qs[i], b.qs[j] = b.qs[j], b.qs[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return quad.StringOf(v)
}

// reader reads nodes' values from a store.
type reader struct {
	ctx context.Context
	qs  graph.QuadStore
}

// quads returns the quads holding v in direction d.
func (r reader) quads(d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := r.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := r.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(r.ctx) {
		q, err := r.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, it.Err()
}

// objects returns the objects of node's quads with predicate p, in a fixed
// order.
func (r reader) objects(node quad.Value, p quad.IRI) ([]quad.Value, error) {
	qs, err := r.quads(quad.Subject, node)
	if err != nil {
		return nil, err
	}
	var out []quad.Value
	for _, q := range qs {
		if q.Predicate == p {
			out = append(out, q.Object)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out, nil
}

func (r reader) object(node quad.Value, p quad.IRI) (quad.Value, error) {
	os, err := r.objects(node, p)
	if err != nil || len(os) == 0 {
		return nil, err
	}
	return os[0], nil
}

// first returns the first value of node's property p as a string.
func (r reader) first(node quad.Value, p quad.IRI) (string, error) {
	o, err := r.object(node, p)
	if err != nil || o == nil {
		return "", err
	}
	return lit(o), nil
}

// lit returns a literal's value without its datatype or language.
func lit(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.LangString:
		return string(x.Value)
	}
	return quad.StringOf(v)
}

// name returns a node's schema:name, else its IRI.
func (r reader) name(node quad.Value) (string, error) {
	n, err := r.first(node, vocab.Name)
	if err != nil {
		return "", err
	}
	if n == "" {
		n = iriString(node)
	}
	return n, nil
}

// article reads an article's headline, date, dateline and text; the text is rebuilt
// from its sentences, each at its offset, the white space between them
// written as line breaks (the extractor reads the rebuilt text as it read
// the original).
func (r reader) article(a quad.IRI) (*Article, error) {
	ar := &Article{IRI: string(a)}
	var err error
	if ar.Headline, err = r.first(a, vocab.Headline); err != nil {
		return nil, err
	}
	if ar.Published, err = r.first(a, vocab.DatePublished); err != nil {
		return nil, err
	}
	if ar.Dateline, err = r.first(a, vocab.Dateline); err != nil {
		return nil, err
	}
	parts, err := r.quads(quad.Object, a)
	if err != nil {
		return nil, err
	}
	type sent struct {
		start int
		text  string
	}
	var ss []sent
	for _, q := range parts {
		if q.Predicate != vocab.IsPartOf {
			continue
		}
		text, err := r.first(q.Subject, vocab.Text)
		if err != nil {
			return nil, err
		}
		off, err := r.object(q.Subject, vocab.StartOffset)
		if err != nil {
			return nil, err
		}
		start, ok := intOf(off)
		if !ok {
			return nil, fmt.Errorf("sentence %s of %s has no start offset", q.Subject, a)
		}
		ss = append(ss, sent{start, text})
	}
	sort.Slice(ss, func(i, j int) bool { return ss[i].start < ss[j].start })
	var b strings.Builder
	for _, s := range ss {
		if gap := s.start - b.Len(); gap > 0 {
			b.WriteString(strings.Repeat("\n", gap))
		}
		b.WriteString(s.text)
	}
	ar.Text = b.String()
	return ar, nil
}

// intOf reads an integer literal.
func intOf(v quad.Value) (int, bool) {
	switch x := v.(type) {
	case quad.Int:
		return int(x), true
	case nil:
		return 0, false
	}
	var n int
	_, err := fmt.Sscan(lit(v), &n)
	return n, err == nil
}
