package export

import (
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
)

func init() {
	Register(Format{
		Name: "nquads", Exts: []string{".nq", ".nquads"},
		Description: "RDF N-Quads, each fact in the named graph of its evidence sentence",
		Quads:       func(w io.Writer) quad.WriteCloser { return nquads.NewWriter(w) },
	})
	Register(Format{
		Name: "jsonld", Exts: []string{".jsonld"},
		Description: "RDF JSON-LD (expanded), one named graph per evidence sentence",
		Quads:       func(w io.Writer) quad.WriteCloser { return jsonld.NewWriter(w) },
	})
}
