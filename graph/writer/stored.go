package writer

import (
	"context"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// StoredVersion returns the ng:extractorVersion of an article in qs: the
// version of the extractor that made its stored quads, "" when the article
// is not stored or was stored before versions were recorded.
func StoredVersion(ctx context.Context, qs graph.QuadStore, iri quad.IRI) (string, error) {
	return storedLiteral(ctx, qs, iri, vocab.ExtractorVersion)
}

// storedLiteral returns the object of the quad (iri, pred, ?, iri), "" when
// there is none.
func storedLiteral(ctx context.Context, qs graph.QuadStore, iri, pred quad.IRI) (string, error) {
	ref, err := qs.ValueOf(iri)
	if err != nil || ref == nil {
		return "", err
	}
	pref, err := qs.ValueOf(pred)
	if err != nil || pref == nil {
		return "", err
	}
	it := qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return "", err
		}
		if q.Predicate == pred && q.Label == iri {
			return vocab.Lexical(q.Object), nil
		}
	}
	return "", it.Err()
}
