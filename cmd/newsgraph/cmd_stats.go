package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/store"
)

// statsOptions are the flags of newsgraph stats.
type statsOptions struct {
	Store storeOptions
	JSON  bool
}

func newStatsCmd() *cobra.Command {
	var opts statsOptions
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count articles, sentences, entities by type, events, facts and quads",
		Long: `stats counts what the store holds: articles, sentences, distinct entities by type
(Person, Organization, Place and its subclasses Country and City, Event, ...), events,
fact quads (everything said about an entity beyond its type and names), all quads, and
the articles by extractor version.
--json prints the counts as one object with keys articles, sentences, entities,
entities_by_type, events, facts, quads and extractor_versions (articles by the version of
the extractor that made them; "none" for articles stored before versions were recorded).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStats(cmd.Context(), opts, cmd.OutOrStdout())
		},
	}
	opts.Store.addFlags(cmd)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the counts as JSON")
	return cmd
}

func runStats(ctx context.Context, opts statsOptions, stdout io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	var c store.Counts
	if srv := localServer(opts.Store); srv != nil {
		// The store is held by newsgraph serve: ask it.
		if err := srv.call(ctx, "GET", "/api/stats", nil, &c); err != nil {
			return err
		}
	} else {
		st, err := openExistingStore(opts.Store)
		if err != nil {
			return err
		}
		defer st.Close()
		if c, err = st.Count(ctx); err != nil {
			return fmt.Errorf("stats: %w", err)
		}
	}
	if opts.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(c)
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	row := func(name string, n int64) { fmt.Fprintf(tw, "%s\t%d\n", name, n) }
	row("articles", int64(c.Articles))
	row("sentences", int64(c.Sentences))
	row("entities", int64(c.Entities))
	types := make([]string, 0, len(c.ByType))
	for t := range c.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		row("  "+t, int64(c.ByType[t]))
	}
	row("events", int64(c.Events))
	row("facts", int64(c.Facts))
	row("quads", c.Quads)
	versions := make([]string, 0, len(c.Versions))
	for v := range c.Versions {
		versions = append(versions, v)
	}
	sort.Strings(versions)
	for i, v := range versions {
		name := ""
		if i == 0 {
			name = "extractor versions"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", name, c.Versions[v], v)
	}
	return tw.Flush()
}
