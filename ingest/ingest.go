// Package ingest is the load pipeline from inputs to the store: articles are
// read and extracted by package loader (N-Quads written by extract are read
// article by article), stamped with the time they were ingested, and written
// whole by package writer. `newsgraph load` runs it once; `newsgraph serve`
// runs it for each poll of the folders and feeds it watches and for each
// article sent to it, so both load alike: the same errors, the same skipping
// of unchanged articles, the same evidence.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/resolve"
	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/graph/writer"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// Options tune a Run.
type Options struct {
	// Format is the input format: "" (by extension and content), text,
	// html, jsonl, feed or nquads.
	Format         string
	MaxArticleSize int64
	// Workers extract in parallel; zero means the number of CPUs.
	Workers int
	// BatchQuads is the quads per transaction; zero means 100,000 when
	// every input is N-Quads, else 50,000.
	BatchQuads int
	// Force extracts unchanged articles again and replaces their quads.
	Force bool
	// Resolve runs the store's entity resolution (graph/resolve) after
	// the load, when it wrote or deleted anything.
	Resolve bool
	// Async commits a batch while the next is gathered (not on memory
	// stores).
	Async bool
	// Rebuild, for a bolt store, lets an empty store be written in one go
	// at the end of the load (see writer.Options.Rebuild and graph/store's
	// Store.Rebuild).
	Rebuild func(write func(db *bolt.DB, path string) error) (graph.QuadStore, error)
	// NoPrivate refuses URLs (and redirects) to loopback, private and
	// link-local addresses (see source.Options).
	NoPrivate bool
	// Stdin is read for the input "-".
	Stdin io.Reader
	// StdinName names the input "-" in messages; its extension, if any,
	// gives the format when Format is "".
	StdinName string
	// Extract is the extractor; nil means extract.Default. Stored articles
	// another extractor (or version) made count as changed.
	Extract extract.Extractor
	// Now stamps the articles written with their ingestion time; nil means
	// time.Now, or the time $SOURCE_DATE_EPOCH gives (seconds since 1970)
	// when it is set, for reproducible stores.
	Now func() time.Time
}

// Summary is what a Run did.
type Summary struct {
	Articles     int     `json:"articles"` // written: new or replaced
	New          int     `json:"new"`
	Replaced     int     `json:"replaced"`
	Skipped      int     `json:"skipped"` // already stored unchanged
	Failed       int     `json:"failed"`  // inputs (or lines, or articles) that failed
	Quads        int     `json:"quads"`   // quads added
	QuadsDeleted int     `json:"quads_deleted"`
	Seconds      float64 `json:"seconds"`
	Interrupted  bool    `json:"interrupted,omitempty"`
	LastInput    string  `json:"last_input,omitempty"` // the last article read, when interrupted
	// Reextracted counts the stored articles an older extractor made that
	// this load extracted again (see extract.Version).
	Reextracted int    `json:"reextracted"`
	Extractor   string `json:"extractor"` // the extractor's version
	// Resolved is what the entity resolution did (Options.Resolve).
	Resolved *resolve.Summary `json:"resolved,omitempty"`
	Read     int              `json:"-"` // articles and failed inputs read
}

// Add adds the counts and seconds of o to s: the sum of several loads.
func (s *Summary) Add(o Summary) {
	s.Articles += o.Articles
	s.New += o.New
	s.Replaced += o.Replaced
	s.Skipped += o.Skipped
	s.Failed += o.Failed
	s.Quads += o.Quads
	s.QuadsDeleted += o.QuadsDeleted
	s.Reextracted += o.Reextracted
	s.Seconds += o.Seconds
}

// Line is the summary in one line, as load prints it.
func (s Summary) Line() string {
	return fmt.Sprintf("loaded %d articles (%d skipped, %d failed), %d quads in %.1fs",
		s.Articles, s.Skipped, s.Failed, s.Quads, s.Seconds)
}

// Reporter hears of a Run's progress; either function may be nil. They are
// called from the Run's goroutine.
type Reporter struct {
	// Message gets each warning ("warning: ...") and each failed input (one
	// line naming it and the reason).
	Message func(string)
	// Read is called after each article or failed input read, with the
	// number read so far, the writer's counts and the number of failures.
	Read func(read int, ws writer.Stats, failed int)
	// At is called with the bytes of the input files read so far, as
	// articles are extracted (not for N-Quads, see ReadBytes).
	At func(n int64)
	// ReadBytes is called with each chunk of N-Quads files read.
	ReadBytes func(n int)
}

// Run loads inputs into qs. Failed inputs are reported and counted, and the
// rest still load. When ctx is cancelled Run commits the articles read so far
// and returns the summary with Interrupted set and a nil error; a store error
// is returned as it is (what was committed stays, the pending batch is
// dropped).
func Run(ctx context.Context, qs graph.QuadStore, inputs []string, opts Options, rep Reporter) (Summary, error) {
	r := newRun(qs, opts, rep)
	articleInputs, nqInputs := r.split(inputs)
	if r.opts.BatchQuads <= 0 {
		// Imports are all writing: larger transactions write faster. When
		// extracting, the workers need the memory and the writer keeps up
		// with smaller ones.
		r.opts.BatchQuads = 50_000
		if len(articleInputs) == 0 {
			r.opts.BatchQuads = 100_000
		}
	}
	r.w = writer.New(qs, writer.Options{BatchQuads: r.opts.BatchQuads, Async: r.opts.Async, Rebuild: r.opts.Rebuild})
	// Into a new store the writer gathers the whole load: nothing is
	// stored before it ends, so there is nothing to look up.
	r.building = r.w.Building()
	// Without Async the writer applies each batch inside Add, on this
	// goroutine, while the extraction workers look up stored hashes: the
	// memory store (the one store loaded that way) is store.Guarded, so
	// lookups and writes take turns.
	var runErr error
	if len(articleInputs) > 0 {
		runErr = r.loadArticles(ctx, articleInputs)
	}
	for _, in := range nqInputs {
		if runErr != nil {
			break
		}
		runErr = r.loadNQuads(ctx, in)
	}
	interrupted := errors.Is(runErr, context.Canceled) || errors.Is(ctx.Err(), context.Canceled)
	if runErr != nil && !interrupted {
		return r.sum, runErr
	}
	return r.finish(ctx, interrupted)
}

// run is one Run: its options, the writer, and the summary it counts.
type run struct {
	start time.Time
	qs    graph.QuadStore
	opts  Options
	rep   Reporter
	ext   extract.Extractor
	now   func() time.Time
	w     *writer.Writer
	// building: the writer gathers a new store in memory (see skip)
	building bool
	sum      Summary
	older    atomic.Int64 // stored articles an older extractor made, extracted again
}

// newRun fills in the options' defaults: the default extractor, and the
// clock (SOURCE_DATE_EPOCH when set).
func newRun(qs graph.QuadStore, opts Options, rep Reporter) *run {
	r := &run{start: time.Now(), qs: qs, opts: opts, rep: rep, ext: opts.Extract, now: opts.Now}
	if r.ext == nil {
		r.ext = extract.Default
	}
	if r.now == nil {
		r.now = time.Now
		if epoch, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64); err == nil {
			r.now = func() time.Time { return time.Unix(epoch, 0) }
		}
	}
	return r
}

// split sorts the inputs into articles to extract and N-Quads to import.
func (r *run) split(inputs []string) (articleInputs, nqInputs []string) {
	for _, in := range inputs {
		name := in
		if in == "-" && r.opts.StdinName != "" {
			name = r.opts.StdinName
		}
		if r.opts.Format == "nquads" || (r.opts.Format == "" && loader.IsNQuads(name)) {
			nqInputs = append(nqInputs, in)
		} else {
			articleInputs = append(articleInputs, in)
		}
	}
	return articleInputs, nqInputs
}

func (r *run) message(s string) {
	if r.rep.Message != nil {
		r.rep.Message(s)
	}
}

// tick counts an input read, and reports it.
func (r *run) tick() {
	r.sum.Read++
	if r.rep.Read != nil {
		r.rep.Read(r.sum.Read, r.w.Stats(), r.sum.Failed)
	}
}

// add stamps an article's quads with the load's time and writes it.
func (r *run) add(ctx context.Context, a writer.Article) error {
	a.Quads = Stamp(a.IRI, a.Quads, r.now())
	return r.w.Add(ctx, a)
}

// skip reports whether an article is stored with the same hash (and the
// load is not forced): it is not written again.
func (r *run) skip(ctx context.Context, iri quad.IRI, hash string) bool {
	if r.building {
		return false
	}
	h, err := writer.StoredHash(ctx, r.qs, iri)
	if err != nil || h == "" {
		return false
	}
	if h == hash && !r.opts.Force {
		return true
	}
	// Stored, and changed or forced: count those an older
	// extractor made, to say so.
	if v, err := writer.StoredVersion(ctx, r.qs, iri); err == nil && v != r.ext.Version() {
		r.older.Add(1)
	}
	return false
}

// loadArticles extracts the articles of the inputs and writes them.
func (r *run) loadArticles(ctx context.Context, inputs []string) error {
	opts := r.opts
	lopts := loader.Options{
		Extract: r.ext,
		Workers: opts.Workers,
		Source:  source.Options{Format: opts.Format, MaxArticleSize: opts.MaxArticleSize, Stdin: opts.Stdin, StdinName: opts.StdinName, NoPrivate: opts.NoPrivate},
	}
	lopts.Skip = func(iri quad.IRI, hash string) bool { return r.skip(ctx, iri, hash) }
	return loader.Load(ctx, inputs, lopts, func(res loader.Result) error {
		if r.rep.At != nil {
			r.rep.At(res.ReadBytes)
		}
		for _, wm := range res.Warnings {
			r.message("warning: " + wm)
		}
		if res.Err != nil {
			r.sum.Failed++
			r.message(res.Err.Error())
			r.tick()
			return nil
		}
		r.sum.LastInput = res.Article.Origin
		r.tick()
		if res.Skipped {
			r.w.Skip()
			return nil
		}
		a := writer.FromQuads(res.Quads)
		if opts.Force {
			a.Hash = ""
		}
		return r.add(ctx, a)
	})
}

// loadNQuads imports one N-Quads input, article by article.
func (r *run) loadNQuads(ctx context.Context, in string) error {
	return loader.ReadNQuadsCounting(ctx, in, r.opts.Stdin, int(r.opts.MaxArticleSize), r.rep.ReadBytes, func(g loader.Group) error {
		if g.Err != nil {
			r.sum.Failed++
			r.message(g.Err.Error())
			r.tick()
			return nil
		}
		a := writer.FromQuads(g.Quads)
		r.sum.LastInput = string(a.IRI)
		r.tick()
		return r.add(ctx, a)
	})
}

// finish resolves what the load changed (in memory for a new store, else
// in the store), commits, and completes the summary.
func (r *run) finish(ctx context.Context, interrupted bool) (Summary, error) {
	w := r.w
	changed := func(ws writer.Stats) bool {
		return r.opts.Resolve && !interrupted && (ws.Added > 0 || ws.Deleted > 0)
	}
	// A new store gathered in memory (whose Stats count what it gathered)
	// is resolved there, and written once.
	var built *resolve.Built
	var resolveErr error
	if w.Building() && changed(w.Stats()) {
		resolveErr = w.Amend(func(b *boltkv.Build) (int, error) {
			rs, bt, err := resolve.RunBuild(ctx, b, resolve.Options{})
			if err != nil {
				return 0, err // b is left as it was
			}
			r.sum.Resolved, built = &rs, bt
			return bt.Net, nil
		})
	}
	// Commit the articles read so far: after a cancel this is the current batch.
	if err := w.Flush(context.Background()); err != nil {
		return r.sum, err
	}
	qs := w.QuadStore() // a new store is written and reopened by Flush
	ws := w.Stats()
	switch {
	case resolveErr != nil:
		return r.sum, resolveErr
	case built != nil:
		start := time.Now()
		if err := built.Save(qs); err != nil {
			return r.sum, fmt.Errorf("resolve: keep what it read: %w", err)
		}
		r.sum.Resolved.Seconds += time.Since(start).Seconds()
	case changed(ws):
		rs, err := resolve.Run(ctx, qs)
		if err != nil {
			return r.sum, err
		}
		r.sum.Resolved = &rs
	}
	sum := &r.sum
	sum.Articles, sum.New, sum.Replaced, sum.Skipped = ws.Articles, ws.New, ws.Replaced, ws.Skipped
	sum.Quads, sum.QuadsDeleted = ws.Added, ws.Deleted
	sum.Seconds = time.Since(r.start).Seconds()
	sum.Reextracted = int(r.older.Load())
	sum.Extractor = r.ext.Version()
	sum.Interrupted = interrupted
	if !interrupted {
		sum.LastInput = ""
	}
	return r.sum, nil
}

// Stamp returns quads with the article's ingestion time added:
// <article> ng:ingested "t"^^xsd:dateTime, labelled with the article as its
// other quads are. An ingestion time already among quads is replaced. It is
// written by load and serve only: extract's output stays a function of the
// article.
func Stamp(article quad.IRI, quads []quad.Quad, t time.Time) []quad.Quad {
	out := make([]quad.Quad, 0, len(quads)+1)
	for _, q := range quads {
		if q.Predicate != vocab.Ingested {
			out = append(out, q)
		}
	}
	if article == "" {
		return out
	}
	return append(out, quad.Quad{
		Subject:   article,
		Predicate: vocab.Ingested,
		Object:    quad.TypedString{Value: quad.String(t.UTC().Format(time.RFC3339)), Type: vocab.XSDDateTime},
		Label:     article,
	})
}
