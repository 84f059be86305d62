package resolve_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
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

// A spelling that becomes the node's name again becomes its schema:name
// again: "Hertz Corp." in article a and "Hertz Corp" in b make the node
// "Hertz Corp" (one article each, the shorter), so a's spelling becomes an
// alternate name; when c and d write "Hertz Corp." too, it is the node's
// name, in a as in c and d, as one resolution of all four makes it.
func TestNameComesBack(t *testing.T) {
	node := vocab.EntityIRI(vocab.Organization, "Hertz Corp")
	article := func(i int, name string) []quad.Quad {
		art := quad.IRI("urn:article:" + string(rune('a'+i)))
		sent := quad.IRI(string(art) + "/s1")
		return []quad.Quad{
			quad.Make(art, vocab.Type, vocab.NewsArticle, art),
			quad.Make(art, vocab.DatePublished, quad.String("1987-03-0"+string(rune('1'+i))), art),
			quad.Make(art, vocab.Mentions, node, art),
			quad.Make(node, vocab.Type, vocab.Organization, sent),
			quad.Make(node, vocab.Name, quad.String(name), sent)}
	}
	spellings := []string{"Hertz Corp.", "Hertz Corp", "Hertz Corp.", "Hertz Corp."}
	var all []quad.Quad
	for i, name := range spellings {
		all = append(all, article(i, name)...)
	}
	once := memstore.New(all...)
	if _, err := resolve.Run(context.Background(), once); err != nil {
		t.Fatal(err)
	}
	inTurn := memstore.New(append(article(0, spellings[0]), article(1, spellings[1])...)...)
	if _, err := resolve.Run(context.Background(), inTurn); err != nil {
		t.Fatal(err)
	}
	var more []graph.Delta
	for _, q := range append(article(2, spellings[2]), article(3, spellings[3])...) {
		more = append(more, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := inTurn.ApplyDeltas(more, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if _, err := resolve.Run(context.Background(), inTurn); err != nil {
		t.Fatal(err)
	}
	want, got := quadtest.Stored(t, once), quadtest.Stored(t, inTurn)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("two articles and then two more give another graph than all four at once:\n%s", diff(want, got))
	}
	resolvesToItself(t, inTurn)
}
