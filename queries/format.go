package queries

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Formats lists the output formats Write accepts.
var Formats = []string{"csv", "json", "table"}

// Write writes res to w as a table, CSV or JSON.
func Write(w io.Writer, res *Result, format string) error {
	switch format {
	case "", "table":
		return WriteTable(w, res)
	case "csv":
		return WriteCSV(w, res)
	case "json":
		return WriteJSON(w, res)
	}
	return fmt.Errorf("unknown format %q (choose one of %s)", format, strings.Join(Formats, ", "))
}

// WriteJSON writes res as one indented JSON object.
func WriteJSON(w io.Writer, res *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// WriteCSV writes res as CSV with a header row of its columns.
func WriteCSV(w io.Writer, res *Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(res.Columns); err != nil {
		return err
	}
	for _, r := range res.Rows {
		rec := make([]string, len(res.Columns))
		for i, c := range res.Columns {
			rec[i] = Cell(r[c])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// maxCell is the widest a table cell gets before it is cut with "…", or,
// in a column its query prints whole, wrapped onto more lines.
const maxCell = 80

// WriteTable writes res as an aligned text table. Control characters in
// values are shown escaped, and long values are cut, except in the columns
// the query declares whole ("// whole: text" in its header, as evidence does
// for the sentence), which are wrapped at word boundaries onto continuation
// lines; CSV and JSON keep every value whole.
func WriteTable(w io.Writer, res *Result) error {
	whole := map[string]bool{}
	if q, ok := Get(res.Query); ok {
		for _, c := range q.Whole {
			whole[c] = true
		}
	}
	// Each row is one or more lines of cells.
	lines := [][]string{res.Columns}
	for _, r := range res.Rows {
		row := [][]string{make([]string, len(res.Columns))}
		for i, c := range res.Columns {
			text := printable(Cell(r[c]))
			if !whole[c] {
				row[0][i] = clip(text, maxCell)
				continue
			}
			for j, part := range wrap(text, maxCell) {
				for len(row) <= j {
					row = append(row, make([]string, len(res.Columns)))
				}
				row[j][i] = part
			}
		}
		lines = append(lines, row...)
	}
	width := make([]int, len(res.Columns))
	for _, row := range lines {
		for i, c := range row {
			if n := utf8.RuneCountInString(c); n > width[i] {
				width[i] = n
			}
		}
	}
	var b strings.Builder
	for _, row := range lines {
		b.Reset()
		for i, c := range row {
			b.WriteString(c)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", width[i]-utf8.RuneCountInString(c)+2))
			}
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
			return err
		}
	}
	if len(res.Rows) == 0 {
		if _, err := fmt.Fprintln(w, "(no results)"); err != nil {
			return err
		}
	}
	if res.Notice != "" {
		if _, err := fmt.Fprintln(w, "note:", res.Notice); err != nil {
			return err
		}
	}
	return nil
}

// wrap breaks s into lines of at most n runes, at spaces where it can; a
// word longer than n is split.
func wrap(s string, n int) []string {
	var out []string
	var line []rune
	for _, word := range strings.Fields(s) {
		wr := []rune(word)
		for len(wr) > n {
			if len(line) > 0 {
				out = append(out, string(line))
				line = nil
			}
			out = append(out, string(wr[:n]))
			wr = wr[n:]
		}
		switch {
		case len(line) == 0:
			line = wr
		case len(line)+1+len(wr) <= n:
			line = append(append(line, ' '), wr...)
		default:
			out = append(out, string(line))
			line = wr
		}
	}
	if len(line) > 0 || len(out) == 0 {
		out = append(out, string(line))
	}
	return out
}

// Cell renders one value as text.
func Cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = Cell(x)
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		data, _ := json.Marshal(v)
		return string(data)
	}
	return fmt.Sprint(v)
}

// printable escapes control characters so a value cannot move the cursor or
// break a table row on a terminal.
func printable(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) }) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := fmt.Sprintf("%q", string(r))
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
