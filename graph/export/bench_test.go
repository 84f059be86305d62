package export

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// syntheticCorpus is a graph shaped like the BBC corpus loaded by newsgraph:
// 2,225 articles of 20 sentences, each article mentioning 15 of 15,000
// entities and stating 2 facts per sentence among them.
func syntheticCorpus(articles int) []quad.Quad {
	rng := rand.New(rand.NewPCG(1, 2))
	classes := []quad.IRI{vocab.Person, vocab.Person, vocab.Organization, vocab.City, vocab.Country, vocab.Event}
	preds := []quad.IRI{vocab.Met, vocab.Affiliation, vocab.Attendee, vocab.Location, vocab.Relation("criticised"), vocab.WorksFor}
	const entities = 15000
	var qs []quad.Quad
	ents := make([]quad.IRI, entities)
	for i := range ents {
		c := classes[i%len(classes)]
		name := fmt.Sprintf("Entity %d Ünïcödé", i)
		ents[i] = vocab.EntityIRI(c, name)
		qs = append(qs,
			quad.Quad{Subject: ents[i], Predicate: vocab.Type, Object: c},
			quad.Quad{Subject: ents[i], Predicate: vocab.Name, Object: quad.String(name)})
		if c == vocab.Person && i%3 == 0 {
			qs = append(qs, quad.Quad{Subject: ents[i], Predicate: vocab.JobTitle, Object: quad.String("minister")})
		}
	}
	for a := range articles {
		art := vocab.ArticleIRI("", fmt.Sprintf("bbc/%04d", a), "")
		qs = append(qs,
			quad.Quad{Subject: art, Predicate: vocab.Type, Object: vocab.NewsArticle},
			quad.Quad{Subject: art, Predicate: vocab.Headline, Object: quad.String(fmt.Sprintf("Headline %d", a))},
			quad.Quad{Subject: art, Predicate: vocab.DatePublished, Object: quad.TypedString{Value: quad.String(fmt.Sprintf("2005-%02d-%02d", 1+a%12, 1+a%28)), Type: vocab.XSDDate}},
			quad.Quad{Subject: art, Predicate: vocab.Identifier, Object: quad.String(fmt.Sprintf("bbc/%04d", a))})
		mentioned := make([]quad.IRI, 15)
		for i := range mentioned {
			mentioned[i] = ents[rng.IntN(entities)]
			qs = append(qs, quad.Quad{Subject: art, Predicate: vocab.Mentions, Object: mentioned[i]})
		}
		for s := range 20 {
			sent := vocab.SentenceIRI(art, s)
			qs = append(qs,
				quad.Quad{Subject: sent, Predicate: vocab.Type, Object: vocab.Sentence},
				quad.Quad{Subject: sent, Predicate: vocab.Text, Object: quad.String(fmt.Sprintf("Sentence %d of article %d says that somebody did something somewhere, at some length, as news sentences do.", s, a))},
				quad.Quad{Subject: sent, Predicate: vocab.IsPartOf, Object: art})
			for range 2 {
				x, y := mentioned[rng.IntN(15)], mentioned[rng.IntN(15)]
				if x != y {
					qs = append(qs, quad.Quad{Subject: x, Predicate: preds[rng.IntN(len(preds))], Object: y, Label: sent})
				}
			}
		}
	}
	return qs
}

// benchStore returns the bolt store named by NEWSGRAPH_BENCH_DB (for instance
// the BBC corpus loaded with newsgraph load), or a temporary one; a store that
// does not exist yet is filled with the synthetic corpus.
func benchStore(b *testing.B) graph.QuadStore {
	b.Helper()
	path := os.Getenv("NEWSGRAPH_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	_, err := os.Stat(path)
	fresh := err != nil // a missing store is filled with the synthetic corpus
	st, err := store.Open("bolt", path, store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	qs := st.QuadStore()
	if fresh {
		w, err := qs.NewQuadWriter()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := w.WriteQuads(syntheticCorpus(2225)); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	return qs
}

// BenchmarkExportGEXF exports a whole BBC-sized graph from bolt to GEXF. It
// reports quads read per second and the process's peak resident memory.
//
//	go test ./graph/export -run '^$' -bench ExportGEXF -benchtime 3x
//	NEWSGRAPH_BENCH_DB=/tmp/bbc.db go test ./graph/export -run '^$' -bench ExportGEXF -benchtime 3x
func BenchmarkExportGEXF(b *testing.B) {
	qs := benchStore(b)
	st, err := qs.Stats(context.Background(), true)
	if err != nil {
		b.Fatal(err)
	}
	f, _ := ByName("gexf")
	runtime.GC()
	b.ResetTimer()
	var g *Graph
	for b.Loop() {
		g, err = BuildGraph(context.Background(), StoreSource(qs), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := f.Graph(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	b.ReportMetric(float64(st.Quads.Value)/(b.Elapsed().Seconds()/float64(b.N)), "quads/s")
	b.ReportMetric(float64(ru.Maxrss)/1024, "peakRSS_MB")
	b.ReportMetric(float64(len(g.Nodes)), "nodes")
	b.ReportMetric(float64(len(g.Edges)), "edges")
}
