package server

import (
	"errors"
	"net/http"

	"github.com/newsgraph/newsgraph/queries"
)

// serveQueryList is GET /api/queries: the canned queries with their
// parameters and columns.
func (s *Server) serveQueryList(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, queries.List())
}

// serveQuery is GET /api/queries/NAME?PARAM=VALUE...: runs a canned query
// and returns its result, or {"error": ...} with 400 (bad parameters), 404
// (no such query or entity), 409 (ambiguous name, with "candidates") or 504
// (timeout).
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	params := map[string]string{}
	for k, v := range r.URL.Query() {
		if k == "token" {
			continue
		}
		if len(v) != 1 {
			jsonError(w, http.StatusBadRequest, "parameter "+k+" given more than once")
			return
		}
		params[k] = v[0]
	}
	res, err := queries.Run(r.Context(), s.qs, name, params, s.queryOptions())
	if err != nil {
		queryError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// queryError answers a query's error: 409 (ambiguous name, with
// "candidates"), 404 (no such query or entity), 400 (bad parameters), 504
// (timeout) or 500.
func queryError(w http.ResponseWriter, err error) {
	var amb *queries.AmbiguousError
	var nf *queries.NotFoundError
	switch {
	case errors.As(err, &amb):
		writeJSON(w, http.StatusConflict, map[string]any{"error": err.Error(), "candidates": amb.Candidates})
	case errors.As(err, &nf), errors.Is(err, queries.ErrUnknownQuery):
		jsonError(w, http.StatusNotFound, err.Error())
	case errors.Is(err, queries.ErrBadParams):
		jsonError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, queries.ErrTimeout):
		jsonError(w, http.StatusGatewayTimeout, err.Error())
	default:
		jsonError(w, http.StatusInternalServerError, err.Error())
	}
}
