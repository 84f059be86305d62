package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/queries"
)

// exportOptions are the flags of newsgraph export.
type exportOptions struct {
	Store        storeOptions
	Format       string
	Output       string
	Input        string // read quads from this RDF file ("-": stdin) instead of the store
	Around       []string
	Depth        int
	Types        []string
	Article      string
	From, To     string
	MinDegree    int
	WithArticles bool
	Query        string            // canned query whose result to export
	Params       map[string]string // its parameters
	GEXFVersion  string            // gexf: 1.2draft (default) or 1.3
}

func newExportCmd() *cobra.Command {
	var opts exportOptions
	cmd := &cobra.Command{
		Use:   "export [--format F] [-o FILE]",
		Short: "Write the graph for Gephi, yEd, Cytoscape, Graphviz, Neo4j or RDF tools",
		Long: `export writes the graph, or part of it, in a format drawing and analysis tools open.

The graph formats write a property graph: nodes are entities and events (id, label from
the name, type, labels, jobTitle, aliases, mentions = number of articles, firstSeen and
lastSeen = dates of those articles, other literal properties such as startDate); edges
are the facts between them, labelled by the predicate's local name (met, attendee,
affiliation, ...), weighted by the number of sentences that state them, with one
evidence sentence. Literals are attributes, never nodes. Articles and their evidence
sentences become nodes only with --with-articles. The RDF formats write the quads
themselves, each fact in the named graph of its evidence sentence.

Formats (--format, or from the extension of -o):
` + formatHelp() + `
Selection (combine freely; applied in this order):
  --article ID, --from DATE, --to DATE   facts stated in that article / in articles
                                         published in the range (inclusive, ISO dates or prefixes)
  --around NAME --depth N                the nodes within N fact hops of NAME (schema:name
                                         or alternateName, case ignored, or an IRI)
  --types Person,Organization,...        nodes of these classes (Place includes City and
                                         Country, Organization includes GovernmentOrganization)
  --min-degree K                         nodes with at least K facts in the selection
  --query NAME -p PARAM=VALUE            the entities in a canned query's rows (see newsgraph
                                         query list) and the entities its parameters name
For RDF, a selection keeps the quads about the selected nodes, their evidence sentences
and those sentences' articles.

Output goes to standard output unless -o names a file (written whole or not at all); csv
writes nodes.csv and relationships.csv into the folder -o names. svg and png run
Graphviz's dot, which must be installed; a graph of more than 300 nodes needs a selection.`,
		Example: `  newsgraph export -o graph.gexf
  newsgraph export --format graphml --types Person,Organization -o people.graphml
  newsgraph export --format csv -o neo4j/ && neo4j-admin database import full --nodes=neo4j/nodes.csv --relationships=neo4j/relationships.csv
  newsgraph export --around "Vladimir Putin" --depth 2 -o putin.svg
  newsgraph export --format nquads --from 2005-01 --to 2005-03 > q1.nq
  newsgraph export --query who-met -p name="Sergei Ryabkov" -o ryabkov.graphml
  newsgraph extract --format nquads article.txt | newsgraph export --input - --format dot`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// Ctrl-C cancels the export; a half-written -o file is removed.
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runExport(ctx, opts, cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	opts.Store.addFlags(cmd)
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "", "output format: "+strings.Join(export.Names(), ", ")+" (default: from the -o extension)")
	f.StringVarP(&opts.Output, "output", "o", "", "output file (csv: folder); default standard output")
	f.StringVar(&opts.Input, "input", "", `read quads from this RDF file (.nq, .jsonld; "-" for N-Quads on standard input) instead of the store`)
	f.StringArrayVar(&opts.Around, "around", nil, "export the neighbourhood of the node with this name (repeatable)")
	f.IntVar(&opts.Depth, "depth", 1, "fact hops from the --around node")
	f.StringSliceVar(&opts.Types, "types", nil, "keep nodes of these classes, e.g. Person,Organization,Place,Event")
	f.StringVar(&opts.Article, "article", "", "keep the facts of one article (IRI, identifier or URL)")
	f.StringVar(&opts.From, "from", "", "keep facts from articles published on or after this date (YYYY[-MM[-DD]])")
	f.StringVar(&opts.To, "to", "", "keep facts from articles published on or before this date (YYYY[-MM[-DD]])")
	f.IntVar(&opts.MinDegree, "min-degree", 0, "drop nodes with fewer facts than this in the selection")
	f.BoolVar(&opts.WithArticles, "with-articles", false, "add articles and evidence sentences as nodes")
	f.StringVar(&opts.Query, "query", "", "export the entities in the rows of this canned query (newsgraph query list)")
	f.StringToStringVarP(&opts.Params, "param", "p", nil, "a --query parameter as NAME=VALUE (repeatable)")
	f.StringVar(&opts.GEXFVersion, "gexf-version", export.GEXF12, "gexf: the GEXF version, "+strings.Join(export.GEXFVersions(), " or ")+" (1.2draft is what most readers, networkx before 3.0 among them, know)")
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return export.Names(), cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("around", func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return completeEntityNames(opts.Store, toComplete)
	})
	_ = cmd.RegisterFlagCompletionFunc("types", func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return completeList(exportTypes, toComplete), cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	})
	_ = cmd.RegisterFlagCompletionFunc("query", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return queries.Names(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// formatHelp lists the formats, sorted, for --help.
func formatHelp() string {
	var b strings.Builder
	for _, f := range export.Formats() {
		fmt.Fprintf(&b, "  %-10s %-16s %s\n", f.Name, strings.Join(f.Exts, " "), f.Description)
	}
	return b.String()
}

func runExport(ctx context.Context, opts exportOptions, stdin io.Reader, stdout io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	f, err := exportFormat(opts)
	if err != nil {
		return err
	}
	if opts.Depth < 0 || opts.MinDegree < 0 {
		return errors.New("export: --depth and --min-degree must not be negative")
	}
	sel := export.Options{
		Around: opts.Around, Depth: opts.Depth, Types: opts.Types, Article: opts.Article,
		From: opts.From, To: opts.To, MinDegree: opts.MinDegree, WithArticles: opts.WithArticles,
		Summary: &export.Summary{},
	}
	if f.Dir != nil && opts.Output == "" {
		return fmt.Errorf("export: format %s writes nodes.csv and relationships.csv: give the folder with -o", f.Name)
	}

	if srv := localServer(opts.Store); srv != nil && opts.Input == "" {
		// The store is held by newsgraph serve: it exports.
		return srv.export(ctx, opts, f, sel, stdout)
	}
	var (
		src export.Source
		qs  graph.QuadStore
	)
	if opts.Input != "" {
		quads, err := readQuadFile(opts.Input, stdin)
		if err != nil {
			return err
		}
		src = export.QuadsSource(quads)
		if opts.Query != "" || len(opts.Around) > 0 {
			qs = memstore.New(quads...)
		}
	} else {
		if opts.Store.DB == store.Bolt {
			if _, err := os.Stat(opts.Store.DBPath); err != nil {
				return fmt.Errorf("export: no store at %s: load articles first (newsgraph load FILE) or give --dbpath", opts.Store.DBPath)
			}
		}
		st, err := openExistingStore(opts.Store)
		if err != nil {
			return err
		}
		defer st.Close()
		qs = st.QuadStore()
		src = export.StoreSource(qs)
	}
	// --around names go through the one name resolution the queries use.
	sel.Around = nil
	for _, name := range opts.Around {
		res, err := queries.Resolve(ctx, qs, name, opts.Types...)
		if err != nil {
			return fmt.Errorf("export: --around: %w", err)
		}
		if note := res.Note(5); note != "" {
			fmt.Fprintln(os.Stderr, "newsgraph: note:", note)
		}
		sel.Around = append(sel.Around, res.Picked.IRI)
	}
	if opts.Query != "" {
		res, err := queries.Run(ctx, qs, opts.Query, opts.Params, queries.Options{})
		if err != nil {
			return fmt.Errorf("export: query %s: %w", opts.Query, err)
		}
		for _, r := range res.Resolved {
			if note := r.Note(5); note != "" {
				fmt.Fprintln(os.Stderr, "newsgraph: note:", note)
			}
		}
		sel.KeepQueryRows(res.Rows, opts.Params)
	}

	switch {
	case f.Dir != nil:
		err = export.ExportDir(ctx, src, f, sel, opts.Output)
	case opts.Output == "":
		err = export.Export(ctx, src, f, sel, stdout)
	default:
		err = writeFileAtomic(opts.Output, func(w io.Writer) error {
			return export.Export(ctx, src, f, sel, w)
		})
	}
	if errors.Is(err, context.Canceled) && opts.Output != "" {
		return fmt.Errorf("export: interrupted; %s not written", opts.Output)
	}
	if err != nil && !strings.HasPrefix(err.Error(), "export:") {
		err = fmt.Errorf("export: %w", err)
	}
	if err == nil {
		fmt.Fprintln(os.Stderr, exportSummary(f, sel, opts.Output))
	}
	return err
}

// exportSummary is the line export prints on success: what it wrote where,
// and how many nodes have no edge.
func exportSummary(f *export.Format, sel export.Options, output string) string {
	s := sel.Summary
	where := "standard output"
	if output != "" {
		where = output
	}
	if f.Quads != nil {
		return fmt.Sprintf("exported %s to %s", count(s.Quads, "quad"), where)
	}
	line := fmt.Sprintf("exported %s and %s to %s", count(s.Nodes, "node"), count(s.Edges, "edge"), where)
	if s.Isolated > 0 {
		verb := "have"
		if s.Isolated == 1 {
			verb = "has"
		}
		line += fmt.Sprintf("; %s of them %s no edge (named in no fact): --min-degree 1 leaves them out",
			thousands(s.Isolated), verb)
	}
	return line
}

// count writes n with its noun, plural when n is not 1, and thousands
// separators.
func count(n int, noun string) string {
	if n != 1 {
		noun += "s"
	}
	return thousands(n) + " " + noun
}

// thousands writes n with commas between thousands.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// exportFormat picks the format from --format or the -o extension.
func exportFormat(opts exportOptions) (*export.Format, error) {
	names := strings.Join(export.Names(), ", ")
	if opts.Format != "" {
		f, ok := export.ByName(opts.Format)
		if !ok {
			return nil, fmt.Errorf("export: unknown format %q (formats: %s)", opts.Format, names)
		}
		return withGEXFVersion(f, opts.GEXFVersion)
	}
	if opts.Output != "" {
		if f, ok := export.ByFile(opts.Output); ok {
			return withGEXFVersion(f, opts.GEXFVersion)
		}
		return nil, fmt.Errorf("export: cannot tell the format of %q from its extension: give --format (%s)", opts.Output, names)
	}
	return nil, fmt.Errorf("export: give --format (%s) or an -o file with a known extension", names)
}

// withGEXFVersion returns the gexf format writing the given GEXF version;
// other formats are returned as they are.
func withGEXFVersion(f *export.Format, version string) (*export.Format, error) {
	f, err := f.WithGEXFVersion(version)
	if err != nil {
		return nil, fmt.Errorf("export: unknown --gexf-version %q (choose %s)", version, strings.Join(export.GEXFVersions(), " or "))
	}
	return f, nil
}

// readQuadFile reads every quad of an RDF file in a format cayleygraph/quad
// knows by extension; "-" reads N-Quads from stdin.
func readQuadFile(name string, stdin io.Reader) ([]quad.Quad, error) {
	var r io.Reader = stdin
	qf := quad.FormatByName("nquads")
	if name != "-" {
		qf = quad.FormatByExt(strings.ToLower(filepath.Ext(name)))
		if qf == nil || qf.Reader == nil {
			return nil, fmt.Errorf("export: --input %s: unknown RDF extension (use .nq or .jsonld)", name)
		}
		file, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		defer file.Close()
		r = file
	}
	qr := qf.Reader(r)
	defer qr.Close()
	var quads []quad.Quad
	for line := 1; ; line++ {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			return quads, nil
		}
		if err != nil {
			return nil, fmt.Errorf("export: --input %s: quad %d: %w", name, line, err)
		}
		quads = append(quads, q)
	}
}

// writeFileAtomic writes a file through a temporary file in the same folder,
// renamed into place only when write succeeds.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export: write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
