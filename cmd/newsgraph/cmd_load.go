package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/writer"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// loadOptions are the flags of newsgraph load.
type loadOptions struct {
	Store          storeOptions
	Format         string // input format: "" (auto), text, html, jsonl, feed, nquads
	MaxArticleSize int64
	Workers        int
	JSON           bool
	BatchQuads     int
	NoSync         bool
	Progress       string // auto, always, never
	Force          bool   // re-extract and replace unchanged articles too
}

func newLoadCmd() *cobra.Command {
	var opts loadOptions
	cmd := &cobra.Command{
		Use:   "load [PATH|URL|-]...",
		Short: "Read articles and store their quads in the graph",
		Long: `load reads articles (text and page scrapes, HTML, JSON Lines, RSS/Atom feeds, folders,
standard input "-", http(s) URLs), finds their people, organisations, places, events and
facts, and writes the quads into the store, each article whole in one transaction.

Loading an unchanged article again adds nothing; a changed version of an article (same
URL or id) replaces all its old quads. Each article records the version of the extractor
that made it: articles stored by an older newsgraph are extracted again and replaced,
and load says how many. N-Quads written by "newsgraph extract" (.nq, .nq.gz,
or --format nquads) are imported as they are, article by article.

Each input that fails is reported on standard error, one line each, and the others
still load; the exit status is 1 when any input failed. Ctrl-C stops after the current
batch and reports how far the load got.`,
		Example: `  newsgraph load testdata/articles
  newsgraph load --db postgres --dbpath postgres://localhost/newsgraph articles.jsonl
  newsgraph extract --format nquads a.jsonl > a.nq && newsgraph load a.nq`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runLoad(ctx, opts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.Store.addFlags(cmd)
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "", "input format: text, html, jsonl, feed or nquads (default: by extension and content)")
	f.Int64Var(&opts.MaxArticleSize, "max-article-size", source.DefaultMaxArticleSize, "largest article (and HTML page or feed) read, in bytes")
	f.IntVar(&opts.Workers, "workers", 0, "extraction workers (default: number of CPUs)")
	f.BoolVar(&opts.JSON, "json", false, "print the summary as JSON")
	f.IntVar(&opts.BatchQuads, "batch", 0, "quads per transaction (default 100000 when importing only N-Quads, else 50000; whole articles are never split)")
	f.BoolVar(&opts.NoSync, "nosync", false, "bolt: skip fsync after each transaction (faster; a power cut may lose the last batches, a crash of newsgraph does not)")
	f.StringVar(&opts.Progress, "progress", "auto", "progress bar: auto (on a terminal), always or never")
	f.BoolVar(&opts.Force, "force", false, "extract unchanged articles again and replace their quads (after an extractor upgrade)")
	return cmd
}

// loadSummary is the result of a load, printed as one line or as JSON.
type loadSummary struct {
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
}

func (s loadSummary) line() string {
	return fmt.Sprintf("loaded %d articles (%d skipped, %d failed), %d quads in %.1fs",
		s.Articles, s.Skipped, s.Failed, s.Quads, s.Seconds)
}

func runLoad(ctx context.Context, opts loadOptions, inputs []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	start := time.Now()
	var articleInputs, nqInputs []string
	for _, in := range inputs {
		if opts.Format == "nquads" || (opts.Format == "" && loader.IsNQuads(in)) {
			nqInputs = append(nqInputs, in)
		} else {
			articleInputs = append(articleInputs, in)
		}
	}
	if opts.BatchQuads <= 0 {
		// Imports are all writing: larger transactions write faster. When
		// extracting, the workers need the memory and the writer keeps up
		// with smaller ones.
		opts.BatchQuads = 50_000
		if len(articleInputs) == 0 {
			opts.BatchQuads = 100_000
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// Keep the heap near its live size: large batches otherwise let
		// the garbage collector double the process's memory. An import
		// only writes, and most of its garbage is bolt's: with more room
		// the collector runs half as often (a fifth less time).
		limit, gc := int64(384<<20), 100
		if len(articleInputs) == 0 {
			limit, gc = 512<<20, 200
		}
		debug.SetMemoryLimit(limit)
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(gc)
		}
	}
	st, err := store.Open(opts.Store.DB, opts.Store.DBPath, store.Options{NoSync: opts.NoSync})
	if err != nil {
		return err
	}
	defer st.Close()

	w := writer.New(st.QuadStore(), writer.Options{BatchQuads: opts.BatchQuads, Async: st.Backend != store.Memory})

	var sum loadSummary
	var older atomic.Int64 // stored articles an older extractor made, extracted again
	bar := newLoadBar(opts.Progress, stderr)
	var read int
	// message prints a line on stderr without breaking the progress bar.
	message := func(s string) {
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintln(stderr, s)
	}
	tick := func() {
		read++
		if bar != nil {
			ws := w.Stats()
			bar.Describe(fmt.Sprintf("%d quads, %d skipped, %d errors", ws.Added, ws.Skipped, sum.Failed))
			bar.Add(1)
		}
	}
	add := func(a writer.Article) error {
		if err := w.Add(ctx, a); err != nil {
			return err
		}
		return nil
	}

	var runErr error
	if len(articleInputs) > 0 {
		lopts := loader.Options{
			Workers: opts.Workers,
			Source:  source.Options{Format: opts.Format, MaxArticleSize: opts.MaxArticleSize, Stdin: stdin},
		}
		qs := st.QuadStore()
		lopts.Skip = func(iri quad.IRI, hash string) bool {
			h, err := writer.StoredHash(ctx, qs, iri)
			if err != nil || h == "" {
				return false
			}
			if h == hash && !opts.Force {
				return true
			}
			// Stored, and changed or forced: count those an older
			// extractor made, to say so.
			if v, err := writer.StoredVersion(ctx, qs, iri); err == nil && v != extract.Version() {
				older.Add(1)
			}
			return false
		}
		runErr = loader.Load(ctx, articleInputs, lopts, func(r loader.Result) error {
			for _, wm := range r.Warnings {
				message("warning: " + wm)
			}
			if r.Err != nil {
				sum.Failed++
				message(r.Err.Error())
				tick()
				return nil
			}
			sum.LastInput = r.Article.Origin
			tick()
			if r.Skipped {
				w.Skip()
				return nil
			}
			a := writer.FromQuads(r.Quads)
			if opts.Force {
				a.Hash = ""
			}
			return add(a)
		})
	}
	for _, in := range nqInputs {
		if runErr != nil {
			break
		}
		runErr = loader.ReadNQuads(ctx, in, stdin, int(opts.MaxArticleSize), func(g loader.Group) error {
			if g.Err != nil {
				sum.Failed++
				message(g.Err.Error())
				tick()
				return nil
			}
			a := writer.FromQuads(g.Quads)
			sum.LastInput = string(a.IRI)
			tick()
			return add(a)
		})
	}
	interrupted := errors.Is(runErr, context.Canceled) || errors.Is(ctx.Err(), context.Canceled)
	if runErr != nil && !interrupted {
		// A store error: what is committed stays, the pending batch is dropped.
		if bar != nil {
			bar.Clear()
		}
		return fmt.Errorf("load: %w", runErr)
	}
	// Commit the articles read so far: after Ctrl-C this is the current batch.
	if err := w.Flush(context.Background()); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	ws := w.Stats()
	sum.Articles, sum.New, sum.Replaced, sum.Skipped = ws.Articles, ws.New, ws.Replaced, ws.Skipped
	sum.Quads, sum.QuadsDeleted = ws.Added, ws.Deleted
	sum.Seconds = time.Since(start).Seconds()
	sum.Reextracted = int(older.Load())
	sum.Extractor = extract.Version()
	sum.Interrupted = interrupted
	if !interrupted {
		sum.LastInput = ""
	}
	if opts.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		if sum.Reextracted > 0 {
			fmt.Fprintf(stderr, "re-extracting %d articles made by an older newsgraph (extractor %s now)\n", sum.Reextracted, sum.Extractor)
		}
		fmt.Fprintln(stdout, sum.line())
	}
	if interrupted {
		fmt.Fprintf(stderr, "interrupted: stopped after %d articles read; the last one read was %s; every article counted above is stored whole. Run the same load again to finish it.\n", read, sum.LastInput)
		return errFailedInputs
	}
	if sum.Failed > 0 {
		return errFailedInputs
	}
	return nil
}

// newLoadBar returns a progress bar on stderr, or nil when there is no
// terminal (or mode says never).
func newLoadBar(mode string, stderr io.Writer) *progressbar.ProgressBar {
	show := false
	switch mode {
	case "always":
		show = true
	case "never":
	default:
		if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			show = true
		}
	}
	if !show {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetElapsedTime(true),
	)
}
