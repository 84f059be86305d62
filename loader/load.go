package loader

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// Options control Load.
type Options struct {
	Source  source.Options
	Workers int // extraction workers; default runtime.NumCPU()
	// Extract is the extractor; nil means extract.Default. Its version is
	// the one each article records and hashes (see ContentHash).
	Extract extract.Extractor
	// Skip, when set, is asked before extraction whether an article (by
	// IRI and ContentHash) is already stored; skipped articles reach the
	// sink with Skipped set and no quads. Workers call it concurrently.
	Skip func(article quad.IRI, hash string) bool
	// Published, when set, is the publication date of articles whose input
	// gives none (a plain text file): relative dates ("on Tuesday") in
	// them resolve against it.
	Published time.Time
}

// Result is one article converted to quads, or one input that failed.
type Result struct {
	Article  *source.Article // nil when Err is set
	Quads    []quad.Quad     // the article's quads, see Quads
	Err      error           // one line naming the input and the reason
	Warnings []string
	Skipped  bool // Options.Skip said the article is already stored
	// ReadBytes is how many bytes of the input files (as stored, before
	// gunzip; stdin and URLs not counted) had been read when this article
	// was: a progress bar's position that follows the articles done.
	ReadBytes int64
}

// Load streams the articles of inputs through extraction into sink: one
// reader, Options.Workers extraction workers and the caller's goroutine
// calling sink, in input order. Channels are bounded, so memory stays bounded
// whatever the size of the input. A failed input reaches sink as a Result
// with Err and loading goes on. Load returns ctx's error when cancelled, or
// sink's first error.
func Load(ctx context.Context, inputs []string, opts Options, sink func(Result) error) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ext := opts.Extract
	if ext == nil {
		ext = extract.Default
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		item  source.Item
		out   chan Result
		bytes int64
	}
	// The reader goroutine counts the bytes it reads and stamps each item.
	var readBytes int64
	srcOpts := opts.Source
	counted := srcOpts.ReadBytes
	srcOpts.ReadBytes = func(n int) {
		readBytes += int64(n)
		if counted != nil {
			counted(n)
		}
	}
	jobs := make(chan job, workers*2)
	order := make(chan chan Result, workers*4)

	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		readErr <- source.Read(ctx, inputs, srcOpts, func(it source.Item) error {
			if it.Article != nil && it.Article.Published.IsZero() {
				it.Article.Published = opts.Published
			}
			j := job{item: it, out: make(chan Result, 1), bytes: readBytes}
			select {
			case order <- j.out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				r := convert(j.item, ext, opts.Skip)
				r.ReadBytes = j.bytes
				j.out <- r
			}
		}()
	}
	for out := range order {
		var r Result
		select {
		case r = <-out:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := sink(r); err != nil {
			cancel()
			return err
		}
	}
	if err := <-readErr; err != nil {
		return err
	}
	return ctx.Err()
}

// convert extracts one article and builds its quads; a panic in extraction
// becomes the article's error.
func convert(it source.Item, ext extract.Extractor, skip func(quad.IRI, string) bool) (r Result) {
	r = Result{Article: it.Article, Err: it.Err, Warnings: it.Warnings}
	if it.Err != nil || it.Article == nil {
		if r.Err == nil {
			r.Err = fmt.Errorf("no article")
		}
		r.Article = nil
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.Quads = nil
			r.Err = fmt.Errorf("%s: extraction failed: %v", it.Article.Origin, p)
		}
	}()
	version := ext.Version()
	if skip != nil && skip(ArticleIRI(it.Article), contentHash(version, it.Article)) {
		r.Skipped = true
		return r
	}
	doc := extract.ExtractArticle(ext, it.Article.Text, it.Article.Published, it.Article.Dateline)
	if l := doc.Language; l != nil {
		what := "no entities or facts extracted"
		if len(doc.Entities) > 0 {
			what = "names only, no facts extracted"
		}
		r.Warnings = append(r.Warnings, fmt.Sprintf("%s: the text reads as %s (%s), not English: %s", it.Article.Origin, l.Name, l.Code, what))
	}
	r.Quads = quadsOf(it.Article, doc, version)
	return r
}

// Convert extracts one article and returns its quads.
func Convert(art *source.Article) []quad.Quad {
	return Quads(art, extract.ExtractArticle(extract.Default, art.Text, art.Published, art.Dateline))
}
