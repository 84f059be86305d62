package server

import (
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// The explorer labels an event as the canned queries do: with the store's
// other names of its participants ("IMF" of the International Monetary Fund
// picks the sentence's "talks", not its "news conference").
func TestExplorerLabelReadsOtherNames(t *testing.T) {
	const imf = "http://newsgraph.org/id/organization/international-monetary-fund"
	qs := memstore.New(
		quad.Make(quad.IRI(imf), vocab.Name, quad.String("International Monetary Fund"), nil),
		quad.Make(quad.IRI(imf), vocab.AlternateName, quad.String("IMF"), nil),
	)
	f := eventFacts{
		Sentence:     "He told a news conference ahead of the IMF talks that discussions would play an important role.",
		Participants: []Participant{{IRI: imf, Name: "International Monetary Fund", Types: []string{"Organization"}}},
	}
	if got := f.label(context.Background(), qs); !strings.HasPrefix(got, "IMF talks") {
		t.Errorf("label = %q, want the IMF's talks", got)
	}
}
