package resolve_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/internal/quadtest"
	"github.com/newsgraph/newsgraph/graph/resolve"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// TestOneNamePerNode: articles that spell one node's name differently
// ("Hertz Corp" twice, "Hertz Corp." once) leave it one schema:name, the
// spelling most articles give; the others become alternate names, each
// with its evidence, and a second resolution changes nothing.
func TestOneNamePerNode(t *testing.T) {
	node := vocab.EntityIRI(vocab.Organization, "Hertz Corp")
	var quads []quad.Quad
	for i, name := range []string{"Hertz Corp", "Hertz Corp.", "Hertz Corp"} {
		art := quad.IRI("urn:article:" + string(rune('a'+i)))
		sent := quad.IRI(string(art) + "/s1")
		quads = append(quads,
			quad.Make(art, vocab.Type, vocab.NewsArticle, art),
			quad.Make(art, vocab.DatePublished, quad.String("1987-03-0"+string(rune('1'+i))), art),
			quad.Make(art, vocab.Mentions, node, art),
			quad.Make(node, vocab.Type, vocab.Organization, sent),
			quad.Make(node, vocab.Name, quad.String(name), sent))
	}
	qs := memstore.New(quads...)
	if _, err := resolve.Run(context.Background(), qs); err != nil {
		t.Fatal(err)
	}
	names := map[quad.IRI]map[string]bool{vocab.Name: {}, vocab.AlternateName: {}}
	for _, q := range quadtest.Quads(t, qs) {
		if p, ok := q.Predicate.(quad.IRI); ok && q.Subject == node && names[p] != nil {
			names[p][vocab.Lexical(q.Object)] = true
		}
	}
	if len(names[vocab.Name]) != 1 || !names[vocab.Name]["Hertz Corp"] {
		t.Errorf("schema:name %v, want Hertz Corp only", names[vocab.Name])
	}
	if !names[vocab.AlternateName]["Hertz Corp."] {
		t.Errorf("alternateName %v, want Hertz Corp. kept as one", names[vocab.AlternateName])
	}
	resolvesToItself(t, qs)
}
