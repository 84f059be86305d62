package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
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
	NoPrivate      bool
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
	f.BoolVar(&opts.NoPrivate, "no-private", false, "refuse URLs, and redirects, to loopback, private and link-local addresses")
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
	bar := newLoadBar(opts.Progress, stderr, inputSize(inputs))
	var read int
	// message prints a line on stderr without breaking the progress bar.
	message := func(s string) {
		bar.clear()
		fmt.Fprintln(stderr, s)
	}
	tick := func() {
		read++
		if bar != nil {
			ws := w.Stats()
			bar.article(read, int(ws.Added), ws.Skipped, sum.Failed)
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
			Source:  source.Options{Format: opts.Format, MaxArticleSize: opts.MaxArticleSize, Stdin: stdin, NoPrivate: opts.NoPrivate},
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
			bar.at(r.ReadBytes)
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
		runErr = loader.ReadNQuadsCounting(ctx, in, stdin, int(opts.MaxArticleSize), bar.readBytes(), func(g loader.Group) error {
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
		bar.clear()
		return fmt.Errorf("load: %w", runErr)
	}
	// Commit the articles read so far: after Ctrl-C this is the current batch.
	if err := w.Flush(context.Background()); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	bar.finish(stderr, !interrupted)
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

// loadBar shows a load's progress on stderr: a bar by bytes read with
// percentage and ETA when the inputs' size is known (files and folders),
// else a spinner with the count of articles (stdin, URLs).
type loadBar struct {
	bar   *progressbar.ProgressBar
	bytes bool // the bar counts bytes
	start time.Time
}

// newLoadBar returns the progress display on stderr, or nil when there is
// no terminal (or mode says never). total is the inputs' size in bytes, or
// -1 when unknown.
func newLoadBar(mode string, stderr io.Writer, total int64) *loadBar {
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
	common := []progressbar.Option{
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionSetElapsedTime(true),
	}
	if total > 0 {
		return &loadBar{bytes: true, start: time.Now(), bar: progressbar.NewOptions64(total, append(common,
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionShowElapsedTimeOnFinish(),
		)...)}
	}
	return &loadBar{start: time.Now(), bar: progressbar.NewOptions(-1, append(common,
		progressbar.OptionSpinnerType(14),
	)...)}
}

// at moves a bar by bytes to position n (bytes of input read by the
// article just done).
func (b *loadBar) at(n int64) {
	if b != nil && b.bytes {
		b.bar.Set64(n)
	}
}

// readBytes advances a bar by bytes as they are read; nil when the bar does
// not count bytes.
func (b *loadBar) readBytes() func(int) {
	if b == nil || !b.bytes {
		return nil
	}
	return func(n int) { b.bar.Add(n) }
}

// article updates the description after an article: counts that are still
// zero are left out, so the display never starts with "0 quads".
func (b *loadBar) article(read, quads, skipped, failed int) {
	if b == nil {
		return
	}
	parts := []string{count(read, "article")}
	if secs := time.Since(b.start).Seconds(); secs >= 1 {
		parts[0] += fmt.Sprintf(" (%.0f/s)", float64(read)/secs)
	}
	if quads > 0 {
		parts = append(parts, count(quads, "quad"))
	}
	if skipped > 0 {
		parts = append(parts, thousands(skipped)+" unchanged")
	}
	if failed > 0 {
		parts = append(parts, thousands(failed)+" failed")
	}
	b.bar.Describe(strings.Join(parts, ", "))
	if !b.bytes {
		b.bar.Add(1)
	}
}

// clear wipes the display so a message can be printed.
func (b *loadBar) clear() {
	if b != nil {
		b.bar.Clear()
	}
}

// finish draws the bar complete and ends its line; after an interruption it
// leaves the bar where it stopped.
func (b *loadBar) finish(stderr io.Writer, complete bool) {
	if b == nil {
		return
	}
	if complete {
		b.bar.Finish()
	} else {
		b.bar.Exit()
	}
	fmt.Fprintln(stderr)
}

// inputSize is the size in bytes of the files the inputs name (folders
// walked, hidden entries skipped as the reader skips them), or -1 when an
// input's size is unknown (stdin, URLs) or cannot be read.
func inputSize(inputs []string) int64 {
	var total int64
	for _, in := range inputs {
		if in == "-" || strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
			return -1
		}
		st, err := os.Stat(in)
		if err != nil {
			return -1
		}
		if !st.IsDir() {
			total += st.Size()
			continue
		}
		err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != in && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				total += fi.Size()
			}
			return nil
		})
		if err != nil {
			return -1
		}
	}
	return total
}
