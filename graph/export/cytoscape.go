package export

import (
	"bufio"
	"encoding/json"
	"io"
)

func init() {
	Register(Format{
		Name: "cytoscape", Exts: []string{".cyjs", ".json"},
		Description: "Cytoscape.js elements JSON, also opened by Cytoscape desktop",
		Graph:       WriteCytoscape,
	})
}

type cyElement struct {
	Data map[string]any `json:"data"`
}

type cyDoc struct {
	Elements struct {
		Nodes []cyElement `json:"nodes"`
		Edges []cyElement `json:"edges"`
	} `json:"elements"`
}

// WriteCytoscape writes g as Cytoscape.js elements JSON:
// {"elements":{"nodes":[{"data":{...}}],"edges":[{"data":{...}}]}}. Node
// data carries id, label, name (Cytoscape desktop's display column), type,
// labels, aliases (a list), jobTitle, mentions, firstSeen, lastSeen, colour
// and the extra properties; edge data carries id, source, target, label,
// interaction, predicate, weight and the evidence.
func WriteCytoscape(w io.Writer, g *Graph) error {
	var doc cyDoc
	doc.Elements.Nodes = make([]cyElement, 0, len(g.Nodes))
	doc.Elements.Edges = make([]cyElement, 0, len(g.Edges))
	for _, n := range g.Nodes {
		d := map[string]any{
			"id": n.ID, "label": n.Label, "name": n.Label, "type": n.Type, "labels": n.Labels,
			"mentions": n.Mentions, "color": colourOf(n.Type).hex(),
		}
		if n.JobTitle != "" {
			d["jobTitle"] = n.JobTitle
		}
		if len(n.Aliases) > 0 {
			d["aliases"] = n.Aliases
		}
		if n.FirstSeen != "" {
			d["firstSeen"], d["lastSeen"] = n.FirstSeen, n.LastSeen
		}
		for k, v := range n.Extra {
			d[extraName(k)] = v
		}
		doc.Elements.Nodes = append(doc.Elements.Nodes, cyElement{d})
	}
	for i, e := range g.Edges {
		d := map[string]any{
			"id": "e" + itoa(i), "source": e.Source, "target": e.Target,
			"label": e.Type, "interaction": e.Type, "predicate": e.Predicate, "weight": e.Weight,
		}
		if e.EvidenceID != "" {
			d["evidence"], d["evidenceSentence"] = e.Evidence, e.EvidenceID
		}
		doc.Elements.Edges = append(doc.Elements.Edges, cyElement{d})
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return bw.Flush()
}
