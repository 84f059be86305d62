package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/audit"
	"github.com/newsgraph/newsgraph/loader/extract"
)

// auditOptions are the flags of newsgraph audit.
type auditOptions struct {
	Store storeOptions
	Kind  string // predicates' local names, comma-separated
	N     int
	Seed  uint64
	Out   string // sample file; "" for standard output
	Type  string // with --kind node: person, organization or place
}

// errAuditFailed marks a check that found judged facts the extractor no
// longer agrees with; the facts were already printed.
var errAuditFailed = fmt.Errorf("judged facts changed: %w", errFailedInputs)

func newAuditCmd() *cobra.Command {
	var opts auditOptions
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "Draw facts of a kind at random from the store for a person to judge",
		Long: `audit draws --n facts of a kind (--kind met, jobTitle, affiliation or any fact
predicate; several separated by commas) at random from the store, one per evidence
sentence, and prints them as TSV with the evidence sentence and the article's
headline, for a person to judge: write right or wrong in the verdict column. The
draw is seeded (--seed): the same store and seed give the same sample.

With -o FILE.tsv the sample is written there, and the text of its articles (as
the store holds them) beside it, in FILE.articles.jsonl: a judged sample is then
a regression test that needs neither store nor corpus ("newsgraph audit check").

Columns: verdict, kind, subject, object, sentence, headline, article (IRI),
subject_iri, object_iri (empty for a literal such as a job title),
subject_extracted, object_extracted: in a resolved store, the IRIs the article's
own extraction gave the subject and object when resolution moved them onto
another node (empty when it did not), which "audit check" compares, as it
extracts each article alone. "audit fill" adds them to older samples.

--kind node draws entity nodes of one --type (person, organization, place)
instead: columns verdict, type, name, articles (mentioning it), and the sentence,
headline and IRI of its first mention; judge whether each is one real
entity of that type with a right name span.`,
		Example: "  newsgraph audit --kind met --n 50 --seed 1 -o met.tsv\n  newsgraph audit check met.tsv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAudit(cmd.Context(), opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.Store.addFlags(cmd)
	f := cmd.Flags()
	f.StringVar(&opts.Kind, "kind", "met", "the facts' predicate (met, jobTitle, affiliation, ...); several separated by commas")
	f.IntVar(&opts.N, "n", 50, "how many facts to draw")
	f.Uint64Var(&opts.Seed, "seed", 1, "seed of the random draw")
	f.StringVar(&opts.Type, "type", "person", "with --kind node: the nodes' type (person, organization, place or event)")
	f.StringVarP(&opts.Out, "out", "o", "", "write the sample to FILE.tsv and its articles to FILE.articles.jsonl (default: the sample to standard output)")
	cmd.AddCommand(newAuditCheckCmd(), newAuditFillCmd())
	return cmd
}

func runAudit(ctx context.Context, opts auditOptions, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.N <= 0 {
		return fmt.Errorf("audit: --n %d: want a positive number", opts.N)
	}
	st, err := openExistingStore(opts.Store)
	if err != nil {
		return err
	}
	defer st.Close()
	if opts.Kind == "node" {
		return runAuditNodes(ctx, opts, st.QuadStore(), stdout, stderr)
	}
	var kinds []string
	for _, k := range strings.Split(opts.Kind, ",") {
		if k = strings.TrimSpace(k); k != "" {
			kinds = append(kinds, k)
		}
	}
	rows, arts, err := audit.Sample(ctx, st.QuadStore(), kinds, opts.N, opts.Seed)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	header := []string{
		fmt.Sprintf("newsgraph audit --kind %s --n %d --seed %d: %d facts drawn from %s (extractor %s)", strings.Join(kinds, ","), opts.N, opts.Seed, len(rows), filepath.Base(opts.Store.DBPath), extract.Version()),
		"verdict: write right or wrong; rows left blank are not checked. Check with: newsgraph audit check FILE.tsv",
	}
	if opts.Out == "" {
		return audit.Write(stdout, header, rows)
	}
	if err := writeEvalFile(opts.Out, func(w io.Writer) error { return audit.Write(w, header, rows) }); err != nil {
		return fmt.Errorf("audit: write %s: %w", opts.Out, err)
	}
	ap := audit.ArticlesPath(opts.Out)
	if err := writeEvalFile(ap, func(w io.Writer) error { return audit.WriteArticles(w, arts) }); err != nil {
		return fmt.Errorf("audit: write %s: %w", ap, err)
	}
	fmt.Fprintf(stderr, "wrote %d facts to %s and their %d articles to %s\n", len(rows), opts.Out, len(arts), ap)
	return nil
}

func newAuditCheckCmd() *cobra.Command {
	var extractor string
	cmd := &cobra.Command{
		Use:   "check FILE.tsv|DIR...",
		Short: "Check judged samples against the extractor",
		Long: `check extracts again the articles of judged samples (FILE.tsv with
FILE.articles.jsonl beside it, as audit -o writes them; a folder means every .tsv
in it) and fails when a fact judged wrong is extracted again from its sentence or
a fact judged right no longer is. Rows without a verdict are not checked.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAuditCheck(args, extractor, cmd.OutOrStdout())
		},
	}
	addExtractorFlag(cmd, &extractor)
	return cmd
}

func runAuditCheck(args []string, extractor string, stdout io.Writer) error {
	ext, err := extract.Lookup(extractor)
	if err != nil {
		return fmt.Errorf("audit check: %w", err)
	}
	var files []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			return fmt.Errorf("audit check: %w", err)
		}
		if !fi.IsDir() {
			files = append(files, a)
			continue
		}
		m, _ := filepath.Glob(filepath.Join(a, "*.tsv"))
		if len(m) == 0 {
			return fmt.Errorf("audit check: %s: no .tsv samples", a)
		}
		files = append(files, m...)
	}
	bad := 0
	for _, f := range files {
		problems, checked, err := audit.Check(f, ext)
		if err != nil {
			return fmt.Errorf("audit check: %w", err)
		}
		for _, p := range problems {
			fmt.Fprintf(stdout, "%s:%s\n", f, p)
		}
		fmt.Fprintf(stdout, "%s: %d judged facts, %d changed\n", f, checked, len(problems))
		bad += len(problems)
	}
	if bad > 0 {
		return errAuditFailed
	}
	return nil
}
