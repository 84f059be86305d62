package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/audit"
	"github.com/newsgraph/newsgraph/loader/extract"
)

// runAuditNodes draws entity nodes of one type for a person to judge
// (audit --kind node --type T).
func runAuditNodes(ctx context.Context, opts auditOptions, qs graph.QuadStore, stdout, stderr io.Writer) error {
	rows, err := audit.SampleNodes(ctx, qs, opts.Type, opts.N, opts.Seed)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	header := []string{
		fmt.Sprintf("newsgraph audit --kind node --type %s --n %d --seed %d: %d nodes drawn from %s (extractor %s)", opts.Type, opts.N, opts.Seed, len(rows), filepath.Base(opts.Store.DBPath), extract.Version()),
		"verdict: right when the node is one real entity of its type with a right name span, else wrong",
	}
	if opts.Out == "" {
		return audit.WriteNodes(stdout, header, rows)
	}
	if err := writeEvalFile(opts.Out, func(w io.Writer) error { return audit.WriteNodes(w, header, rows) }); err != nil {
		return fmt.Errorf("audit: write %s: %w", opts.Out, err)
	}
	fmt.Fprintf(stderr, "wrote %d nodes to %s\n", len(rows), opts.Out)
	return nil
}
