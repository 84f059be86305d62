package factscore

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// WriteText writes the scores as facts_score.py prints them: a line per
// article (with --explain, its misses and false positives below it), then
// the totals.
func WriteText(w io.Writer, results []Result, tot Total, explain bool) error {
	var b strings.Builder
	for _, r := range results {
		fmt.Fprintf(&b, "%-28s entities F1 %.3f  facts F1 %.3f (P %.3f R %.3f)  met F1 %.3f  dup %d\n",
			r.Name, r.Entities.F1, r.Facts.F1, r.Facts.P, r.Facts.R, r.Met.F1, r.Duplicates)
		if explain && r.Explain != nil {
			e := r.Explain
			for _, k := range []struct {
				name  string
				items []string
			}{
				{"missed_entities", e.MissedEntities}, {"spurious_entities", e.SpuriousEntities},
				{"missed_facts", e.MissedFacts}, {"spurious_facts", e.SpuriousFacts},
				{"missed_met", e.MissedMet}, {"spurious_met", e.SpuriousMet},
			} {
				for _, it := range k.items {
					fmt.Fprintf(&b, "    %-18s %s\n", k.name, it)
				}
			}
		}
	}
	for _, k := range []struct {
		name string
		m    PRF
	}{{"entities", tot.Entities}, {"facts", tot.Facts}, {"met", tot.Met}, {"all", tot.All}} {
		fmt.Fprintf(&b, "TOTAL %-8s P %.3f  R %.3f  F1 %.3f  (tp %d, pred %d, gold %d)\n", k.name, k.m.P, k.m.R, k.m.F1, k.m.TP, k.m.Pred, k.m.Gold)
	}
	fmt.Fprintf(&b, "TOTAL duplicate entities %d\n", tot.Duplicates)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the scores as facts_score.py --json does: the totals
// and the articles, with their explanations when explain is set.
func WriteJSON(w io.Writer, results []Result, tot Total, explain bool) error {
	arts := make([]Result, len(results))
	for i, r := range results {
		if !explain {
			r.Explain = nil
		}
		arts[i] = r
	}
	return json.NewEncoder(w).Encode(struct {
		Total    Total    `json:"total"`
		Articles []Result `json:"articles"`
	}{tot, arts})
}

// pyRepr writes a string as Python's repr does, so --explain reads as
// facts_score.py's.
func pyRepr(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == ' ' || r > ' ' && r < 0x7f:
			b.WriteRune(r)
		case r < 0x100 && !unicode.IsPrint(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case !unicode.IsPrint(r) && r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		case !unicode.IsPrint(r):
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}

// pyTuple writes a tuple of reprs as Python does.
func pyTuple(items ...string) string {
	if len(items) == 1 {
		return "(" + items[0] + ",)"
	}
	return "(" + strings.Join(items, ", ") + ")"
}

// pyList writes a list of reprs as Python does.
func pyList(items ...string) string { return "[" + strings.Join(items, ", ") + "]" }
