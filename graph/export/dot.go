package export

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

func init() {
	Register(Format{
		Name: "dot", Exts: []string{".dot", ".gv"},
		Description: "Graphviz DOT, every ID and label quoted",
		Graph:       WriteDOT,
	})
	for _, f := range []string{"svg", "png"} {
		Register(Format{
			Name: f, Exts: []string{"." + f},
			Description: "a " + strings.ToUpper(f) + " picture drawn by Graphviz dot (a selection, or a graph of at most 300 nodes)",
			Graph:       renderer(f),
			Picture:     true,
		})
	}
}

// dotQuote returns s as a DOT double-quoted string. Backslashes are doubled
// so Graphviz's escapes (\n, \N, \G, ...) never fire on data.
func dotQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// WriteDOT writes g as a Graphviz digraph: nodes filled by type and labelled
// by name, edges labelled by predicate, thickened by weight, with the
// evidence sentence as tooltip.
func WriteDOT(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, `digraph "newsgraph" {`)
	fmt.Fprintln(bw, `  graph [charset="UTF-8", overlap="false", splines="true", rankdir="LR"];`)
	fmt.Fprintln(bw, `  node [shape="box", style="rounded,filled", fontname="Helvetica", fontsize="11"];`)
	fmt.Fprintln(bw, `  edge [fontname="Helvetica", fontsize="9", color="#555555"];`)
	for _, n := range g.Nodes {
		tooltip := n.Type
		if n.JobTitle != "" {
			tooltip += ", " + n.JobTitle
		}
		fc := "#ffffff"
		if n.Type == "Sentence" || n.Type == "NewsArticle" {
			fc = "#000000"
		}
		fmt.Fprintf(bw, "  %s [label=%s, fillcolor=%s, fontcolor=%s, tooltip=%s];\n",
			dotQuote(n.ID), dotQuote(n.Label), dotQuote(colourOf(n.Type).hex()), dotQuote(fc), dotQuote(tooltip))
	}
	for _, e := range g.Edges {
		pen := 1.0 + float64(min(e.Weight, 8)-1)*0.5
		fmt.Fprintf(bw, "  %s -> %s [label=%s, weight=\"%d\", penwidth=\"%.1f\", tooltip=%s];\n",
			dotQuote(e.Source), dotQuote(e.Target), dotQuote(e.Type), e.Weight, pen, dotQuote(e.Evidence))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// ErrNoGraphviz is returned when a picture is asked for and Graphviz's dot is
// not on PATH.
var ErrNoGraphviz = errors.New("graphviz 'dot' not found: install graphviz (apt-get install graphviz, brew install graphviz)")

// renderer returns a writer that draws the graph with `dot -T<format>`.
func renderer(format string) func(io.Writer, *Graph) error {
	return func(w io.Writer, g *Graph) error {
		var src bytes.Buffer
		if err := WriteDOT(&src, g); err != nil {
			return err
		}
		return Render(context.Background(), src.Bytes(), format, w)
	}
}

// Render runs Graphviz's dot on a DOT document and writes the picture in
// format (svg, png, pdf, ...) to w.
func Render(ctx context.Context, dot []byte, format string, w io.Writer) error {
	path, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoGraphviz
	}
	cmd := exec.CommandContext(ctx, path, "-T"+format)
	cmd.Stdin = bytes.NewReader(dot)
	cmd.Stdout = w
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("graphviz dot -T%s: %w: %s", format, err, strings.TrimSpace(stderr.String()))
	}
	return nil
}
