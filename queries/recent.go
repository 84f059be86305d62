package queries

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// RecentArticle is an article ingested in the window of Recent.
type RecentArticle struct {
	IRI       string `json:"iri"`
	Headline  string `json:"headline"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Ingested  string `json:"ingested"` // RFC 3339, UTC
}

// RecentEntity is an entity first mentioned by an article of the window: no
// article ingested before it (or without an ingestion time) mentions it.
type RecentEntity struct {
	IRI      string   `json:"iri"`
	Name     string   `json:"name"`
	Types    []string `json:"types"`
	Ingested string   `json:"ingested"` // when its first article was ingested
	Article  string   `json:"article"`  // the headline of that article
}

// RecentResult is what Recent found.
type RecentResult struct {
	Since     string          `json:"since"`
	Articles  []RecentArticle `json:"articles"`
	Entities  []RecentEntity  `json:"entities"`
	Truncated bool            `json:"truncated,omitempty"`
}

// Recent lists the articles ingested at or after since (by their
// ng:ingested time, which load and serve write), newest first, and the
// entities they brought into the graph, at most limit of each. Articles
// stored without an ingestion time (by an older newsgraph) count as old.
func Recent(ctx context.Context, qs graph.QuadStore, since time.Time, limit int) (*RecentResult, error) {
	if limit <= 0 {
		limit = 200
	}
	res := &RecentResult{Since: since.UTC().Format(time.RFC3339), Articles: []RecentArticle{}, Entities: []RecentEntity{}}
	pref, err := qs.ValueOf(vocab.Ingested)
	if err != nil || pref == nil {
		return res, err
	}
	// Every article's ingestion time, by ref key: entities need the times
	// of all their articles, not only the recent ones.
	type stamped struct {
		ref refs.Ref
		iri quad.IRI
		t   time.Time
	}
	times := map[any]time.Time{}
	var recent []stamped
	it := qs.QuadIterator(quad.Predicate, pref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		t, err := time.Parse(time.RFC3339, vocab.Lexical(q.Object))
		if err != nil {
			continue
		}
		sref, err := qs.QuadDirection(it.Result(), quad.Subject)
		if err != nil {
			return nil, err
		}
		k := refs.ToKey(sref)
		if old, ok := times[k]; !ok || t.Before(old) {
			times[k] = t
		}
		if !t.Before(since) {
			if iri, ok := q.Subject.(quad.IRI); ok {
				recent = append(recent, stamped{ref: sref, iri: iri, t: t})
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("recent: %w", err)
	}
	sort.Slice(recent, func(i, j int) bool {
		if !recent[i].t.Equal(recent[j].t) {
			return recent[i].t.After(recent[j].t)
		}
		return recent[i].iri < recent[j].iri
	})
	if len(recent) > limit {
		recent, res.Truncated = recent[:limit], true
	}
	preds, err := refsOf(qs, vocab.Headline, vocab.DatePublished, vocab.URL, vocab.Mentions, vocab.Name, vocab.Type)
	if err != nil {
		return nil, err
	}
	headline, published, url, mentions, name, typ := preds[0], preds[1], preds[2], preds[3], preds[4], preds[5]
	seen := map[any]bool{}
	// Oldest first, so an entity is credited to the first recent article
	// naming it.
	for i := len(recent) - 1; i >= 0; i-- {
		a := recent[i]
		art := RecentArticle{IRI: string(a.iri), Ingested: a.t.UTC().Format(time.RFC3339)}
		var mentioned []refs.Ref
		err := eachOut(ctx, qs, a.ref, func(p any, q quad.Quad, o refs.Ref) {
			switch p {
			case headline:
				art.Headline = vocab.Lexical(q.Object)
			case published:
				art.Published = vocab.Lexical(q.Object)
			case url:
				art.URL = vocab.Lexical(q.Object)
			case mentions:
				mentioned = append(mentioned, o)
			}
		}, headline, published, url, mentions)
		if err != nil {
			return nil, err
		}
		res.Articles = append(res.Articles, art)
		for _, e := range mentioned {
			k := refs.ToKey(e)
			if seen[k] || len(res.Entities) >= limit {
				continue
			}
			seen[k] = true
			first, ok, err := onlyRecentMentions(ctx, qs, e, mentions, times, since)
			if err != nil {
				return nil, err
			}
			if !ok || !first.Equal(a.t) {
				continue
			}
			ev, err := qs.NameOf(e)
			if err != nil {
				return nil, err
			}
			ent := RecentEntity{IRI: vocab.Lexical(ev), Types: []string{}, Ingested: art.Ingested, Article: art.Headline}
			err = eachOut(ctx, qs, e, func(p any, q quad.Quad, _ refs.Ref) {
				switch p {
				case name:
					if ent.Name == "" {
						ent.Name = vocab.Lexical(q.Object)
					}
				case typ:
					if iri, ok := q.Object.(quad.IRI); ok {
						ent.Types = append(ent.Types, vocab.Local(iri))
					}
				}
			}, name, typ)
			if err != nil {
				return nil, err
			}
			sort.Strings(ent.Types)
			res.Entities = append(res.Entities, ent)
		}
	}
	// Newest first, as the articles.
	for i, j := 0, len(res.Articles)-1; i < j; i, j = i+1, j-1 {
		res.Articles[i], res.Articles[j] = res.Articles[j], res.Articles[i]
	}
	sort.SliceStable(res.Entities, func(i, j int) bool { return res.Entities[i].Ingested > res.Entities[j].Ingested })
	return res, nil
}

// refsOf returns the ref keys of terms (nil for a term not in the store).
func refsOf(qs graph.QuadStore, terms ...quad.IRI) ([]any, error) {
	out := make([]any, len(terms))
	for i, t := range terms {
		r, err := qs.ValueOf(t)
		if err != nil {
			return nil, err
		}
		if r != nil {
			out[i] = refs.ToKey(r)
		} else {
			out[i] = fmt.Sprintf("absent %s", t)
		}
	}
	return out, nil
}

// eachOut calls fn for each quad with subject s whose predicate is one of
// preds (ref keys), with the quad and its object's ref.
func eachOut(ctx context.Context, qs graph.QuadStore, s refs.Ref, fn func(p any, q quad.Quad, o refs.Ref), preds ...any) error {
	it := qs.QuadIterator(quad.Subject, s).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		pr, err := qs.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return err
		}
		pk := refs.ToKey(pr)
		want := false
		for _, p := range preds {
			if p == pk {
				want = true
				break
			}
		}
		if !want {
			continue
		}
		q, err := qs.Quad(it.Result())
		if err != nil {
			return err
		}
		o, err := qs.QuadDirection(it.Result(), quad.Object)
		if err != nil {
			return err
		}
		fn(pk, q, o)
	}
	return it.Err()
}

// onlyRecentMentions reports whether every article mentioning e was ingested
// at or after since, and the earliest of their times.
func onlyRecentMentions(ctx context.Context, qs graph.QuadStore, e refs.Ref, mentions any, times map[any]time.Time, since time.Time) (time.Time, bool, error) {
	var first time.Time
	it := qs.QuadIterator(quad.Object, e).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		pr, err := qs.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return first, false, err
		}
		if refs.ToKey(pr) != mentions {
			continue
		}
		sr, err := qs.QuadDirection(it.Result(), quad.Subject)
		if err != nil {
			return first, false, err
		}
		t, ok := times[refs.ToKey(sr)]
		if !ok || t.Before(since) {
			return first, false, nil
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
	}
	return first, !first.IsZero(), it.Err()
}
