package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/server"
)

// queryOptions are the flags of newsgraph query.
type queryOptions struct {
	Store   storeOptions
	Format  string
	Timeout time.Duration
	MaxRows int
	// MaxBytes and MaxMemory bound the answer's size and the query's memory.
	MaxBytes  int64
	MaxMemory int64
	Expr      string            // -e: raw Gizmo source
	File      string            // -f: raw Gizmo file
	Params    map[string]string // -p name=value
	// Shortcuts for common optional parameters; set only when given.
	Named map[string]*string
	Gizmo bool // print the canned query as a script for Cayley's editor
}

// queryShortcuts are optional parameters that also have their own flag.
var queryShortcuts = []struct{ name, usage string }{
	{"from", "timeline: earliest date (YYYY, YYYY-MM or YYYY-MM-DD)"},
	{"to", "timeline: latest date (YYYY, YYYY-MM or YYYY-MM-DD)"},
	{"depth", "path: the longest chain of facts to look for"},
	{"limit", "co-mentioned, top, search, neighbours: how many to list"},
	{"type", "top: person, organization, place or event"},
}

func newQueryCmd() *cobra.Command {
	opts := queryOptions{Named: map[string]*string{}}
	cmd := &cobra.Command{
		Use:   "query (list | NAME ARG... | -e GIZMO | -f FILE.js)",
		Short: "Run a canned query, or raw Gizmo, against the graph",
		Long: `query runs one of newsgraph's canned Gizmo queries and prints its rows as a table,
CSV or JSON. "newsgraph query list" shows the queries and their parameters; the
required parameters are given in order as arguments, the others with their flag
(--from, --to, --depth, --limit, --type) or as -p NAME=VALUE.

Names are matched against names and alternate names ignoring case, and an IRI can
stand for a name. A name that fits several entities is taken for the one most
mentioned and with most facts (the exact spelling and the type the query wants
count too); a note on stderr names it and lists the others with their IRIs.

-e and -f run raw Gizmo (https://cayley.gitbook.io/cayley/query-languages/gizmo);
-p values are visible to it as the object "params". Every query stops at --timeout
and returns at most --max-rows rows and --max-bytes bytes, with a note when it was cut. A query
whose memory grows past --max-memory is stopped; a value nested more than 64 levels deep is refused.`,
		Example: `  newsgraph query list
  newsgraph query who-met "Wendy Sherman"
  newsgraph query timeline Geneva --from 2022-01 --format csv
  newsgraph query path "Wendy Sherman" "Joe Biden" --depth 5
  newsgraph query evidence Ryabkov met Sherman --format json
  newsgraph query -e 'g.V().has("<http://schema.org/name>", "Geneva").all()'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			for name, v := range opts.Named {
				if !cmd.Flags().Changed(name) {
					delete(opts.Named, name)
					continue
				}
				if opts.Params == nil {
					opts.Params = map[string]string{}
				}
				opts.Params[name] = *v
			}
			return runQuery(cmd.Context(), opts, args, cmd.OutOrStdout())
		},
	}
	opts.Store.addFlags(cmd)
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "table", "output format: "+strings.Join(queries.Formats, ", "))
	f.DurationVar(&opts.Timeout, "timeout", queries.DefaultTimeout, "stop the query after this long")
	f.IntVar(&opts.MaxRows, "max-rows", queries.DefaultLimit, "return at most this many rows")
	f.Int64Var(&opts.MaxBytes, "max-bytes", queries.DefaultMaxBytes, "return at most this many bytes (as JSON)")
	f.Int64Var(&opts.MaxMemory, "max-memory", queries.DefaultMaxMemory, "stop the query when the heap grows by more than this many bytes")
	f.StringVarP(&opts.Expr, "expr", "e", "", "run this raw Gizmo query")
	f.StringVarP(&opts.File, "file", "f", "", "run the raw Gizmo query in this file")
	f.StringToStringVarP(&opts.Params, "param", "p", nil, "a parameter as NAME=VALUE (repeatable)")
	f.BoolVar(&opts.Gizmo, "gizmo", false, "print the canned query as a self-contained Gizmo script for the query editor of newsgraph serve, instead of running it")
	for _, s := range queryShortcuts {
		opts.Named[s.name] = f.String(s.name, "", s.usage)
	}
	cmd.ValidArgsFunction = completeQueryArgs(&opts)
	_ = cmd.RegisterFlagCompletionFunc("type", func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return withPrefix(entityTypes, toComplete), cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return queries.Formats, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func runQuery(ctx context.Context, opts queryOptions, args []string, stdout io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if _, err := queryFormat(opts.Format); err != nil {
		return err
	}
	raw := opts.Expr != "" || opts.File != ""
	if !raw && (len(args) == 0 || args[0] == "list") {
		if len(args) > 1 {
			return fmt.Errorf("query list takes no arguments")
		}
		return writeQueryList(stdout, opts.Format)
	}
	var (
		src  string
		name string
		q    *queries.Query
	)
	params := map[string]string{}
	switch {
	case opts.Expr != "" && opts.File != "":
		return errors.New("query: give -e or -f, not both")
	case raw:
		if len(args) > 0 {
			return fmt.Errorf("query: raw Gizmo takes no arguments (got %q); pass values with -p NAME=VALUE", args[0])
		}
		src = opts.Expr
		if opts.File != "" {
			data, err := os.ReadFile(opts.File)
			if err != nil {
				return fmt.Errorf("query: %w", err)
			}
			src = string(data)
		}
		for k, v := range opts.Params {
			params[k] = v
		}
	default:
		name = args[0]
		var ok bool
		q, ok = queries.Get(name)
		if !ok {
			return fmt.Errorf("query: no query named %q; the queries are: %s", name, strings.Join(queries.Names(), ", "))
		}
		pos := q.Positional()
		if len(args)-1 > len(pos) {
			return fmt.Errorf("query %s: too many arguments: %s", name, usageOf(q))
		}
		for i, a := range args[1:] {
			params[pos[i].Name] = a
		}
		for k, v := range opts.Params {
			if _, ok := q.Param(k); !ok {
				return fmt.Errorf("query %s has no parameter %q: %s", name, k, usageOf(q))
			}
			params[k] = v
		}
		for _, p := range pos {
			if params[p.Name] == "" {
				return fmt.Errorf("query %s: missing %s: %s", name, strings.ToUpper(p.Name), usageOf(q))
			}
		}
	}

	if opts.Gizmo {
		if raw {
			return errors.New("query: --gizmo prints a canned query; -e and -f are Gizmo already")
		}
		script, err := queries.Script(name, params)
		if err != nil {
			return err
		}
		_, err = io.WriteString(stdout, script)
		return err
	}

	var res *queries.Result
	if srv := localServer(opts.Store); srv != nil {
		// The store is held by newsgraph serve: ask it.
		req := server.RunRequest{Params: params, Timeout: opts.Timeout.String(), MaxRows: opts.MaxRows}
		if raw {
			req.Gizmo = src
		} else {
			req.Query = name
		}
		res = &queries.Result{}
		if err := srv.call(ctx, "POST", "/api/run", req, res); err != nil {
			return err
		}
	} else {
		st, err := openExistingStore(opts.Store)
		if err != nil {
			return err
		}
		defer st.Close()
		ropts := queries.Options{Timeout: opts.Timeout, Limit: opts.MaxRows, MaxBytes: opts.MaxBytes, MaxMemory: opts.MaxMemory}
		if raw {
			res, err = queries.RunRaw(ctx, st.QuadStore(), src, params, ropts)
		} else {
			res, err = queries.Run(ctx, st.QuadStore(), name, params, ropts)
		}
		if err != nil {
			return err
		}
	}
	if err := queries.Write(stdout, res, opts.Format); err != nil {
		return err
	}
	for _, r := range res.Resolved {
		if note := r.Note(5); note != "" {
			fmt.Fprintln(os.Stderr, "newsgraph: note:", note)
		}
	}
	if res.Truncated && opts.Format != "table" {
		fmt.Fprintln(os.Stderr, "newsgraph: note:", res.Notice)
	}
	return nil
}

// openExistingStore opens the store, refusing to create an empty bolt store
// where the user probably mistyped the path.
func openExistingStore(o storeOptions) (*store.Store, error) {
	return store.Open(o.DB, o.DBPath, store.Options{ReadOnly: true})
}

func queryFormat(f string) (string, error) {
	for _, x := range queries.Formats {
		if f == x {
			return f, nil
		}
	}
	return "", fmt.Errorf("query: unknown --format %q (choose one of %s)", f, strings.Join(queries.Formats, ", "))
}

// usageOf is the one-line usage of a canned query.
func usageOf(q *queries.Query) string {
	var b strings.Builder
	b.WriteString("newsgraph query " + q.Name)
	for _, p := range q.Params {
		if p.Required {
			b.WriteString(" " + strings.ToUpper(p.Name))
		}
	}
	for _, p := range q.Params {
		if !p.Required {
			b.WriteString(" [--" + p.Name + " " + strings.ToUpper(p.Name) + "]")
		}
	}
	return b.String()
}

func writeQueryList(w io.Writer, format string) error {
	list := queries.List()
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	case "csv":
		res := &queries.Result{Columns: []string{"name", "usage", "description"}}
		for _, q := range list {
			res.Rows = append(res.Rows, map[string]any{"name": q.Name, "usage": usageOf(q), "description": q.Description})
		}
		return queries.WriteCSV(w, res)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, q := range list {
		fmt.Fprintf(tw, "%s\t%s\n", q.Name, q.Description)
		fmt.Fprintf(tw, "\t  %s\n", usageOf(q))
		params := append([]queries.Param(nil), q.Params...)
		sort.SliceStable(params, func(i, j int) bool { return params[i].Required && !params[j].Required })
		for _, p := range params {
			def := ""
			if p.Default != "" {
				def = " (default " + p.Default + ")"
			}
			fmt.Fprintf(tw, "\t    %s: %s%s\n", p.Name, p.Description, def)
		}
	}
	return tw.Flush()
}
