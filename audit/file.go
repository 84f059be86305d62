package audit

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// Write writes rows as a sample file: comment lines ('#') with the header
// lines given, a line naming the columns, then a row per fact, every value
// on one line, tab-separated. The verdict column is left for a person to
// fill in with right or wrong.
func Write(w io.Writer, header []string, rows []Row) error {
	table := make([][]string, len(rows))
	for i, r := range rows {
		table[i] = []string{r.Verdict, r.Kind, r.Subject, r.Object, r.Sentence, r.Headline, r.Article, r.SubjectIRI, r.ObjectIRI, r.SubjectExtracted, r.ObjectExtracted}
	}
	return writeTable(w, header, Columns, table)
}

// writeTable writes comment lines ('#') with the header lines given, the
// column line, then each row's values cleaned to one line, tab-separated.
func writeTable(w io.Writer, header, columns []string, rows [][]string) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", clean(h))
	}
	fmt.Fprintln(bw, strings.Join(columns, "\t"))
	for _, vals := range rows {
		for i := range vals {
			vals[i] = clean(vals[i])
		}
		fmt.Fprintln(bw, strings.Join(vals, "\t"))
	}
	return bw.Flush()
}

// Read reads a sample file, with Columns or LegacyColumns; name names it in
// errors. Rows whose verdict is empty or "?" are kept with an empty verdict.
func Read(r io.Reader, name string) ([]Row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var rows []Row
	ln, header, ncols := 0, false, len(Columns)
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if !header {
			switch strings.Join(cols, "\t") {
			case strings.Join(Columns, "\t"):
			case strings.Join(LegacyColumns, "\t"):
				ncols = len(LegacyColumns)
			default:
				return nil, fmt.Errorf("%s:%d: want the column line %q", name, ln, strings.Join(Columns, " "))
			}
			header = true
			continue
		}
		if len(cols) != ncols {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", name, ln, len(cols), ncols)
		}
		row := Row{Verdict: strings.ToLower(strings.TrimSpace(cols[0])), Kind: cols[1], Subject: cols[2], Object: cols[3],
			Sentence: cols[4], Headline: cols[5], Article: cols[6], SubjectIRI: cols[7], ObjectIRI: cols[8], Line: ln}
		if ncols > len(LegacyColumns) {
			row.SubjectExtracted, row.ObjectExtracted = cols[9], cols[10]
		}
		switch row.Verdict {
		case Right, Wrong:
		case "", "?":
			row.Verdict = ""
		default:
			return nil, fmt.Errorf("%s:%d: verdict %q: want right, wrong, or nothing", name, ln, cols[0])
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !header {
		return nil, fmt.Errorf("%s: no column line %q", name, strings.Join(Columns, " "))
	}
	return rows, nil
}

// ArticlesPath returns the path of the articles file beside a sample file:
// met.tsv -> met.articles.jsonl.
func ArticlesPath(sample string) string {
	return strings.TrimSuffix(sample, ".tsv") + ".articles.jsonl"
}

// WriteArticles writes articles as JSON Lines.
func WriteArticles(w io.Writer, arts []Article) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// ReadArticles reads an articles file, by article IRI.
func ReadArticles(path string) (map[string]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]Article{}
	dec := json.NewDecoder(f)
	for n := 1; dec.More(); n++ {
		var a Article
		if err := dec.Decode(&a); err != nil {
			return nil, fmt.Errorf("%s: article %d: %w", path, n, err)
		}
		out[a.IRI] = a
	}
	return out, nil
}

// Header returns the comment lines of a sample file before its column line,
// without their '#', as Write takes them.
func Header(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var out []string
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			break
		}
		out = append(out, strings.TrimSpace(strings.TrimPrefix(line, "#")))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
