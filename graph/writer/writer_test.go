package writer_test

import (
	"context"
	"database/sql"
	"fmt"
	neturl "net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/internal/quadtest"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/graph/writer"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// backends opens a fresh store of each backend that can run here. PostgreSQL
// runs when NEWSGRAPH_TEST_POSTGRES holds a database URL.
func backends(t *testing.T) map[string]func(t *testing.T) *store.Store {
	return map[string]func(t *testing.T) *store.Store{
		"memory": func(t *testing.T) *store.Store {
			s, err := store.Open(store.Memory, "", store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
		"bolt": func(t *testing.T) *store.Store {
			s, err := store.Open(store.Bolt, filepath.Join(t.TempDir(), "test.db"), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
		"postgres": func(t *testing.T) *store.Store {
			url := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
			if url == "" {
				t.Skip("NEWSGRAPH_TEST_POSTGRES not set: set it to a PostgreSQL URL (e.g. postgres://postgres@127.0.0.1:5433/newsgraph_test?sslmode=disable) to run the PostgreSQL store tests")
			}
			s, err := store.Open(store.Postgres, freshDatabase(t, url), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
	}
}

// freshDatabase creates an empty database on the server of url for one
// test, dropped when the test ends, and returns its URL.
func freshDatabase(t *testing.T, url string) string {
	t.Helper()
	u, err := neturl.Parse(url)
	if err != nil {
		t.Fatalf("NEWSGRAPH_TEST_POSTGRES: %v", err)
	}
	admin, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("newsgraph_writer_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		admin.Close()
	})
	u.Path = "/" + name
	return u.String()
}

// article returns a small article with one fact; text varies it.
func article(url, headline string, sentences ...string) (*source.Article, *extract.Document) {
	art := &source.Article{URL: url, Headline: headline, Source: "Test Wire",
		Published: time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC), Text: strings.Join(sentences, " ")}
	doc := &extract.Document{}
	off := 0
	for _, s := range sentences {
		doc.Sentences = append(doc.Sentences, extract.Sentence{Text: s, Start: off, End: off + len(s)})
		off += len(s) + 1
	}
	// Every sentence names its first word as a person; the first person met
	// the second when there are two.
	for i, s := range doc.Sentences {
		name := strings.Fields(s.Text)[0]
		doc.Entities = append(doc.Entities, extract.Entity{Type: extract.Person, Name: name,
			Mentions: []extract.Mention{{Sentence: i, Start: s.Start, End: s.Start + len(name)}}})
	}
	if len(doc.Entities) > 1 {
		doc.Facts = append(doc.Facts, extract.Fact{Subject: 0, Predicate: "met", Object: 1, Sentence: 1})
	}
	return art, doc
}

func write(t *testing.T, w *writer.Writer, qs ...[]quad.Quad) {
	t.Helper()
	for _, q := range qs {
		if err := w.Add(context.Background(), writer.FromQuads(q)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func equal(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("store holds %d quads, want %d\ngot:\n%s\nwant:\n%s", len(got), len(want),
			strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// async makes newWriter commit full batches in the background; rebuild
// makes it write an empty bolt store anew when flushed.
var async, rebuild bool

func newWriter(s *store.Store, opts writer.Options) *writer.Writer {
	opts.Async = async
	if rebuild {
		opts.Rebuild = s.Rebuild
	}
	return writer.New(s.QuadStore(), opts)
}

// TestWriter runs the same writer tests against every backend, committing
// in the foreground and (where the store allows) in the background, and on
// bolt gathering a new store and writing it in one go.
func TestWriter(t *testing.T) {
	for _, mode := range []string{"", "async", "rebuild"} {
		async, rebuild = mode == "async", mode == "rebuild"
		for name, open := range backends(t) {
			if (async && name == "memory") || (rebuild && name != "bolt") {
				continue
			}
			if mode != "" {
				name += "/" + mode
			}
			testWriter(t, name, open)
		}
	}
	async, rebuild = false, false
}

func testWriter(t *testing.T, name string, open func(t *testing.T) *store.Store) {
	{
		t.Run(name, func(t *testing.T) {
			t.Run("Idempotent", func(t *testing.T) {
				s := open(t)
				defer s.Close()
				qa := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob spoke."))
				w := newWriter(s, writer.Options{})
				write(t, w, qa)
				equal(t, quadtest.Stored(t, s.QuadStore()), quadtest.Lines(qa))
				w2 := newWriter(s, writer.Options{})
				write(t, w2, qa)
				if st := w2.Stats(); st.Skipped != 1 || st.Added != 0 || st.Articles != 0 {
					t.Errorf("second write: %+v, want 1 skipped and nothing added", st)
				}
				equal(t, quadtest.Stored(t, s.QuadStore()), quadtest.Lines(qa))
			})
			t.Run("ReplaceChanged", func(t *testing.T) {
				s := open(t)
				defer s.Close()
				qa := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob spoke.", "Carol left."))
				qb := loader.Quads(article("https://x.test/b", "B", "Alice said hello.", "Dave agreed."))
				w := newWriter(s, writer.Options{})
				write(t, w, qa, qb)
				// The new version has fewer sentences and another fact.
				qa2 := loader.Quads(article("https://x.test/a", "A, updated", "Alice met Erin."))
				w2 := newWriter(s, writer.Options{})
				write(t, w2, qa2)
				if st := w2.Stats(); st.Replaced != 1 || st.Deleted == 0 {
					t.Errorf("replace: %+v, want 1 replaced with quads deleted", st)
				}
				// Exactly the new version and the untouched other article.
				equal(t, quadtest.Stored(t, s.QuadStore()), quadtest.Lines(append(append([]quad.Quad{}, qa2...), qb...)))
			})
			t.Run("SameArticleTwiceInOneBatch", func(t *testing.T) {
				s := open(t)
				defer s.Close()
				qa := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob spoke."))
				qa2 := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob left."))
				w := newWriter(s, writer.Options{BatchQuads: 1 << 20})
				write(t, w, qa, qa, qa2)
				equal(t, quadtest.Stored(t, s.QuadStore()), quadtest.Lines(qa2))
				if st := w.Stats(); st.Articles != 2 || st.New != 1 || st.Replaced != 1 || st.Skipped != 1 || st.Deleted == 0 {
					t.Errorf("stats %+v, want 2 written (1 new, 1 replaced with quads deleted), 1 skipped", st)
				}
			})
			t.Run("ReplaceKeepsUnchangedQuads", func(t *testing.T) {
				// Quads present in both versions must survive the replace,
				// whatever order the backend applies adds and deletes in.
				s := open(t)
				defer s.Close()
				qa := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob spoke."))
				qa2 := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob spoke.", "Carol came."))
				w := newWriter(s, writer.Options{})
				write(t, w, qa)
				write(t, w, qa2)
				equal(t, quadtest.Stored(t, s.QuadStore()), quadtest.Lines(qa2))
			})
			t.Run("ChangedWhileCommitting", func(t *testing.T) {
				s := open(t)
				defer s.Close()
				w := newWriter(s, writer.Options{BatchQuads: 1 << 20, BatchArticles: 2})
				qa := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob spoke."))
				qb := loader.Quads(article("https://x.test/b", "B", "Carol met Dave."))
				qa2 := loader.Quads(article("https://x.test/a", "A", "Alice met Erin."))
				write(t, w, qa, qb, qa2, qa2)
				equal(t, quadtest.Stored(t, s.QuadStore()), quadtest.Lines(append(append([]quad.Quad{}, qa2...), qb...)))
				if st := w.Stats(); st.Articles != 3 || st.Replaced != 1 || st.Skipped != 1 {
					t.Errorf("stats %+v, want 3 written, 1 replaced, 1 skipped", st)
				}
			})
			t.Run("SmallBatches", func(t *testing.T) {
				s := open(t)
				defer s.Close()
				w := newWriter(s, writer.Options{BatchQuads: 10, BatchArticles: 2})
				var want []quad.Quad
				var all [][]quad.Quad
				for _, u := range []string{"a", "b", "c", "d", "e"} {
					q := loader.Quads(article("https://x.test/"+u, u, "Alice met Bob "+u+".", "Bob spoke."))
					all = append(all, q)
					want = append(want, q...)
				}
				write(t, w, all...)
				equal(t, quadtest.Stored(t, s.QuadStore()), quadtest.Lines(want))
				if st := w.Stats(); st.Articles != 5 || st.New != 5 {
					t.Errorf("stats %+v, want 5 new articles", st)
				}
			})
		})
	}
}

func TestFromQuads(t *testing.T) {
	qa := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob spoke."))
	a := writer.FromQuads(qa)
	if a.IRI != vocab.ArticleIRI("https://x.test/a", "", "") || a.Hash == "" {
		t.Errorf("FromQuads: IRI %s hash %q", a.IRI, a.Hash)
	}
	for _, tc := range []struct {
		label quad.Value
		want  quad.IRI
	}{
		{quad.IRI("http://newsgraph.org/id/article/u1/s12"), "http://newsgraph.org/id/article/u1"},
		{quad.IRI("http://newsgraph.org/id/article/u1"), "http://newsgraph.org/id/article/u1"},
		{quad.String("x"), ""},
		{nil, ""},
	} {
		if got := writer.ArticleOfLabel(tc.label); got != tc.want {
			t.Errorf("ArticleOfLabel(%v) = %q, want %q", tc.label, got, tc.want)
		}
	}
}

func TestStoredHash(t *testing.T) {
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			art, doc := article("https://x.test/h", "H", "Alice met Bob.", "Bob spoke.")
			write(t, writer.New(s.QuadStore(), writer.Options{}), loader.Quads(art, doc))
			got, err := writer.StoredHash(context.Background(), s.QuadStore(), loader.ArticleIRI(art))
			if err != nil || got != loader.ContentHash(art) {
				t.Errorf("StoredHash = %q, %v; want %q", got, err, loader.ContentHash(art))
			}
			got, err = writer.StoredHash(context.Background(), s.QuadStore(), "http://newsgraph.org/id/article/none")
			if err != nil || got != "" {
				t.Errorf("StoredHash of a missing article = %q, %v; want empty", got, err)
			}
		})
	}
}

// TestRebuildSameAsBatches writes the same articles, one of them replaced and
// one given twice, into a new bolt store in batches and gathered into one
// file: the stores hold the same quads in the same order, and the counts
// agree.
func TestRebuildSameAsBatches(t *testing.T) {
	var arts [][]quad.Quad
	for _, u := range []string{"a", "b", "c", "d"} {
		arts = append(arts, loader.Quads(article("https://x.test/"+u, u, "Alice met Bob "+u+".", "Bob spoke.", "Carol left "+u+".")))
	}
	a2 := loader.Quads(article("https://x.test/a", "a", "Alice met Bob a.", "Erin came."))
	arts = append(arts, a2, arts[1], arts[3])
	var stores [2]*store.Store
	var stats [2]writer.Stats
	for i := range stores {
		s, err := store.Open(store.Bolt, filepath.Join(t.TempDir(), "test.db"), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		opts := writer.Options{BatchQuads: 10}
		if i == 1 {
			opts.Rebuild = s.Rebuild
		}
		w := writer.New(s.QuadStore(), opts)
		if w.Building() != (i == 1) {
			t.Fatalf("writer %d: Building() = %v", i, w.Building())
		}
		write(t, w, arts...)
		stores[i], stats[i] = s, w.Stats()
	}
	batches, built := quadtest.InLogOrder(t, stores[0].QuadStore()), quadtest.InLogOrder(t, stores[1].QuadStore())
	if strings.Join(built, "\n") != strings.Join(batches, "\n") {
		t.Errorf("built store: %d quads\n%s\nwritten in batches: %d\n%s", len(built), strings.Join(built, "\n"), len(batches), strings.Join(batches, "\n"))
	}
	if stats[0] != stats[1] {
		t.Errorf("stats: built %+v, in batches %+v", stats[1], stats[0])
	}
}

// TestRebuildBounded checks that a Writer gathering a new store writes it
// once Options.BuildQuads quads are gathered and then goes on in batches,
// the articles given twice still skipped or replaced.
func TestRebuildBounded(t *testing.T) {
	s, err := store.Open(store.Bolt, filepath.Join(t.TempDir(), "test.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w := writer.New(s.QuadStore(), writer.Options{Rebuild: s.Rebuild, BuildQuads: 30})
	qa := loader.Quads(article("https://x.test/a", "A", "Alice met Bob.", "Bob spoke."))
	qb := loader.Quads(article("https://x.test/b", "B", "Carol met Dave.", "Dave left."))
	qa2 := loader.Quads(article("https://x.test/a", "A", "Alice met Erin."))
	if len(qa)+len(qb) < 30 || len(qa) >= 30 {
		t.Fatalf("%d and %d quads: choose articles that pass the bound together", len(qa), len(qb))
	}
	for i, q := range [][]quad.Quad{qa, qb, qb, qa2} {
		if err := w.Add(context.Background(), writer.FromQuads(q)); err != nil {
			t.Fatal(err)
		}
		if building := i == 0; w.Building() != building {
			t.Fatalf("after article %d: Building() = %v", i+1, w.Building())
		}
	}
	if err := w.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	equal(t, quadtest.Stored(t, s.QuadStore()), quadtest.Lines(append(append([]quad.Quad{}, qb...), qa2...)))
	if st := w.Stats(); st.Articles != 3 || st.New != 2 || st.Replaced != 1 || st.Skipped != 1 {
		t.Errorf("stats %+v, want 3 written (2 new, 1 replaced), 1 skipped", st)
	}
}
