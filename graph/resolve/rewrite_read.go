package resolve

import (
	"context"

	"github.com/cayleygraph/quad"
)

// nodeQuads is one part of the nodes rewrite reads: each node's quads
// (source.quadsOfNodes), or the error that ended the reading.
type nodeQuads struct {
	quads [][]quad.Quad
	err   error
}

// readAhead reads the quads of nodes nodesBatch nodes at a time, in order,
// on another goroutine: the next part is read while rewrite works through
// the last (on both shared corpora, reading is a third of rewrite's CPU).
// The channel is closed after the last part or after an error; stop ends
// the reading early. Nothing else may change src while it reads.
func readAhead(ctx context.Context, src source, nodes []quad.IRI) (parts <-chan nodeQuads, stop func()) {
	out := make(chan nodeQuads, 1)
	done := make(chan struct{})
	go func() {
		defer close(out)
		for len(nodes) > 0 {
			part := nodes[:min(len(nodes), nodesBatch)]
			nodes = nodes[len(part):]
			quads, err := src.quadsOfNodes(ctx, part)
			select {
			case out <- nodeQuads{quads, err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out, func() { close(done) }
}
