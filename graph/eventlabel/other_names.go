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
