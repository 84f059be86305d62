package audit

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// extractedIRIs returns the IRIs an article's extraction gave a node that the
// store's resolution moved it onto (its ng:mergedFrom quads labelled with the
// article), sorted and space-separated; "" when the article's quads of the
// node were not moved (the node is the article's own) or node is a literal.
func (r reader) extractedIRIs(node quad.Value, article string) (string, error) {
	if _, ok := node.(quad.IRI); !ok || article == "" {
		return "", nil
	}
	qs, err := r.quads(quad.Subject, node)
	if err != nil {
		return "", err
	}
	var out []string
	for _, q := range qs {
		if q.Predicate != vocab.MergedFrom {
			continue
		}
		if l, ok := q.Label.(quad.IRI); !ok || string(l) != article {
			continue
		}
		if raw := lit(q.Object); raw != "" && !contains(out, raw) {
			out = append(out, raw)
		}
	}
	sort.Strings(out)
	return strings.Join(out, " "), nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Fill sets the extracted IRIs of rows that have none (samples written
// before audit recorded them) from a resolved store: for the row's subject
// and object nodes, the IRIs the row's article gave them before resolution
// moved them (ng:mergedFrom labelled with the article). A node the store
// does not hold, or did not move, is left as is. It returns how many rows
// it changed.
func Fill(ctx context.Context, qs graph.QuadStore, rows []Row) (int, error) {
	r := reader{ctx: ctx, qs: qs}
	n := 0
	for i := range rows {
		row := &rows[i]
		changed := false
		if row.SubjectExtracted == "" && row.SubjectIRI != "" {
			x, err := r.extractedIRIs(quad.IRI(row.SubjectIRI), row.Article)
			if err != nil {
				return n, err
			}
			row.SubjectExtracted, changed = x, x != ""
		}
		if row.ObjectExtracted == "" && row.ObjectIRI != "" {
			x, err := r.extractedIRIs(quad.IRI(row.ObjectIRI), row.Article)
			if err != nil {
				return n, err
			}
			row.ObjectExtracted = x
			changed = changed || x != ""
		}
		if changed {
			n++
		}
	}
	return n, nil
}
