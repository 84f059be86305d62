package main

import (
	"context"
	"encoding/json"

	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/writer"
	"github.com/newsgraph/newsgraph/ingest"
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
	Resolve        bool   // resolve entities across the store after loading
	ToServer       bool   // send the articles to the newsgraph serve holding the store
	Extractor      string // registered extractor's name
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
	f.BoolVar(&opts.Resolve, "resolve", false, "then make one node per real entity across the whole store (as newsgraph resolve)")
	f.BoolVar(&opts.Force, "force", false, "extract unchanged articles again and replace their quads (after an extractor upgrade)")
	f.BoolVar(&opts.ToServer, "to-server", false, "send the articles to the newsgraph serve that holds the store (it needs --token or --writable)")
	addExtractorFlag(cmd, &opts.Extractor)
	return cmd
}

func runLoad(ctx context.Context, opts loadOptions, inputs []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ext, err := extract.Lookup(opts.Extractor)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if opts.ToServer && opts.Extractor != extract.DefaultName {
		return fmt.Errorf("load --to-server: the server extracts with its own extractor (serve --extractor); --extractor %s does not apply", opts.Extractor)
	}
	// A bolt store held by newsgraph serve has one writer: the server.
	if srv := localServer(opts.Store); srv != nil || opts.ToServer {
		if srv == nil {
			return fmt.Errorf("load --to-server: no newsgraph serve holds store %s (start one with newsgraph serve --dbpath %s --token TOKEN)", opts.Store.DBPath, opts.Store.DBPath)
		}
		if !opts.ToServer {
			return srv.heldMessage()
		}
		sum, err := srv.sendArticles(ctx, opts, inputs, stdin, stderr)
		if err != nil {
			return fmt.Errorf("load --to-server: %w", err)
		}
		return printLoadSummary(sum, opts.JSON, stdout, stderr, 0)
	}
	allNQuads := true
	for _, in := range inputs {
		if !(opts.Format == "nquads" || (opts.Format == "" && loader.IsNQuads(in))) {
			allNQuads = false
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" && opts.Store.DB != store.Memory {
		// Keep the heap near its live size: large batches otherwise let
		// the garbage collector double the process's memory. An import
		// only writes, and most of its garbage is bolt's: with more room
		// the collector runs half as often (a fifth less time). A memory
		// store is the heap itself: under a limit it would outgrow, the
		// collector would run without a pause (a third of the CPU).
		limit, gc := int64(384<<20), 100
		if allNQuads {
			limit, gc = 512<<20, 200
		}
		debug.SetMemoryLimit(limit)
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(gc)
		}
	}
	// A new bolt store is made beside its path and moved there when the
	// load ends: a load killed before leaves no store, not an empty one.
	st, err := store.Open(opts.Store.DB, opts.Store.DBPath, store.Options{NoSync: opts.NoSync, Staged: true})
	if err != nil {
		return err
	}
	defer st.Close()
	if os.Getenv("GOMEMLIMIT") == "" && st.EmptyBolt() {
		// A new store is gathered in memory and written at the end
		// (ingest.Options.Rebuild): what stays live is its values and
		// quads (about 150 MB with the extractor's models for both shared
		// corpora), with little of bolt's garbage. The limit is the one
		// of a load into a store (384 MB): under 256 MB, near that live
		// heap, the collector ran about twice as often and returned pages
		// to the system between cycles, a tenth of the CPU of both
		// corpora end to end with --resolve.
		debug.SetMemoryLimit(384 << 20)
	}

	bar := newLoadBar(opts.Progress, stderr, inputSize(inputs))
	rep := ingest.Reporter{
		// Messages go on stderr without breaking the progress bar.
		Message: func(s string) {
			bar.clear()
			fmt.Fprintln(stderr, s)
		},
		Read: func(read int, ws writer.Stats, failed int) {
			bar.article(read, int(ws.Added), ws.Skipped, failed)
		},
		At:        bar.at,
		ReadBytes: bar.readBytes(),
	}
	sum, err := ingest.Run(ctx, st.QuadStore(), inputs, ingest.Options{
		Format:         opts.Format,
		MaxArticleSize: opts.MaxArticleSize,
		Workers:        opts.Workers,
		BatchQuads:     opts.BatchQuads,
		Force:          opts.Force,
		Resolve:        opts.Resolve,
		Async:          st.Backend != store.Memory,
		Rebuild:        rebuildOf(st),
		Stdin:          stdin,
		NoPrivate:      opts.NoPrivate,
		Extract:        ext,
	}, rep)
	if err != nil {
		// A store error: what is committed stays, the pending batch is
		// dropped; a new store that holds nothing is not created.
		bar.clear()
		if st.Staged() && !st.EmptyBolt() {
			if perr := st.Publish(); perr != nil {
				return fmt.Errorf("load: %w (and %v)", err, perr)
			}
		}
		return fmt.Errorf("load: %w", err)
	}
	if err := st.Publish(); err != nil {
		bar.clear()
		return fmt.Errorf("load: %w", err)
	}
	bar.finish(stderr, !sum.Interrupted)
	return printLoadSummary(sum, opts.JSON, stdout, stderr, sum.Read)
}

// rebuildOf returns st.Rebuild for a bolt store (a new one is then written
// in one go, see ingest.Options.Rebuild), nil for other stores.
func rebuildOf(st *store.Store) func(func(*bolt.DB, string) error) (graph.QuadStore, error) {
	if st.Backend != store.Bolt {
		return nil
	}
	return st.Rebuild
}

// printLoadSummary prints the summary of a load and returns errFailedInputs
// when it was interrupted or some inputs failed.
func printLoadSummary(sum ingest.Summary, asJSON bool, stdout, stderr io.Writer, read int) error {
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		if sum.Reextracted > 0 {
			fmt.Fprintf(stderr, "re-extracting %d articles made by an older newsgraph (extractor %s now)\n", sum.Reextracted, sum.Extractor)
		}
		fmt.Fprintln(stdout, sum.Line())
		if sum.Resolved != nil {
			fmt.Fprintln(stdout, sum.Resolved.Line())
		}
	}
	if sum.Interrupted {
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
