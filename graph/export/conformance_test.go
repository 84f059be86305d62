package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/export")

// goldenDir holds one export of the hostile fixture per format.
const goldenDir = "../../testdata/export"

// hostileNames are the names every format must carry (after clean).
var hostileNames = []string{
	nameZoe, namePutin, nameMBS, nameTepco, `Ministry of "Quotes" & Bells`, nameZurich, nameSummit,
}

// rawNames are the names as stored, for the RDF formats.
var rawNames = []string{nameZoe, namePutin, nameMBS, nameTepco, nameMinistry, nameZurich, nameSummit}

// exportFixture writes the fixture in format f: to a file, or for folder
// formats into a folder. It returns the path.
func exportFixture(t *testing.T, f *Format, o Options) string {
	t.Helper()
	dir := t.TempDir()
	src := QuadsSource(fixtureQuads())
	if f.Dir != nil {
		out := filepath.Join(dir, "out")
		if err := ExportDir(context.Background(), src, f, o, out); err != nil {
			t.Fatalf("export %s: %v", f.Name, err)
		}
		return out
	}
	var buf bytes.Buffer
	if err := Export(context.Background(), src, f, o, &buf); err != nil {
		if errors.Is(err, ErrNoGraphviz) {
			t.Skip("graphviz 'dot' not installed: apt-get install graphviz")
		}
		t.Fatalf("export %s: %v", f.Name, err)
	}
	path := filepath.Join(dir, "out"+f.Exts[0])
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// xmlStrings parses an XML document strictly and returns all its attribute
// values and character data.
func xmlStrings(t *testing.T, data []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var out []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			for _, a := range tok.Attr {
				out = append(out, a.Value)
			}
		case xml.CharData:
			out = append(out, string(tok))
		}
	}
}

// jsonStrings parses JSON and returns every string value in it.
func jsonStrings(t *testing.T, data []byte) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("not valid JSON: %v", err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	return out
}

// readNQuads parses N-Quads with cayleygraph/quad's reader.
func readNQuads(t *testing.T, data []byte) []quad.Quad {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(data), false)
	var qs []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return qs
		}
		if err != nil {
			t.Fatalf("N-Quads do not parse: %v", err)
		}
		qs = append(qs, q)
	}
}

func quadStrings(qs []quad.Quad) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.String())
	}
	slices.Sort(out)
	return out
}

// TestFormatConformance runs every registered format through the same
// checks: it writes the hostile fixture, the output parses in its own syntax,
// every hostile name survives, the output is the same twice, and it matches
// the golden file.
func TestFormatConformance(t *testing.T) {
	for _, f := range Formats() {
		t.Run(f.Name, func(t *testing.T) {
			o := Options{}
			if f.Picture {
				o = Options{Around: []string{namePutin}, Depth: 1}
			}
			path := exportFixture(t, f, o)
			files := map[string][]byte{}
			if f.Dir != nil {
				for _, name := range []string{"nodes.csv", "relationships.csv"} {
					b, err := os.ReadFile(filepath.Join(path, name))
					if err != nil {
						t.Fatal(err)
					}
					files[name] = b
				}
			} else {
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				files["hostile"+f.Exts[0]] = b
			}
			for name, data := range files {
				if len(data) == 0 {
					t.Fatalf("%s is empty", name)
				}
				var strs []string
				names := hostileNames
				switch f.Name {
				case "graphml", "gexf", "svg":
					strs = xmlStrings(t, data)
				case "cytoscape":
					strs = jsonStrings(t, data)
				case "jsonld":
					// RDF keeps the literals exactly, control characters too.
					strs = jsonStrings(t, data)
					names = rawNames
				case "dot":
					for _, n := range hostileNames {
						strs = append(strs, dotQuote(n))
					}
					names = nil
					for _, n := range hostileNames {
						if !bytes.Contains(data, []byte(dotQuote(n))) {
							t.Errorf("DOT lacks the quoted label %s", dotQuote(n))
						}
					}
				case "csv":
					recs, err := readCSV(data)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					for _, r := range recs {
						strs = append(strs, r...)
					}
					if name == "relationships.csv" {
						names = nil
					}
				case "nquads":
					got := quadStrings(readNQuads(t, data))
					if want := quadStrings(fixtureQuads()); !slices.Equal(got, want) {
						t.Errorf("N-Quads round trip differs:\n got %q\nwant %q", got, want)
					}
					names = nil
				case "png":
					if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) {
						t.Errorf("not a PNG")
					}
					names = nil
				}
				if f.Name == "svg" {
					names = []string{namePutin, nameZoe, nameMBS}
				}
				for _, n := range names {
					if !containsString(strs, n) {
						t.Errorf("%s: name %q lost", name, n)
					}
				}
				if f.Picture {
					continue // Graphviz output changes with its version: no golden file.
				}
				golden := filepath.Join(goldenDir, name)
				if f.Dir != nil {
					golden = filepath.Join(goldenDir, "csv", name)
				}
				checkGolden(t, golden, data)
			}
			// Twice the same.
			again := exportFixture(t, f, o)
			if f.Dir == nil && !f.Picture {
				a, _ := os.ReadFile(path)
				b, _ := os.ReadFile(again)
				if !bytes.Equal(a, b) {
					t.Errorf("two exports of the same graph differ")
				}
			}
		})
	}
}

func containsString(strs []string, s string) bool {
	for _, x := range strs {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it); got:\n%s", path, got)
	}
}

// TestPictureNeedsSelection: a drawing of a big whole graph is refused; the
// small fixture is drawn whole.
func TestPictureNeedsSelection(t *testing.T) {
	d, _ := ByName("dot")
	pic := *d
	f := &pic
	f.Picture = true // dot stands in for svg, so the test needs no Graphviz
	big := syntheticCorpus(30)
	err := Export(context.Background(), QuadsSource(big), f, Options{}, io.Discard)
	if !errors.Is(err, ErrNeedsSelection) || !strings.Contains(err.Error(), "--around NAME") {
		t.Errorf("picture of the whole big graph: %v, want ErrNeedsSelection", err)
	}
	if err := Export(context.Background(), QuadsSource(big), f, Options{MinDegree: 20}, io.Discard); err != nil {
		t.Errorf("picture of a selection: %v", err)
	}
	if err := Export(context.Background(), QuadsSource(fixtureQuads()), f, Options{}, io.Discard); err != nil {
		t.Errorf("picture of the small fixture: %v", err)
	}
}

// TestRenderWithoutGraphviz: with no dot on PATH the error says what to install.
func TestRenderWithoutGraphviz(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := Render(context.Background(), []byte("digraph {}"), "svg", io.Discard)
	if !errors.Is(err, ErrNoGraphviz) || !strings.Contains(err.Error(), "graphviz 'dot' not found: install graphviz") {
		t.Errorf("Render without dot: %v", err)
	}
}

// TestRDFSelection: the RDF of a neighbourhood holds its nodes' quads, their
// evidence sentences and articles, and nothing about other nodes.
func TestRDFSelection(t *testing.T) {
	f, _ := ByName("nquads")
	var buf bytes.Buffer
	o := Options{Around: []string{nameZurich}, Depth: 1}
	if err := Export(context.Background(), QuadsSource(fixtureQuads()), f, o, &buf); err != nil {
		t.Fatal(err)
	}
	qs := readNQuads(t, buf.Bytes())
	subjects := map[string]bool{}
	for _, q := range qs {
		k, _ := nodeKey(q.Subject)
		subjects[k] = true
	}
	for _, want := range []quad.IRI{zurich, summit, a1} {
		if !subjects[string(want)] {
			t.Errorf("selection lacks quads about %s", want)
		}
	}
	for _, not := range []quad.IRI{zoe, putin, a2, tepco} {
		if subjects[string(not)] {
			t.Errorf("selection has quads about %s", not)
		}
	}
	var summitLoc bool
	for _, q := range qs {
		if q.Subject == summit && q.Predicate == quad.IRI("http://schema.org/location") {
			summitLoc = true
		}
		if q.Subject == summit && q.Predicate == quad.IRI("http://schema.org/attendee") {
			t.Errorf("fact to a node outside the selection kept: %v", q)
		}
	}
	if !summitLoc {
		t.Error("the summit's location fact is missing")
	}
}

// lookTool finds an external consumer or skips the test with the install step.
func lookTool(t *testing.T, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (%s)", name, install)
	}
	return p
}

func run(t *testing.T, name string, args ...string) (stdout, stderr []byte) {
	t.Helper()
	cmd := exec.Command(name, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, e.String())
	}
	return o.Bytes(), e.Bytes()
}
