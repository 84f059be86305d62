package eventlabel

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// addOtherNames adds the alternate names of a participant that is no person
// (a body, a country) to f.OtherNames: "IMF" of the International Monetary
// Fund. Kind reads them as anchors, so "He told a news conference ahead of
// the IMF talks" labels the IMF's event "talks", not "conference".
func (f *Facts) addOtherNames(ctx context.Context, qs graph.QuadStore, node quad.IRI) error {
	ref, err := qs.ValueOf(node)
	if err != nil || ref == nil {
		return err
	}
	err = eachObject(ctx, qs, ref, vocab.AlternateName, func(v quad.Value) {
		f.OtherNames = append(f.OtherNames, vocab.Lexical(v))
	})
	if err != nil {
		return fmt.Errorf("alternate names of %s: %w", node, err)
	}
	return nil
}

// AddParticipant adds a participant by name to f.People (person) or f.Others,
// and to f.Bodies too when it is an organisation (body), with the store's
// other names of it that Label reads: a long name's shorter ones (its
// surname) and a body's alternate names (its acronym). Callers that build
// Facts from their own reads, as the explorer does, so label an event as Of
// does.
func (f *Facts) AddParticipant(ctx context.Context, qs graph.QuadStore, node quad.IRI, name string, person, body bool) error {
	if person {
		f.People = append(f.People, name)
		return f.addAlternates(ctx, qs, node, name)
	}
	f.Others = append(f.Others, name)
	if body {
		f.Bodies = append(f.Bodies, name)
	}
	return f.addOtherNames(ctx, qs, node)
}
