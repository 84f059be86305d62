package export

// Summary counts what an export wrote, for the one line the CLI prints.
type Summary struct {
	Nodes, Edges int
	// Isolated counts the nodes with no edge in the export (the entities
	// named but in no fact); MinDegree 1 leaves them out.
	Isolated int
	// Quads counts the quads an RDF format wrote (Nodes and Edges stay 0).
	Quads int
}

// summarize fills s, when given, from the graph written.
func summarize(s *Summary, g *Graph) {
	if s == nil {
		return
	}
	linked := make(map[string]bool, 2*len(g.Edges))
	for _, e := range g.Edges {
		linked[e.Source] = true
		linked[e.Target] = true
	}
	*s = Summary{Nodes: len(g.Nodes), Edges: len(g.Edges)}
	for _, n := range g.Nodes {
		if !linked[n.ID] {
			s.Isolated++
		}
	}
}
