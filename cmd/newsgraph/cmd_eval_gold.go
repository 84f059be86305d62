package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/eval/factscore"
	"github.com/newsgraph/newsgraph/graph/quadtext"
	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// evalGoldOptions are the flags of newsgraph eval gold.
type evalGoldOptions struct {
	Explain bool   // list misses and false positives under each article
	JSON    bool   // print JSON instead of text
	Run     string // a command printing an article's N-Quads ({file} is its path); "" extracts in process
	// Extractor names the registered extractor run in process.
	Extractor string
}

func newEvalGoldCmd() *cobra.Command {
	var opts evalGoldOptions
	cmd := &cobra.Command{
		Use:   "gold DIR",
		Short: "Score the extractor against a folder of hand-written gold facts",
		Long: `gold extracts every article NAME.txt of DIR that has a gold file NAME.gold.tsv
beside it and scores the quads against the gold, with the same alignment, counts
and figures as the team's facts_score.py: entities, facts and met pairs
(precision, recall, F1) and the number of duplicate entities, per article and in
total. --explain lists under each article the entities, facts and met pairs it
missed and the ones it found that the gold does not hold.

Gold file (tab-separated, '#' starts a comment):
  E  TYPE  NAME|ALIAS|...        an entity that must be found (Person, Organization, Place, Event)
  I  NAME|ALIAS|...              an entity that may be found or not: never counted
  F  SUBJECT  PRED  OBJECT       a fact; OBJECT is an entity name or a "literal"
  F? SUBJECT  PRED  OBJECT       a fact that may be found or not: never counted
  V  KEY  PRED  OBJECT           a fact about an unnamed event, KEY only groups its facts
  V? KEY  PRED  OBJECT           the same, optional
PRED may list alternatives: attendee|organizer.

--run 'COMMAND {file}' scores what another command prints for each article
instead (an older newsgraph, another extractor), as facts_score.py --run does.`,
		Example: "  newsgraph eval gold testdata/gold\n  newsgraph eval gold testdata/random-gold --explain",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalGold(cmd.Context(), opts, args[0], cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.Explain, "explain", false, "list each article's missed and spurious entities, facts and met pairs")
	f.BoolVar(&opts.JSON, "json", false, "print the scores as JSON (facts_score.py --json's layout)")
	f.StringVar(&opts.Run, "run", "", "score the N-Quads this shell command prints for each article ({file} is its path)")
	addExtractorFlag(cmd, &opts.Extractor)
	return cmd
}

func runEvalGold(ctx context.Context, opts evalGoldOptions, dir string, stdout io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ext, err := extract.Lookup(opts.Extractor)
	if err != nil {
		return fmt.Errorf("eval gold: %w", err)
	}
	run := func(path string) (string, error) { return extractNQuads(ctx, ext, path) }
	if opts.Run != "" {
		run = func(path string) (string, error) { return runNQuads(ctx, opts.Run, path) }
	}
	results, tot, err := factscore.ScoreDir(dir, run)
	if err != nil {
		return fmt.Errorf("eval gold: %w", err)
	}
	if opts.JSON {
		return factscore.WriteJSON(stdout, results, tot, opts.Explain)
	}
	return factscore.WriteText(stdout, results, tot, opts.Explain)
}

// extractNQuads returns what newsgraph extract --format nquads prints for
// one article file.
func extractNQuads(ctx context.Context, ext extract.Extractor, path string) (string, error) {
	var buf bytes.Buffer
	p := quadtext.NewNQuads(&buf)
	var errs []string
	opts := loader.Options{Extract: ext, Workers: 1, Source: source.Options{}, Published: goldPublished(path)}
	err := loader.Load(ctx, []string{path}, opts, func(r loader.Result) error {
		if r.Err != nil {
			errs = append(errs, r.Err.Error())
			return nil
		}
		return p.WriteQuads(r.Quads)
	})
	if cerr := p.Close(); err == nil {
		err = cerr
	}
	if err == nil && len(errs) > 0 {
		err = fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return buf.String(), err
}

// goldPublished returns the publication date that the header of the gold
// file beside article path gives ("# Published 2022-04-22T04:11:44+00:00
// (article:published_time)", "# Published 8 January 2020 (the page's date
// line)"): the page's date, which a plain text file does not carry, so that
// the text's relative dates ("on Tuesday") resolve as the annotator resolved
// them. Zero when the header gives none.
func goldPublished(path string) time.Time {
	data, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".gold.tsv")
	if err != nil {
		return time.Time{}
	}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		rest, ok := strings.CutPrefix(line, "# Published ")
		if !ok {
			continue
		}
		if i := strings.IndexAny(rest, "(;\""); i >= 0 {
			rest = rest[:i]
		}
		rest = strings.TrimRight(strings.TrimSpace(rest), ":,.")
		if t, ok := source.ParseDate(rest); ok {
			return t
		}
	}
	return time.Time{}
}

// runNQuads runs a shell command for one article and returns what it
// prints; {file} in the command is the article's path, quoted.
func runNQuads(ctx context.Context, command, path string) (string, error) {
	full := strings.ReplaceAll(command, "{file}", "'"+strings.ReplaceAll(path, "'", `'\''`)+"'")
	var out, errb bytes.Buffer
	c := exec.CommandContext(ctx, "sh", "-c", full)
	c.Stdout, c.Stderr = &out, &errb
	if err := c.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if len(msg) > 500 {
			msg = msg[len(msg)-500:]
		}
		return "", fmt.Errorf("command failed (%v): %s", err, msg)
	}
	return out.String(), nil
}
