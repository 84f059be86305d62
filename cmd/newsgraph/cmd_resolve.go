package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/resolve"
	"github.com/newsgraph/newsgraph/graph/store"
)

// resolveOptions are the flags of newsgraph resolve.
type resolveOptions struct {
	Store   storeOptions
	JSON    bool
	DryRun  bool
	Explain bool
}

func newResolveCmd() *cobra.Command {
	var opts resolveOptions
	cmd := &cobra.Command{
		Use:   "resolve",
		Short: "Make one node per real entity across the store (load does it when given --resolve)",
		Long: `resolve runs the store's entity resolution (package graph/resolve), which load runs after
its load when given --resolve (serve does not resolve what it ingests): one node per real entity
across articles (spelling and legal-suffix variants, acronyms and their expansions, surnames,
British and American spellings), its type voted by the whole store. Each merge is recorded on the node (ng:mergedFrom, ng:mergeRule,
labelled with the article): "newsgraph query merges NAME" lists them. Running it again
changes nothing; use it on a store loaded by an older newsgraph.`,
		Example: `  newsgraph resolve --dbpath news.db
  newsgraph query merges "Securities and Exchange Commission"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			return runResolve(ctx, opts, cmd.OutOrStdout())
		},
	}
	opts.Store.addFlags(cmd)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the summary as JSON")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "say what would change, and change nothing")
	cmd.Flags().BoolVar(&opts.Explain, "explain", false, "print each group that moves: node, article, new node and rule")
	return cmd
}

func runResolve(ctx context.Context, opts resolveOptions, stdout io.Writer) error {
	st, err := store.Open(opts.Store.DB, opts.Store.DBPath, store.Options{ReadOnly: opts.DryRun})
	if err != nil {
		return err
	}
	defer st.Close()
	ropts := resolve.Options{DryRun: opts.DryRun}
	if opts.Explain {
		ropts.Moved = func(node, article, target quad.IRI, rule string) {
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", node, article, target, rule)
		}
	}
	sum, err := resolve.RunWith(ctx, st.QuadStore(), ropts)
	if err != nil {
		return err
	}
	if opts.JSON {
		return json.NewEncoder(stdout).Encode(sum)
	}
	if opts.DryRun {
		fmt.Fprintln(stdout, sum.Line()+"; a dry run: nothing written")
		return nil
	}
	fmt.Fprintln(stdout, sum.Line())
	return nil
}
