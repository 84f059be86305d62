package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/audit"
)

func newAuditFillCmd() *cobra.Command {
	var store storeOptions
	cmd := &cobra.Command{
		Use:   "fill FILE.tsv...",
		Short: "Record in older samples the IRIs their articles' extraction gave each fact's nodes",
		Long: `fill rewrites samples drawn from a resolved store before audit recorded the
subject_extracted and object_extracted columns: for each row's subject and object
node, it looks up in the store (--dbpath, resolved) the IRIs the row's article
gave the node before resolution moved it (ng:mergedFrom), so that "newsgraph
audit check", which extracts each article alone, finds the fact under the name
the article gives it. Nodes the store does not hold or did not move are left as
they are; verdicts and comments are kept.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAuditFill(cmd.Context(), store, args, cmd.ErrOrStderr())
		},
	}
	store.addFlags(cmd)
	return cmd
}

func runAuditFill(ctx context.Context, opts storeOptions, files []string, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	st, err := openExistingStore(opts)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, path := range files {
		header, err := audit.Header(path)
		if err != nil {
			return fmt.Errorf("audit fill: %w", err)
		}
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("audit fill: %w", err)
		}
		rows, err := audit.Read(f, path)
		f.Close()
		if err != nil {
			return fmt.Errorf("audit fill: %w", err)
		}
		n, err := audit.Fill(ctx, st.QuadStore(), rows)
		if err != nil {
			return fmt.Errorf("audit fill %s: %w", path, err)
		}
		if n > 0 {
			header = append(header, fmt.Sprintf("newsgraph audit fill: the extracted IRIs of %d rows from %s", n, filepath.Base(opts.DBPath)))
		}
		if err := writeEvalFile(path, func(w io.Writer) error { return audit.Write(w, header, rows) }); err != nil {
			return fmt.Errorf("audit fill: write %s: %w", path, err)
		}
		fmt.Fprintf(stderr, "%s: %d of %d rows filled\n", path, n, len(rows))
	}
	return nil
}
