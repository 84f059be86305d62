package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Format is one export format. Exactly one of Graph, Dir and Quads is set.
type Format struct {
	Name        string   // as given to --format
	Exts        []string // file extensions, with the dot; the first is the usual one
	Description string   // one line for --help
	// Graph writes the property-graph view to a stream.
	Graph func(w io.Writer, g *Graph) error
	// Dir writes the property-graph view as several files into a folder.
	Dir func(dir string, g *Graph) error
	// Quads returns an RDF writer; the selected quads are copied into it.
	Quads func(w io.Writer) quad.WriteCloser
	// Picture marks drawn formats (svg, png), which need a selection.
	Picture bool
}

var (
	registryMu sync.RWMutex
	registry   = map[string]*Format{}
)

// Register adds a format; a second format of the same name replaces the first.
func Register(f Format) {
	registryMu.Lock()
	defer registryMu.Unlock()
	registry[f.Name] = &f
}

// ByName returns the format called name (case ignored).
func ByName(name string) (*Format, bool) {
	registryMu.RLock()
	defer registryMu.RUnlock()
	f, ok := registry[strings.ToLower(name)]
	return f, ok
}

// ByFile returns the format whose extension the file name has.
func ByFile(name string) (*Format, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == "" {
		return nil, false
	}
	registryMu.RLock()
	defer registryMu.RUnlock()
	for _, n := range sortedNames() {
		if slices.Contains(registry[n].Exts, ext) {
			return registry[n], true
		}
	}
	return nil, false
}

// Names returns the registered format names, sorted.
func Names() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	return sortedNames()
}

func sortedNames() []string {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Formats returns the registered formats, sorted by name.
func Formats() []*Format {
	registryMu.RLock()
	defer registryMu.RUnlock()
	var fs []*Format
	for _, n := range sortedNames() {
		fs = append(fs, registry[n])
	}
	return fs
}

// MaxPictureNodes is the largest whole graph drawn as a picture without a
// selection.
const MaxPictureNodes = 300

// ErrNeedsSelection is returned when a picture is asked for a whole graph of
// more than MaxPictureNodes nodes.
var ErrNeedsSelection = errors.New("too many nodes for one picture: select a part with --around NAME (or --article, --types, --min-degree)")

// BuildGraph reads src and returns the property-graph view selected by o.
func BuildGraph(ctx context.Context, src Source, o Options) (*Graph, error) {
	u, err := build(ctx, src)
	if err != nil {
		return nil, err
	}
	sel, err := u.selectGraph(o)
	if err != nil {
		return nil, err
	}
	return sel.graph, nil
}

// Export writes the part of src selected by o to w in format f. Folder
// formats (csv) go through ExportDir instead.
func Export(ctx context.Context, src Source, f *Format, o Options, w io.Writer) error {
	switch {
	case f.Dir != nil:
		return fmt.Errorf("format %s writes a folder: give it with -o", f.Name)
	case f.Quads != nil:
		return exportQuads(ctx, src, f, o, w)
	}
	g, err := BuildGraph(ctx, src, o)
	if err != nil {
		return err
	}
	if f.Picture && o.IsWhole() && len(g.Nodes) > MaxPictureNodes {
		return fmt.Errorf("%w (the graph has %d nodes; at most %d are drawn whole)", ErrNeedsSelection, len(g.Nodes), MaxPictureNodes)
	}
	if err := f.Graph(w, g); err != nil {
		return fmt.Errorf("write %s: %w", f.Name, err)
	}
	summarize(o.Summary, g)
	return nil
}

// ExportDir writes the part of src selected by o into the folder dir, which
// it creates. Stream formats are written to one file in dir named after the
// format.
func ExportDir(ctx context.Context, src Source, f *Format, o Options, dir string) error {
	if f.Dir == nil {
		return fmt.Errorf("format %s writes one file, not a folder", f.Name)
	}
	g, err := BuildGraph(ctx, src, o)
	if err != nil {
		return err
	}
	if err := f.Dir(dir, g); err != nil {
		return fmt.Errorf("write %s to %s: %w", f.Name, dir, err)
	}
	summarize(o.Summary, g)
	return nil
}

// exportQuads copies the selected quads into an RDF writer: everything for
// the whole graph, else the quads about selected nodes, their evidence
// sentences and those sentences' articles.
func exportQuads(ctx context.Context, src Source, f *Format, o Options, w io.Writer) (err error) {
	var keep map[string]bool
	if !o.IsWhole() {
		u, err := build(ctx, src)
		if err != nil {
			return err
		}
		sel, err := u.selectGraph(o)
		if err != nil {
			return err
		}
		keep = sel.keep
	}
	r, err := src(ctx)
	if err != nil {
		return fmt.Errorf("open quads: %w", err)
	}
	defer r.Close()
	qw := f.Quads(w)
	defer func() {
		if cerr := qw.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("write %s: %w", f.Name, cerr)
		}
	}()
	buf := make([]quad.Quad, 0, 256)
	flush := func() error {
		if _, err := qw.WriteQuads(buf); err != nil {
			return fmt.Errorf("write %s: %w", f.Name, err)
		}
		if o.Summary != nil {
			o.Summary.Quads += len(buf)
		}
		buf = buf[:0]
		return nil
	}
	for n := 0; ; n++ {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("read quad %d: %w", n+1, err)
		}
		if keep != nil && !keeps(keep, q) {
			continue
		}
		buf = append(buf, q)
		if len(buf) == cap(buf) {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// keeps decides whether a quad belongs to the selection.
func keeps(keep map[string]bool, q quad.Quad) bool {
	s, ok := nodeKey(q.Subject)
	if !ok || !keep[s] {
		return false
	}
	if q.Label != nil {
		if l, ok := nodeKey(q.Label); ok && !keep[l] {
			return false
		}
	}
	if o, ok := nodeKey(q.Object); ok && q.Predicate != vocab.Type {
		return keep[o]
	}
	return true
}

// StoreSource reads every quad of a Cayley quad store.
func StoreSource(qs graph.QuadStore) Source {
	return func(context.Context) (quad.ReadCloser, error) {
		return graph.NewQuadStoreReader(qs), nil
	}
}
