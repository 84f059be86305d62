// Package writer writes whole articles into a Cayley quad store.
//
// Each article is all or nothing: its quads go into the store in the same
// transaction, batched with other whole articles for speed. Writing is
// idempotent: an article already stored with the same content hash is
// skipped, and a changed version of a stored article (same IRI, another
// hash) replaces every quad of the old version: in the same transaction,
// or on bolt in two, deletions first (see apply). On bolt the additions are
// written by graph/boltkv's bulk writer; into an empty bolt store, given
// Options.Rebuild, the whole load is gathered in memory and the store's file
// written once when the Writer is flushed (graph/boltkv's Build).
package writer

import (
	"context"
	"fmt"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Article is the quads of one article. Hash is its ng:contentHash; an empty
// Hash disables the skip check (the quads are added, any old version of the
// article is replaced).
type Article struct {
	IRI   quad.IRI
	Hash  string
	Quads []quad.Quad
}

// Options tune batching.
type Options struct {
	// BatchQuads is the number of quads (added plus deleted) after which a
	// batch is committed; default 100,000.
	BatchQuads int
	// BatchArticles is the number of articles after which a batch is
	// committed; default 5,000.
	BatchArticles int
	// Async commits a full batch in the background while the next one is
	// gathered. The store must allow reads during a write (bolt and the
	// SQL stores do, memory does not).
	Async bool
	// Rebuild, when set and the store is an empty bolt store, makes the
	// Writer gather every article until Flush and then write the store's
	// file anew in one go (graph/boltkv's Build): write is given the open
	// database and the path of the new file, and Rebuild puts the file in
	// place and returns the store reopened (graph/store's Store.Rebuild).
	// Until then nothing is in the store; an article given twice is
	// skipped or replaced as when it is stored.
	Rebuild func(write func(db *bolt.DB, path string) error) (graph.QuadStore, error)
	// BuildQuads bounds the memory of a Rebuild: once this many quads are
	// gathered, the store is written and the Writer goes on in batches;
	// default 4,000,000 (about 2.3 times both shared corpora).
	BuildQuads int
}

// Stats counts what a Writer did.
type Stats struct {
	Articles int // articles written (new or replaced), committed
	New      int // of which new
	Replaced int // of which replaced an older version
	Skipped  int // articles already stored unchanged
	Added    int // quads added, committed
	Deleted  int // quads deleted, committed
}

// Writer batches articles into transactions. It is not safe for concurrent
// use.
type Writer struct {
	qs   graph.QuadStore
	bulk *boltkv.Writer // adds quads to a bolt store; nil for other stores
	opts Options

	deltas   []graph.Delta // deletions, and additions on stores without bulk
	adds     *boltkv.Batch // additions on a bolt store
	pending  map[quad.IRI]bool
	batch    Stats // counts of the pending batch
	stats    Stats // committed counts
	OnCommit func(committed Stats)

	// The batch being committed in the background (Options.Async).
	inflight      map[quad.IRI]bool
	inflightBatch Stats
	done          chan applied

	// The load gathered for a new store (Options.Rebuild).
	build     *boltkv.Build
	built     map[quad.IRI]*builtArticle
	tuples    [][4]int32
	inArticle map[[4]int32]bool
	amended   int // quads added less removed by Amend
	rebuild   func(write func(db *bolt.DB, path string) error) (graph.QuadStore, error)
}

// builtArticle is an article gathered into a Build: its hash and the spans
// of the Build's quads it added.
type builtArticle struct {
	hash  string
	spans [][2]int32
}

// applied is the outcome of a background commit: the quads the bulk writer
// added, or the error.
type applied struct {
	added int
	err   error
}

// New returns a Writer for qs.
func New(qs graph.QuadStore, opts Options) *Writer {
	if opts.BatchQuads <= 0 {
		opts.BatchQuads = 100_000
	}
	if opts.BatchArticles <= 0 {
		opts.BatchArticles = 5_000
	}
	if opts.BuildQuads <= 0 {
		opts.BuildQuads = 4_000_000
	}
	w := &Writer{qs: qs, opts: opts, pending: map[quad.IRI]bool{}}
	if bulk, err := boltkv.NewWriter(qs); err == nil {
		w.bulk = bulk
		if opts.Rebuild != nil {
			if empty, err := boltkv.Empty(bulk.DB()); err == nil && empty {
				w.build = boltkv.NewBuild()
				w.built = map[quad.IRI]*builtArticle{}
				w.rebuild = opts.Rebuild
			}
		}
	}
	return w
}

// Building reports whether the Writer gathers a new store (Options.Rebuild):
// until Flush, nothing it was given is in the store.
func (w *Writer) Building() bool { return w.build != nil }

// Amend lets fn change the quads gathered for a new store before Flush
// writes them (graph/resolve's RunBuild); fn returns the number of quads it
// added less the number it removed, which the Stats do not count as the
// load's. It does nothing when the Writer is not Building.
func (w *Writer) Amend(fn func(b *boltkv.Build) (net int, err error)) error {
	if w.build == nil {
		return nil
	}
	net, err := fn(w.build)
	w.amended += net
	return err
}

// QuadStore returns the store written to: after a Flush that wrote a new
// store (Options.Rebuild), the store reopened.
func (w *Writer) QuadStore() graph.QuadStore { return w.qs }

// gather adds an article to the Build, skipping it when it was given
// before with the same hash, and replacing the earlier version otherwise:
// its quads that the new version does not have are removed, those it has
// stay where they are, and the new ones are added. Quads repeated within
// the article are dropped here, those repeated across articles when the
// store is written.
func (w *Writer) gather(a Article) {
	prev := w.built[a.IRI]
	if prev != nil && a.Hash != "" && prev.hash == a.Hash {
		w.stats.Skipped++
		return
	}
	if w.inArticle == nil {
		w.inArticle = map[[4]int32]bool{}
	}
	clear(w.inArticle)
	w.tuples = w.tuples[:0]
	for _, q := range a.Quads {
		t := w.build.Tuple(q)
		if !w.inArticle[t] {
			w.inArticle[t] = true
			w.tuples = append(w.tuples, t)
		}
	}
	var old map[[4]int32]bool
	if prev == nil {
		prev = &builtArticle{}
		w.built[a.IRI] = prev
		w.stats.New++
	} else {
		w.stats.Replaced++
		old = map[[4]int32]bool{}
		for _, sp := range prev.spans {
			for i := sp[0]; i < sp[1]; i++ {
				t, ok := w.build.Quad(i)
				if !ok {
					continue
				}
				if w.inArticle[t] {
					old[t] = true
				} else {
					w.build.Remove(i)
					w.stats.Deleted++
				}
			}
		}
	}
	start := int32(w.build.Total())
	for _, t := range w.tuples {
		if !old[t] {
			w.build.Add(t)
			w.stats.Added++
		}
	}
	if end := int32(w.build.Total()); end > start {
		prev.spans = append(prev.spans, [2]int32{start, end})
	}
	prev.hash = a.Hash
	w.stats.Articles++
}

// writeBuild writes the gathered store and reopens it; the Writer then
// writes as usual.
func (w *Writer) writeBuild() error {
	b := w.build
	w.build, w.built, w.tuples = nil, nil, nil
	if b.Total() == 0 {
		return nil
	}
	var added int
	qs, err := w.rebuild(func(db *bolt.DB, path string) error {
		var err error
		added, err = b.WriteFile(db, path)
		return err
	})
	if err != nil {
		w.stats = Stats{Skipped: w.stats.Skipped}
		return fmt.Errorf("write the new store: %w", err)
	}
	w.qs = qs
	w.bulk, err = boltkv.NewWriter(qs)
	if err != nil {
		return fmt.Errorf("write the new store: %w", err)
	}
	// Quads repeated across articles were counted as they came; those
	// Amend added or removed are not the load's.
	w.stats.Added = added - w.amended + w.stats.Deleted
	if w.OnCommit != nil {
		w.OnCommit(w.stats)
	}
	return nil
}

// FromQuads builds an Article from its quads: the IRI is the subject of the
// rdf:type schema:NewsArticle quad (else the article part of the first
// label), the hash the object of ng:contentHash.
func FromQuads(qs []quad.Quad) Article {
	var a Article
	a.Quads = qs
	for _, q := range qs {
		switch {
		case q.Predicate == vocab.Type && q.Object == vocab.NewsArticle:
			if iri, ok := q.Subject.(quad.IRI); ok {
				a.IRI = iri
			}
		case q.Predicate == vocab.ContentHash:
			a.Hash = vocab.Lexical(q.Object)
		}
	}
	if a.IRI == "" && len(qs) > 0 {
		a.IRI = ArticleOfLabel(qs[0].Label)
	}
	return a
}

// ArticleOfLabel returns the article IRI a quad label belongs to: the label
// itself for article quads, the article part of a sentence IRI for evidence
// quads; "" for other labels.
func ArticleOfLabel(l quad.Value) quad.IRI {
	iri, ok := l.(quad.IRI)
	if !ok {
		return ""
	}
	return vocab.ArticleOf(iri)
}

// Add queues one article, committing the batch when it is full. Nothing of
// the article is in the store until a commit.
func (w *Writer) Add(ctx context.Context, a Article) error {
	if a.IRI == "" {
		return fmt.Errorf("write article: no article IRI in its quads")
	}
	if w.build != nil {
		w.gather(a)
		if w.build.Total() >= w.opts.BuildQuads {
			return w.writeBuild()
		}
		return nil
	}
	if w.pending[a.IRI] {
		// The same article twice in one batch: commit the first so the
		// second compares with it.
		if err := w.Flush(ctx); err != nil {
			return err
		}
	}
	if w.inflight[a.IRI] {
		if err := w.wait(); err != nil {
			return err
		}
	}
	ref, err := w.qs.ValueOf(a.IRI)
	if err != nil {
		return fmt.Errorf("write article %s: %w", a.IRI, err)
	}
	var old []quad.Quad
	if ref != nil {
		oldHash, stored, err := w.hashOf(ctx, a.IRI, ref)
		if err != nil {
			return fmt.Errorf("write article %s: %w", a.IRI, err)
		}
		if a.Hash != "" && oldHash == a.Hash {
			w.stats.Skipped++
			return nil
		}
		if !stored {
			// SQL stores give a reference for any value, stored or not: an
			// article that is the subject of no quad has nothing to replace.
			ref = nil
		}
	}
	if ref != nil {
		// A changed version: every quad of the old one goes.
		if old, err = w.oldQuads(ctx, a.IRI, ref); err != nil {
			return fmt.Errorf("write article %s: %w", a.IRI, err)
		}
	}
	if len(old) == 0 {
		w.addNew(a.Quads)
	} else {
		w.replace(old, a.Quads)
	}
	w.pending[a.IRI] = true
	w.batch.Articles++
	if len(old) > 0 {
		w.batch.Replaced++
	} else {
		w.batch.New++
	}
	if w.size() >= w.opts.BatchQuads || len(w.pending) >= w.opts.BatchArticles {
		if w.opts.Async {
			return w.start()
		}
		return w.Flush(ctx)
	}
	return nil
}

// addNew queues the quads of an article that has no stored version,
// dropping repeats. On bolt the bulk writer drops them (and counts what it
// adds), so they are not looked up twice.
func (w *Writer) addNew(quads []quad.Quad) {
	if w.bulk != nil {
		for _, q := range quads {
			w.add(q)
		}
		return
	}
	seen := make(map[quad.Quad]struct{}, len(quads))
	for _, q := range quads {
		if _, dup := seen[q]; dup {
			continue
		}
		seen[q] = struct{}{}
		w.add(q)
	}
}

// replace queues the deletion of the old quads that are not among the new
// ones, and the addition of the new ones that are not among the old. Quads
// are compared by their N-Quads form: a value read back from the store may
// be of another Go type than the same value extracted (a date as quad.Time
// or as a typed string).
func (w *Writer) replace(old, quads []quad.Quad) {
	newSet := make(map[string]struct{}, len(quads))
	for _, q := range quads {
		newSet[key(q)] = struct{}{}
	}
	oldSet := make(map[string]struct{}, len(old))
	for _, q := range old {
		k := key(q)
		oldSet[k] = struct{}{}
		if _, keep := newSet[k]; !keep {
			w.deltas = append(w.deltas, graph.Delta{Quad: q, Action: graph.Delete})
			w.batch.Deleted++
		}
	}
	for _, q := range quads {
		k := key(q)
		if _, had := oldSet[k]; had {
			continue
		}
		oldSet[k] = struct{}{} // also drops duplicates within the article
		w.add(q)
	}
}

func key(q quad.Quad) string { return q.NQuad() }

// add queues the addition of q. On bolt the bulk writer counts the quads
// it adds when it commits them.
func (w *Writer) add(q quad.Quad) {
	if w.bulk == nil {
		w.batch.Added++
		w.deltas = append(w.deltas, graph.Delta{Quad: q, Action: graph.Add})
		return
	}
	if w.adds == nil {
		w.adds = boltkv.NewBatch()
	}
	w.adds.Add(q)
}

// size returns the number of quads queued.
func (w *Writer) size() int {
	n := len(w.deltas)
	if w.adds != nil {
		n += w.adds.Len()
	}
	return n
}

// Flush commits the pending batch in one transaction, after any batch
// committing in the background.
func (w *Writer) Flush(ctx context.Context) error {
	if w.build != nil {
		return w.writeBuild()
	}
	if err := w.wait(); err != nil {
		w.reset()
		return err
	}
	if len(w.pending) == 0 && w.size() == 0 {
		return nil
	}
	n := len(w.pending)
	added, err := apply(w.qs, w.bulk, w.deltas, w.adds)
	if err != nil {
		w.reset()
		return fmt.Errorf("write batch of %d articles: %w", n, err)
	}
	b := w.batch
	b.Added += added
	w.committed(b)
	w.reset()
	return nil
}

// start commits the pending batch in the background, after waiting for the
// previous one.
func (w *Writer) start() error {
	if err := w.wait(); err != nil {
		w.reset()
		return err
	}
	deltas, adds := w.deltas, w.adds
	w.inflight, w.pending = w.pending, make(map[quad.IRI]bool, len(w.pending))
	w.inflightBatch = w.batch
	w.deltas, w.adds, w.batch = nil, nil, Stats{}
	done := make(chan applied, 1)
	w.done = done
	qs, bulk := w.qs, w.bulk
	go func() {
		added, err := apply(qs, bulk, deltas, adds)
		done <- applied{added, err}
	}()
	return nil
}

// wait waits for the background commit, if any, and counts it.
func (w *Writer) wait() error {
	if w.done == nil {
		return nil
	}
	r := <-w.done
	w.done = nil
	n := len(w.inflight)
	w.inflight = nil
	if r.err != nil {
		return fmt.Errorf("write batch of %d articles: %w", n, r.err)
	}
	b := w.inflightBatch
	b.Added += r.added
	w.committed(b)
	return nil
}

func (w *Writer) committed(b Stats) {
	w.stats.Articles += b.Articles
	w.stats.New += b.New
	w.stats.Replaced += b.Replaced
	w.stats.Added += b.Added
	w.stats.Deleted += b.Deleted
	if w.OnCommit != nil {
		w.OnCommit(w.stats)
	}
}

// apply commits the pending deltas and returns the number of quads the bulk
// writer added (0 on other stores). On a bolt store the additions go
// through bulk, and a batch that also deletes is written in two
// transactions: first the deletions (by Cayley), then the additions. (Cayley's
// own writer also needs the two: it loses the node of an added quad when the
// same transaction deletes more quads of that node than it adds.) A crash
// between the two leaves the replaced articles absent, never half-written;
// loading again writes them.
func apply(qs graph.QuadStore, bulk *boltkv.Writer, deltas []graph.Delta, adds *boltkv.Batch) (int, error) {
	opts := graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if len(deltas) > 0 {
		if err := qs.ApplyDeltas(deltas, opts); err != nil {
			return 0, err
		}
	}
	if bulk == nil || adds == nil {
		return 0, nil
	}
	return bulk.Write(adds)
}

func (w *Writer) reset() {
	w.adds = nil
	w.deltas = w.deltas[:0]
	if cap(w.deltas) > 4*w.opts.BatchQuads {
		w.deltas = nil
	}
	clear(w.pending)
	w.batch = Stats{}
}

// Pending returns the number of articles queued but not committed.
func (w *Writer) Pending() int { return len(w.pending) + len(w.inflight) }

// Stats returns the committed counts (Skipped counts every skip so far);
// while the Writer gathers a new store (Building), the counts so far.
func (w *Writer) Stats() Stats { return w.stats }

// StoredHash returns the ng:contentHash of an article in qs, "" when the
// article is not stored. It only reads, so it may run concurrently with a
// Writer on the same store.
func StoredHash(ctx context.Context, qs graph.QuadStore, iri quad.IRI) (string, error) {
	ref, err := qs.ValueOf(iri)
	if err != nil || ref == nil {
		return "", err
	}
	w := &Writer{qs: qs}
	hash, _, err := w.hashOf(ctx, iri, ref)
	return hash, err
}

// Skip counts an article found unchanged before it reached the writer.
func (w *Writer) Skip() { w.stats.Skipped++ }

// hashOf returns the stored ng:contentHash of an article, "" if none, and
// whether the article is the subject of any stored quad.
func (w *Writer) hashOf(ctx context.Context, iri quad.IRI, ref refs.Ref) (hash string, stored bool, err error) {
	pref, err := w.qs.ValueOf(vocab.ContentHash)
	if err != nil {
		return "", false, err
	}
	var pkey interface{}
	if pref != nil {
		pkey = refs.ToKey(pref)
	}
	it := w.qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		stored = true
		if pkey == nil {
			continue
		}
		// Compare the predicate by reference first: fetching the whole
		// quad costs four value lookups.
		p, err := w.qs.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return "", stored, err
		}
		if refs.ToKey(p) != pkey {
			continue
		}
		q, err := w.qs.Quad(it.Result())
		if err != nil {
			return "", stored, err
		}
		if q.Label == iri {
			return vocab.Lexical(q.Object), true, nil
		}
	}
	return "", stored, it.Err()
}

// oldQuads returns every stored quad of an article: those labelled by the
// article IRI or by one of its sentences (found through schema:isPartOf).
func (w *Writer) oldQuads(ctx context.Context, iri quad.IRI, ref refs.Ref) ([]quad.Quad, error) {
	var out []quad.Quad
	var sentences []refs.Ref
	err := w.each(ctx, quad.Label, ref, func(q quad.Quad, qref refs.Ref) error {
		out = append(out, q)
		if q.Predicate == vocab.IsPartOf && q.Object == iri {
			sref, err := w.qs.QuadDirection(qref, quad.Subject)
			if err != nil {
				return err
			}
			sentences = append(sentences, sref)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, s := range sentences {
		err := w.each(ctx, quad.Label, s, func(q quad.Quad, _ refs.Ref) error {
			out = append(out, q)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// each calls fn for every quad with ref in direction d.
func (w *Writer) each(ctx context.Context, d quad.Direction, ref refs.Ref, fn func(quad.Quad, refs.Ref) error) error {
	it := w.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		qref := it.Result()
		q, err := w.qs.Quad(qref)
		if err != nil {
			return err
		}
		if err := fn(q, qref); err != nil {
			return err
		}
	}
	return it.Err()
}
