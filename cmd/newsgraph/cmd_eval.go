package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/ner/conll04"
	"github.com/newsgraph/newsgraph/loader/nlp"
	"github.com/newsgraph/newsgraph/loader/relate"
)

// evalOptions are the flags of newsgraph eval conll04.
type evalOptions struct {
	Out   string // predictions file, "-" for standard output
	Style string // span conventions: conll04 or news
	Score bool   // print scores against the input's own annotations
}

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Run the extractor on evaluation corpora",
		Long:  "eval runs the extractor on evaluation corpora: CoNLL04 (predictions in its own layout) and\nfolders of hand-written gold facts (scored as facts_score.py scores them).",
	}
	cmd.AddCommand(newEvalConll04Cmd(), newEvalGoldCmd())
	return cmd
}

func newEvalConll04Cmd() *cobra.Command {
	var opts evalOptions
	cmd := &cobra.Command{
		Use:   "conll04 IN.json",
		Short: "Predict entities and relations for CoNLL04 sentences (SpERT JSON)",
		Long: `conll04 reads pre-tokenised sentences in the SpERT JSON layout (a list of
{tokens, entities, relations, orig_id}), tags each with part-of-speech tags, finds
the mentions and the relations between them, and writes the same layout with the
predicted entities (Person→Peop, Organization→Org, Place→Loc, Other→Other) and
relations (Work_For, Live_In, Located_In, OrgBased_In, Kill).

--style conll04 (the default) keeps titles inside names as the CoNLL04 annotators
did ("President Lincoln"); --style news applies the rules newsgraph uses on news
("Lincoln"). With --score, the scores against the annotations in IN.json are
printed, the way shared/eval/conll04_score.py computes them.`,
		Example: "  newsgraph eval conll04 conll04_dev.json --out pred.json\n  python3 conll04_score.py conll04_dev.json pred.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalConll04(cmd.Context(), opts, args[0], cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Out, "out", "o", "-", "predictions file (- for standard output)")
	f.StringVar(&opts.Style, "style", "conll04", "span conventions: conll04 or news")
	f.BoolVar(&opts.Score, "score", false, "print precision, recall and F1 against the annotations in IN.json")
	return cmd
}

func runEvalConll04(ctx context.Context, opts evalOptions, in string, stdout io.Writer) error {
	var style ner.Style
	switch opts.Style {
	case "conll04":
		style = ner.CoNLL04
	case "news":
		style = ner.News
	default:
		return fmt.Errorf("eval conll04: unknown --style %q (want conll04 or news)", opts.Style)
	}
	gold, err := conll04.Read(in)
	if err != nil {
		return fmt.Errorf("eval conll04: %w", err)
	}
	pred := make([]conll04.Sentence, len(gold))
	for i, s := range gold {
		if err := ctx.Err(); err != nil {
			return err
		}
		pred[i] = predictConll04(s, style)
	}
	if opts.Out == "-" {
		w := bufio.NewWriter(stdout)
		if err := conll04.Encode(w, pred); err != nil {
			return fmt.Errorf("eval conll04: write: %w", err)
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("eval conll04: write: %w", err)
		}
	} else if err := writeEvalFile(opts.Out, func(w io.Writer) error { return conll04.Encode(w, pred) }); err != nil {
		return fmt.Errorf("eval conll04: write %s: %w", opts.Out, err)
	}
	if opts.Score {
		sc, err := conll04.Score(gold, pred)
		if err != nil {
			return fmt.Errorf("eval conll04: score: %w", err)
		}
		out := stdout
		if opts.Out == "-" {
			out = os.Stderr
		}
		fmt.Fprintf(out, "entities   P %.3f  R %.3f  F1 %.3f  (tp %d, pred %d, gold %d)\n", sc.Entities.P, sc.Entities.R, sc.Entities.F1, sc.Entities.TP, sc.Entities.Predicted, sc.Entities.Gold)
		fmt.Fprintf(out, "relations  P %.3f  R %.3f  F1 %.3f  (tp %d, pred %d, gold %d)\n", sc.Relations.P, sc.Relations.R, sc.Relations.F1, sc.Relations.TP, sc.Relations.Predicted, sc.Relations.Gold)
	}
	return nil
}

// predictConll04 runs tagging, recognition and relation finding on one
// pre-tokenised sentence.
func predictConll04(s conll04.Sentence, style ner.Style) conll04.Sentence {
	p := conll04.Sentence{Tokens: s.Tokens, OrigID: s.OrigID, Entities: []conll04.Entity{}, Relations: []conll04.Relation{}}
	if len(s.Tokens) == 0 {
		return p
	}
	sent := nlp.TagWords(s.Tokens)
	ms := ner.RecogniseStyle(sent, style)
	for _, m := range ms {
		p.Entities = append(p.Entities, conll04.Entity{Type: ner.CoNLLType(m.Label), Start: m.Start, End: m.End})
	}
	for _, r := range relate.Find(sent, ms) {
		p.Relations = append(p.Relations, conll04.Relation{Type: r.Type, Head: r.Head, Tail: r.Tail})
	}
	return p
}

// writeEvalFile writes a file through a temporary file in the same folder,
// so a failed run leaves no half-written output.
func writeEvalFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(dirOf(path), ".newsgraph-eval-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	if err := write(w); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[:i+1]
		}
	}
	return "."
}
