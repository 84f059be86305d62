package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/quadtext"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// extractOptions are the flags of newsgraph extract.
type extractOptions struct {
	Format         string // output: nquads or jsonl
	InputFormat    string // input: "" (auto), text, html, jsonl, feed
	MaxArticleSize int64
	NoPrivate      bool
	Workers        int
	Extractor      string // registered extractor's name
	Published      string // publication date of inputs that give none ("" = none)
}

func newExtractCmd() *cobra.Command {
	var opts extractOptions
	cmd := &cobra.Command{
		Use:   "extract [PATH|URL|-]...",
		Short: "Print the quads of articles without storing them",
		Long: `extract reads articles like load does and prints their quads to standard output
instead of storing them: N-Quads (--format nquads, the default) or one JSON object
per quad (--format jsonl, keys subject, predicate, object, label).

Inputs that fail are reported on standard error, one line each; the exit status
is 1 when any input failed.`,
		Example: "  newsgraph extract --format nquads article.txt > article.nq",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), opts, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "nquads", "output format: nquads or jsonl")
	f.StringVar(&opts.InputFormat, "input-format", "", "input format: text, html, jsonl or feed (default: by extension and content)")
	f.Int64Var(&opts.MaxArticleSize, "max-article-size", source.DefaultMaxArticleSize, "largest article (and HTML page or feed) read, in bytes")
	f.BoolVar(&opts.NoPrivate, "no-private", false, "refuse URLs, and redirects, to loopback, private and link-local addresses")
	f.IntVar(&opts.Workers, "workers", 0, "extraction workers (default: number of CPUs)")
	f.StringVar(&opts.Published, "published", "", "publication date of articles whose input gives none (a text file), e.g. 2022-04-21: relative dates resolve against it")
	addExtractorFlag(cmd, &opts.Extractor)
	return cmd
}

// quadPrinter writes quads in one output format.
type quadPrinter interface {
	WriteQuads([]quad.Quad) error
	Close() error
}

// newQuadPrinter returns the writer of an output format: N-Quads, or JSON
// Lines with each term as written in N-Quads.
func newQuadPrinter(format string, w io.Writer) (quadPrinter, error) {
	switch format {
	case "nquads", "nq":
		return quadtext.NewNQuads(w), nil
	case "jsonl", "json":
		return quadtext.NewJSONL(w), nil
	}
	return nil, fmt.Errorf("unknown output format %q (want nquads or jsonl)", format)
}

func runExtract(ctx context.Context, opts extractOptions, inputs []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	p, err := newQuadPrinter(opts.Format, stdout)
	if err != nil {
		return err
	}
	ext, err := extract.Lookup(opts.Extractor)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	var published time.Time
	if opts.Published != "" {
		var ok bool
		if published, ok = source.ParseDate(opts.Published); !ok {
			return fmt.Errorf("extract: --published %q is not a date", opts.Published)
		}
	}
	extracted := extractGC()
	failed := 0
	lopts := loader.Options{
		Published: published,
		Extract:   ext,
		Workers:   opts.Workers,
		Source:    source.Options{Format: opts.InputFormat, MaxArticleSize: opts.MaxArticleSize, Stdin: stdin, NoPrivate: opts.NoPrivate},
	}
	err = loader.Load(ctx, inputs, lopts, func(r loader.Result) error {
		extracted()
		for _, w := range r.Warnings {
			fmt.Fprintln(stderr, "warning:", w)
		}
		if r.Err != nil {
			failed++
			fmt.Fprintln(stderr, r.Err)
			return nil
		}
		if err := p.WriteQuads(r.Quads); err != nil {
			return fmt.Errorf("write quads: %w", err)
		}
		return nil
	})
	if cerr := p.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write quads: %w", cerr)
	}
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "%d input(s) failed\n", failed)
		return errFailedInputs
	}
	return nil
}

// extractGC sets the collector of an extraction, unless GOGC or GOMEMLIMIT
// is set, and returns the function to call when an article has been
// extracted. Until the first one is, the collector waits for a heap of
// warmUpHeap: the models load with the first article, about 30 MB that stay
// live, and a collector at its usual pace marks them two or three times as
// they grow. Then the heap may grow to extractGCPercent.
func extractGC() (extracted func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(warmUpHeap)
	warm := false
	return func() {
		if warm {
			return
		}
		warm = true
		debug.SetGCPercent(extractGCPercent)
		debug.SetMemoryLimit(math.MaxInt64)
	}
}

// warmUpHeap is the heap at which the collector runs before the first
// article is extracted: above the models and the garbage of loading them,
// far under what a machine that extracts has.
const warmUpHeap = 256 << 20

// extractGCPercent lets the heap of an extraction grow to five times its
// live size (GOGC 400): what stays live is the models (about 30 MB for one
// worker), and each article's garbage dies with it, so each collection
// marks the models again for little it can free. At the default 100 the
// collector ran 22 times on the BBC corpus, at 200 14 times (3.4% of the
// extraction's instructions), at 400 half as often (1.6% fewer
// instructions), for a peak RSS of about 200 MB instead of 134 MB with two
// workers.
const extractGCPercent = 400
