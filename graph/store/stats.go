package store

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Counts are the sizes of a newsgraph store.
type Counts struct {
	Articles  int            `json:"articles"`
	Sentences int            `json:"sentences"`
	Entities  int            `json:"entities"` // distinct typed entities, events included
	ByType    map[string]int `json:"entities_by_type"`
	Events    int            `json:"events"`
	Facts     int            `json:"facts"` // fact quads: entity to entity or literal, beyond type and names
	Quads     int64          `json:"quads"`
	// Versions counts the articles by the version of the extractor that
	// made them; "none" counts those stored before versions were recorded.
	Versions map[string]int `json:"extractor_versions"`
}

// entityClasses are the classes counted in Counts.ByType.
var entityClasses = []quad.IRI{
	vocab.Person, vocab.Organization, vocab.GovernmentOrg, vocab.Place, vocab.Country,
	vocab.City, vocab.AdminArea, vocab.Continent, vocab.Event, vocab.Thing,
}

// Count counts articles, sentences, entities by type, events, facts and
// quads. It walks the rdf:type quads of each class and the quads of each
// entity, never the whole store.
func (s *Store) Count(ctx context.Context) (Counts, error) { return CountOf(ctx, s.qs) }

// CountOf counts what the quad store qs holds, as Store.Count does.
func CountOf(ctx context.Context, qs graph.QuadStore) (Counts, error) {
	c := Counts{ByType: map[string]int{}, Versions: map[string]int{}}
	typeRef, err := qs.ValueOf(vocab.Type)
	if err != nil || typeRef == nil {
		// An empty store (a new bolt store has no counters yet).
		return c, err
	}
	// Bolt keeps an exact count of its quads; SQL stores estimate it
	// unless asked for the exact figure, which costs a scan.
	st, err := qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		st, err = qs.Stats(ctx, true)
	}
	if err != nil {
		return c, fmt.Errorf("count quads: %w", err)
	}
	c.Quads = st.Quads.Value

	typeKey := refs.ToKey(typeRef)
	// members calls fn for each distinct subject typed class.
	members := func(class quad.IRI, fn func(refs.Ref)) error {
		cref, err := qs.ValueOf(class)
		if err != nil || cref == nil {
			return err
		}
		seen := map[interface{}]bool{}
		it := qs.QuadIterator(quad.Object, cref).Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q := it.Result()
			p, err := qs.QuadDirection(q, quad.Predicate)
			if err != nil {
				return err
			}
			if refs.ToKey(p) != typeKey {
				continue
			}
			sub, err := qs.QuadDirection(q, quad.Subject)
			if err != nil {
				return err
			}
			k := refs.ToKey(sub)
			if seen[k] {
				continue
			}
			seen[k] = true
			fn(sub)
		}
		return it.Err()
	}
	if err := members(vocab.NewsArticle, func(refs.Ref) { c.Articles++ }); err != nil {
		return c, fmt.Errorf("count articles: %w", err)
	}
	if err := members(vocab.Sentence, func(refs.Ref) { c.Sentences++ }); err != nil {
		return c, fmt.Errorf("count sentences: %w", err)
	}
	entities := map[interface{}]refs.Ref{}
	for _, class := range entityClasses {
		n := 0
		err := members(class, func(r refs.Ref) {
			n++
			entities[refs.ToKey(r)] = r
		})
		if err != nil {
			return c, fmt.Errorf("count %s: %w", vocab.Local(class), err)
		}
		if n > 0 {
			c.ByType[vocab.Local(class)] = n
		}
	}
	c.Entities = len(entities)
	c.Events = c.ByType[vocab.Local(vocab.Event)]
	// Facts: the quads of each entity other than its types and names.
	skip := map[interface{}]bool{typeKey: true}
	for _, p := range []quad.IRI{vocab.Name, vocab.AlternateName} {
		if r, err := qs.ValueOf(p); err == nil && r != nil {
			skip[refs.ToKey(r)] = true
		}
	}
	for _, e := range entities {
		it := qs.QuadIterator(quad.Subject, e).Iterate()
		for it.Next(ctx) {
			p, err := qs.QuadDirection(it.Result(), quad.Predicate)
			if err != nil {
				it.Close()
				return c, err
			}
			if !skip[refs.ToKey(p)] {
				c.Facts++
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return c, fmt.Errorf("count facts: %w", err)
		}
	}
	if err := countVersions(ctx, qs, &c); err != nil {
		return c, fmt.Errorf("count extractor versions: %w", err)
	}
	return c, nil
}

// countVersions fills c.Versions from the ng:extractorVersion quads.
func countVersions(ctx context.Context, qs graph.QuadStore, c *Counts) error {
	n := 0
	if pref, err := qs.ValueOf(vocab.ExtractorVersion); err != nil {
		return err
	} else if pref != nil {
		it := qs.QuadIterator(quad.Predicate, pref).Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return err
			}
			c.Versions[vocab.Lexical(q.Object)]++
			n++
		}
		if err := it.Err(); err != nil {
			return err
		}
	}
	if c.Articles > n {
		c.Versions["none"] = c.Articles - n
	}
	return nil
}
