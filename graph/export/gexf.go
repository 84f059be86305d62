package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

func init() {
	Register(Format{
		Name: "gexf", Exts: []string{".gexf"},
		Description: "GEXF 1.2draft for Gephi (1.3 with --gexf-version), node types coloured and sized by mentions",
		Graph:       WriteGEXF,
	})
}

// GEXF versions WriteGEXFVersion writes.
const (
	GEXF12 = "1.2draft" // the default: what most readers know (networkx before 3.0 reads only 1.1draft and 1.2draft)
	GEXF13 = "1.3"
)

// GEXFVersions lists the GEXF versions WriteGEXFVersion accepts.
func GEXFVersions() []string { return []string{GEXF12, GEXF13} }

// WithGEXFVersion returns the gexf format writing the given GEXF version
// ("" is the default, 1.2draft); other formats are returned as they are.
func (f *Format) WithGEXFVersion(version string) (*Format, error) {
	if f.Name != "gexf" || version == "" || version == GEXF12 {
		return f, nil
	}
	if !slices.Contains(GEXFVersions(), version) {
		return nil, fmt.Errorf("unknown GEXF version %q (choose %s)", version, strings.Join(GEXFVersions(), " or "))
	}
	v := *f
	v.Graph = func(w io.Writer, g *Graph) error { return WriteGEXFVersion(w, g, version) }
	return &v, nil
}

// WriteGEXF writes g as GEXF 1.2draft; see WriteGEXFVersion.
func WriteGEXF(w io.Writer, g *Graph) error { return WriteGEXFVersion(w, g, GEXF12) }

// WriteGEXFVersion writes g as GEXF of the given version (GEXF12 or GEXF13)
// with declared node and edge attributes, edge weights, and viz colours by
// node type and sizes by mentions. The versions differ in their namespaces
// and in the edge "kind" attribute, which 1.2draft does not have.
func WriteGEXFVersion(w io.Writer, g *Graph, version string) error {
	var ns, viz, schema string
	switch version {
	case GEXF12, "1.2":
		version = GEXF12
		ns, viz, schema = "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz", "http://www.gexf.net/1.2draft/gexf.xsd"
	case GEXF13:
		ns, viz, schema = "http://gexf.net/1.3", "http://gexf.net/1.3/viz", "http://gexf.net/1.3/gexf.xsd"
	default:
		return fmt.Errorf("gexf: unknown version %q (choose %s)", version, strings.Join(GEXFVersions(), " or "))
	}
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<gexf xmlns="`, ns, `" xmlns:viz="`, viz, `"`+
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`+
		` xsi:schemaLocation="`, ns, ` `, schema, `" version="`, version, `">`+"\n")
	x.raw("  <meta>\n    <creator>newsgraph</creator>\n    <description>entities and events from news articles; edges are facts weighted by their supporting sentences</description>\n  </meta>\n")
	x.raw(`  <graph defaultedgetype="directed" mode="static">` + "\n")
	type attr struct{ id, title, typ string }
	nodeAttrs := []attr{
		{"type", "type", "string"},
		{"labels", "labels", "string"},
		{"jobTitle", "jobTitle", "string"},
		{"aliases", "aliases", "string"},
		{"mentions", "mentions", "integer"},
		{"firstSeen", "firstSeen", "string"},
		{"lastSeen", "lastSeen", "string"},
	}
	for i, k := range g.Extra {
		nodeAttrs = append(nodeAttrs, attr{"x" + itoa(i), extraName(k), "string"})
	}
	edgeAttrs := []attr{
		{"predicate", "predicate", "string"},
		{"evidence", "evidence", "string"},
		{"evidenceSentence", "evidenceSentence", "string"},
	}
	declare := func(class string, as []attr) {
		x.raw(`    <attributes class="`, class, `">`+"\n")
		for _, a := range as {
			x.raw("      <attribute")
			x.attr("id", a.id)
			x.attr("title", a.title)
			x.attr("type", a.typ)
			x.raw("/>\n")
		}
		x.raw("    </attributes>\n")
	}
	declare("node", nodeAttrs)
	declare("edge", edgeAttrs)
	value := func(id, v string) {
		if v == "" {
			return
		}
		x.raw(`        <attvalue for="`, id, `"`)
		x.attr("value", v)
		x.raw("/>\n")
	}
	x.raw("    <nodes>\n")
	for _, n := range g.Nodes {
		x.raw("      <node")
		x.attr("id", n.ID)
		x.attr("label", n.Label)
		x.raw(">\n        <attvalues>\n")
		value("type", n.Type)
		value("labels", strings.Join(n.Labels, ";"))
		value("jobTitle", n.JobTitle)
		value("aliases", strings.Join(n.Aliases, "; "))
		value("mentions", itoa(n.Mentions))
		value("firstSeen", n.FirstSeen)
		value("lastSeen", n.LastSeen)
		for i, k := range g.Extra {
			value("x"+itoa(i), n.Extra[k])
		}
		c := colourOf(n.Type)
		x.raw("        </attvalues>\n")
		x.raw(`        <viz:color r="`, itoa(int(c.r)), `" g="`, itoa(int(c.g)), `" b="`, itoa(int(c.b)), `" a="1.0"/>`+"\n")
		size := 5 + 3*math.Log2(float64(1+n.Mentions))
		x.raw(`        <viz:size value="`, strconv.FormatFloat(size, 'f', 2, 64), `"/>`+"\n")
		x.raw("      </node>\n")
	}
	x.raw("    </nodes>\n    <edges>\n")
	for i, e := range g.Edges {
		x.raw("      <edge")
		x.attr("id", itoa(i))
		x.attr("source", e.Source)
		x.attr("target", e.Target)
		x.attr("label", e.Type)
		if version == GEXF13 {
			x.attr("kind", e.Type)
		}
		x.attr("weight", itoa(e.Weight))
		x.raw(">\n        <attvalues>\n")
		value("predicate", e.Predicate)
		value("evidence", e.Evidence)
		value("evidenceSentence", e.EvidenceID)
		x.raw("        </attvalues>\n      </edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
}
