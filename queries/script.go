package queries

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
)

// RunScript runs src as the body of a canned query that is not in the menu:
// with the canned queries' library and Go helpers, and params visible as
// `params` (data, never code). The explorer's API answers with it what no
// canned query gives. Errors are those of Run (NotFoundError, AmbiguousError,
// ErrBadParams, ErrTimeout).
func RunScript(ctx context.Context, qs graph.QuadStore, src string, params map[string]string, opts Options) (*Result, error) {
	full := library() + "\n;(function () {\n" + src + "\n})();\n"
	res, err := run(ctx, qs, full, params, opts, true)
	if err != nil {
		return nil, fmt.Errorf("script: %w", err)
	}
	res.Columns = columnsOf(res.Rows)
	return res, nil
}
