package server

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/queries"
)

// serveQueryV2 is Cayley's GET|POST /api/v2/query?lang=LANG (the query in
// the body, or in ?qu= for GET), run in newsgraph's sandbox: the timeout, the
// row and byte caps, the nesting limit and the memory budgets hold for Gizmo,
// GraphQL and MQL alike, and a client that goes away stops its query. The
// answer is Cayley's {"result": [...]}, with "notice" when it was cut, or
// {"error": "..."}: 400 for a bad query, 413 for a body over 1 MB, 503 for a
// query stopped over its memory budget, 504 at the timeout.
func (s *Server) serveQueryV2(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		jsonError(w, http.StatusBadRequest, "query language not specified (lang=gizmo, graphql or mql)")
		return
	}
	var qu string
	if r.Method == http.MethodGet {
		qu = r.URL.Query().Get("qu")
	} else {
		data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxQueryBody))
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", maxQueryBody))
				return
			}
			jsonError(w, http.StatusBadRequest, "read query: "+err.Error())
			return
		}
		qu = string(data)
	}
	if qu == "" {
		jsonError(w, http.StatusBadRequest, "query is empty")
		return
	}
	out, notice, err := queries.RunLanguage(r.Context(), s.qs, lang, qu, s.queryOptions())
	if err != nil {
		jsonError(w, queryErrorStatus(err), err.Error())
		return
	}
	body := map[string]any{"result": out}
	if notice != "" {
		body["notice"] = notice
	}
	writeJSON(w, http.StatusOK, body)
}

// queryErrorStatus is the HTTP status of a failed query.
func queryErrorStatus(err error) int {
	switch {
	case errors.Is(err, queries.ErrTimeout):
		return http.StatusGatewayTimeout
	case errors.Is(err, queries.ErrMemory):
		return http.StatusServiceUnavailable
	}
	return http.StatusBadRequest
}

// localURI is a path and query to redirect to on this server: a path that
// starts with "//" or "/\" would be read by browsers as another host
// (//evil.example/), so its leading slashes become one.
func localURI(path, rawQuery string) string {
	path = "/" + strings.TrimLeft(path, `/\`)
	if rawQuery != "" {
		path += "?" + rawQuery
	}
	return path
}

// staticFiles serves the files of fsys: never a folder listing (a folder is
// its index.html, or 404), and 404 rather than 500 for a path that is not
// valid (such as the overlong UTF-8 "%c0%ae%c0%ae").
func staticFiles(fsys fs.FS) http.Handler {
	files := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimSuffix(r.URL.Path, "/")
		if name == "" {
			name = "."
		}
		if !utf8.ValidString(name) || !fs.ValidPath(name) {
			http.NotFound(w, r)
			return
		}
		fi, err := fs.Stat(fsys, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		if fi.IsDir() {
			if _, err := fs.Stat(fsys, path.Join(name, "index.html")); err != nil {
				http.NotFound(w, r)
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}
