package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

// checkOptions are the flags of newsgraph check.
type checkOptions struct {
	Store storeOptions
}

func newCheckCmd() *cobra.Command {
	var opts checkOptions
	cmd := &cobra.Command{
		Use:     "check",
		Aliases: []string{"verify"},
		Short:   "Check that a store is sound: its file, its pages and every quad",
		Long: `check opens the store read-only and reads all of it: for bolt, the file's header and size
(before it is mapped: a truncated or empty file is reported, not a crash), bolt's consistency
check of every page, bucket and the free list, then every quad and its values, and compares
the count with the store's own. It prints "ok" and the number of quads, or each problem found
(at most 20) and exits with status 1.`,
		Example: `  newsgraph check
  newsgraph check --dbpath /data/news.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			return runCheck(ctx, opts, cmd.OutOrStdout())
		},
	}
	opts.Store.addFlags(cmd)
	return cmd
}

func runCheck(ctx context.Context, opts checkOptions, stdout io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	st, err := openExistingStore(opts.Store)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := st.Check(ctx)
	if err != nil {
		return fmt.Errorf("check %s: %w", st.Path, err)
	}
	if len(rep.Problems) > 0 {
		for _, p := range rep.Problems {
			fmt.Fprintf(stdout, "%s: %s\n", st.Path, p)
		}
		return fmt.Errorf("check %s: the store is damaged (%d problems shown, %d quads read)", st.Path, len(rep.Problems), rep.Quads)
	}
	fmt.Fprintf(stdout, "%s: ok, %d quads\n", st.Path, rep.Quads)
	return nil
}
