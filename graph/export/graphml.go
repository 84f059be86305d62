package export

import (
	"bufio"
	"io"
	"strings"
)

func init() {
	Register(Format{
		Name: "graphml", Exts: []string{".graphml"},
		Description: "GraphML for yEd, Gephi and Cytoscape desktop (declared keys, yEd labels and colours)",
		Graph:       WriteGraphML,
	})
}

// graphmlKey is one declared <key>.
type graphmlKey struct {
	id, for_, name, typ string
}

// WriteGraphML writes g as GraphML: every attribute declared as a <key>,
// plus yEd node and edge graphics so yEd shows names and colours at once.
func WriteGraphML(w io.Writer, g *Graph) error {
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xmlns:y="http://www.yworks.com/xml/graphml"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">` + "\n")
	nodeKeys := []graphmlKey{
		{"n_label", "node", "label", "string"},
		{"n_type", "node", "type", "string"},
		{"n_labels", "node", "labels", "string"},
		{"n_jobTitle", "node", "jobTitle", "string"},
		{"n_aliases", "node", "aliases", "string"},
		{"n_mentions", "node", "mentions", "int"},
		{"n_firstSeen", "node", "firstSeen", "string"},
		{"n_lastSeen", "node", "lastSeen", "string"},
	}
	for i, k := range g.Extra {
		nodeKeys = append(nodeKeys, graphmlKey{"n_x" + itoa(i), "node", extraName(k), "string"})
	}
	edgeKeys := []graphmlKey{
		{"e_label", "edge", "label", "string"},
		{"e_predicate", "edge", "predicate", "string"},
		{"e_weight", "edge", "weight", "int"},
		{"e_evidence", "edge", "evidence", "string"},
		{"e_evidenceSentence", "edge", "evidenceSentence", "string"},
	}
	for _, k := range append(nodeKeys, edgeKeys...) {
		x.raw("  <key")
		x.attr("id", k.id)
		x.attr("for", k.for_)
		x.attr("attr.name", k.name)
		x.attr("attr.type", k.typ)
		x.raw("/>\n")
	}
	x.raw(`  <key id="n_yfiles" for="node" yfiles.type="nodegraphics"/>` + "\n")
	x.raw(`  <key id="e_yfiles" for="edge" yfiles.type="edgegraphics"/>` + "\n")
	x.raw(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	data := func(key, val string) {
		if val == "" {
			return
		}
		x.raw(`      <data key="`, key, `">`)
		x.text(val)
		x.raw("</data>\n")
	}
	for _, n := range g.Nodes {
		x.raw("    <node")
		x.attr("id", n.ID)
		x.raw(">\n")
		data("n_label", n.Label)
		data("n_type", n.Type)
		data("n_labels", strings.Join(n.Labels, ";"))
		data("n_jobTitle", n.JobTitle)
		data("n_aliases", strings.Join(n.Aliases, "; "))
		data("n_mentions", itoa(n.Mentions))
		data("n_firstSeen", n.FirstSeen)
		data("n_lastSeen", n.LastSeen)
		for i, k := range g.Extra {
			data("n_x"+itoa(i), n.Extra[k])
		}
		x.raw(`      <data key="n_yfiles"><y:ShapeNode><y:Geometry height="30.0" width="`,
			itoa(40+7*min(len([]rune(n.Label)), 40)), `.0"/><y:Fill color="`, colourOf(n.Type).hex(),
			`" transparent="false"/><y:NodeLabel>`)
		x.text(n.Label)
		x.raw("</y:NodeLabel><y:Shape type=\"roundrectangle\"/></y:ShapeNode></data>\n")
		x.raw("    </node>\n")
	}
	for i, e := range g.Edges {
		x.raw("    <edge")
		x.attr("id", "e"+itoa(i))
		x.attr("source", e.Source)
		x.attr("target", e.Target)
		x.raw(">\n")
		data("e_label", e.Type)
		data("e_predicate", e.Predicate)
		data("e_weight", itoa(e.Weight))
		data("e_evidence", e.Evidence)
		data("e_evidenceSentence", e.EvidenceID)
		x.raw(`      <data key="e_yfiles"><y:PolyLineEdge><y:Arrows source="none" target="standard"/><y:EdgeLabel>`)
		x.text(e.Type)
		x.raw("</y:EdgeLabel></y:PolyLineEdge></data>\n")
		x.raw("    </edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	return x.flush()
}
