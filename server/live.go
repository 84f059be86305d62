package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/loader/source"
	"github.com/newsgraph/newsgraph/queries"
)

// The routes of a live store: articles sent in, what is new, and what the
// CLI asks a server holding its store (stats, queries, exports).
func (s *Server) routeLive(mux *http.ServeMux) error {
	mux.HandleFunc("POST /api/articles", s.serveArticles)
	mux.HandleFunc("GET /api/ingest", s.serveIngestStatus)
	mux.HandleFunc("GET /api/recent", s.serveRecent)
	mux.HandleFunc("GET /api/stats", s.serveStats)
	mux.HandleFunc("POST /api/run", s.serveRun)
	mux.HandleFunc("POST /api/export", s.serveExport)
	mux.HandleFunc("GET /api/editor/snippets", s.serveSnippets)
	cayley, err := fs.Sub(assets, "assets/cayley")
	if err != nil {
		return err
	}
	mux.Handle("GET /newsgraph/", http.StripPrefix("/newsgraph/", staticFiles(cayley)))
	return nil
}

// ArticlesReply is the answer to POST /api/articles: the load's summary and
// one message per failed input or warning.
type ArticlesReply struct {
	ingest.Summary
	Errors []string `json:"errors"`
}

// serveArticles is POST /api/articles?name=NAME&format=FORMAT: the body is
// one input in a format load reads (text, HTML, JSON Lines, RSS/Atom,
// N-Quads, gzipped or not). NAME (a file name) is used in messages and, by
// its extension, for the format when FORMAT is not given; otherwise the
// format comes from the content. It needs a server started with --writable
// or --token (whose token the request then carries).
func (s *Server) serveArticles(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.Writable && s.cfg.Token == "" {
		jsonError(w, http.StatusForbidden, "this server takes no articles: start newsgraph serve with --token TOKEN (or --writable) to allow POST /api/articles")
		return
	}
	if s.cfg.Live == nil {
		jsonError(w, http.StatusServiceUnavailable, "this server does not ingest articles")
		return
	}
	q := r.URL.Query()
	format := q.Get("format")
	if format != "" && format != "nquads" && !isSourceFormat(format) {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("unknown format %q (want one of %s, nquads)", format, strings.Join(source.Formats, ", ")))
		return
	}
	// The name is a label for messages and its extension a hint for the
	// format; no file of that name is opened.
	name := strings.TrimSpace(q.Get("name"))
	if len(name) > 512 {
		name = name[len(name)-512:]
	}
	if name == "" || name == "-" {
		name = "request"
	}
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	sum, msgs, err := s.cfg.Live.LoadReader(r.Context(), name, format, body)
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%s: over %d bytes; raise serve's --max-body", name, s.cfg.MaxBody))
			return
		}
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	if msgs == nil {
		msgs = []string{}
	}
	writeJSON(w, http.StatusOK, ArticlesReply{Summary: sum, Errors: msgs})
}

func isSourceFormat(f string) bool {
	for _, x := range source.Formats {
		if x == f {
			return true
		}
	}
	return false
}

// serveIngestStatus is GET /api/ingest: what the server watches and has
// ingested since it started.
func (s *Server) serveIngestStatus(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Live == nil {
		writeJSON(w, http.StatusOK, ingest.Status{Watching: []string{}})
		return
	}
	st := s.cfg.Live.Status()
	if st.Watching == nil {
		st.Watching = []string{}
	}
	writeJSON(w, http.StatusOK, st)
}

// serveRecent is GET /api/recent?since=24h&limit=N: the articles ingested
// since then, newest first, and the entities they brought in. since is a
// duration back from now (90m, 24h, 7d) or a date or time (2026-12-01,
// RFC 3339); the default is 24h.
func (s *Server) serveRecent(w http.ResponseWriter, r *http.Request) {
	since, err := ParseSince(r.URL.Query().Get("since"), time.Now())
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	limit := 200
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 5000 {
			jsonError(w, http.StatusBadRequest, "limit must be a number from 1 to 5000")
			return
		}
		limit = n
	}
	res, err := queries.Recent(r.Context(), s.qs, since, limit)
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// ParseSince reads a "since" value: a duration back from now (90m, 24h, 7d),
// a date (2026-12-01) or an RFC 3339 time; "" means 24h.
func ParseSince(v string, now time.Time) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		v = "24h"
	}
	if days, ok := strings.CutSuffix(v, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n >= 0 {
			return now.Add(-time.Duration(n) * 24 * time.Hour), nil
		}
	}
	if d, err := time.ParseDuration(v); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("since %q: give a duration (90m, 24h, 7d), a date (2026-12-01) or an RFC 3339 time", v)
}

// serveStats is GET /api/stats: the counts of newsgraph stats.
func (s *Server) serveStats(w http.ResponseWriter, r *http.Request) {
	c, err := store.CountOf(r.Context(), s.qs)
	if err != nil {
		jsonError(w, http.StatusInternalServerError, "stats: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// RunRequest is the body of POST /api/run: a canned query (Query and Params)
// or raw Gizmo (Gizmo and Params), as newsgraph query runs them.
type RunRequest struct {
	Query   string            `json:"query,omitempty"`
	Gizmo   string            `json:"gizmo,omitempty"`
	Params  map[string]string `json:"params,omitempty"`
	Timeout string            `json:"timeout,omitempty"` // a Go duration; at most the server's
	MaxRows int               `json:"max_rows,omitempty"`
}

// serveRun is POST /api/run: what newsgraph query asks a server holding its
// store. The answer is the query's result, or {"error"} with the status of
// GET /api/queries/NAME.
func (s *Server) serveRun(w http.ResponseWriter, r *http.Request) {
	var req RunRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxQueryBody)).Decode(&req); err != nil {
		jsonError(w, http.StatusBadRequest, "run: "+err.Error())
		return
	}
	opts := s.queryOptions()
	if req.Timeout != "" {
		d, err := time.ParseDuration(req.Timeout)
		if err != nil || d <= 0 {
			jsonError(w, http.StatusBadRequest, "run: bad timeout "+req.Timeout)
			return
		}
		opts.Timeout = min(d, s.cfg.QueryTimeout)
	}
	if req.MaxRows > 0 {
		opts.Limit = min(req.MaxRows, s.cfg.MaxRows)
	}
	var (
		res *queries.Result
		err error
	)
	switch {
	case req.Gizmo != "" && req.Query != "":
		jsonError(w, http.StatusBadRequest, "run: give query or gizmo, not both")
		return
	case req.Gizmo != "":
		res, err = queries.RunRaw(r.Context(), s.qs, req.Gizmo, req.Params, opts)
	default:
		res, err = queries.Run(r.Context(), s.qs, req.Query, req.Params, opts)
	}
	if err != nil {
		queryError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// ExportRequest is the body of POST /api/export: what newsgraph export asks
// a server holding its store.
type ExportRequest struct {
	Format      string            `json:"format"`
	GEXFVersion string            `json:"gexf_version,omitempty"`
	Select      export.Options    `json:"select"`
	Query       string            `json:"query,omitempty"` // keep the entities of this canned query's rows
	Params      map[string]string `json:"params,omitempty"`
}

// serveExport is POST /api/export. A format that writes one file comes back
// as the body; one that writes a folder (csv) as JSON {"files": {NAME:
// CONTENT}}. Errors are {"error"} with status 400.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	var req ExportRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxQueryBody)).Decode(&req); err != nil {
		jsonError(w, http.StatusBadRequest, "export: "+err.Error())
		return
	}
	f, ok := export.ByName(req.Format)
	if !ok {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("export: unknown format %q (formats: %s)", req.Format, strings.Join(export.Names(), ", ")))
		return
	}
	f, err := f.WithGEXFVersion(req.GEXFVersion)
	if err != nil {
		jsonError(w, http.StatusBadRequest, "export: "+err.Error())
		return
	}
	sel := req.Select
	if req.Query != "" {
		res, err := queries.Run(r.Context(), s.qs, req.Query, req.Params, s.queryOptions())
		if err != nil {
			jsonError(w, http.StatusBadRequest, fmt.Sprintf("export: query %s: %v", req.Query, err))
			return
		}
		sel.KeepQueryRows(res.Rows, req.Params)
	}
	src := export.StoreSource(s.qs)
	if f.Dir != nil {
		dir, err := os.MkdirTemp("", "newsgraph-export-")
		if err != nil {
			jsonError(w, http.StatusInternalServerError, err.Error())
			return
		}
		defer os.RemoveAll(dir)
		if err := export.ExportDir(r.Context(), src, f, sel, dir); err != nil {
			jsonError(w, http.StatusBadRequest, exportMessage(err))
			return
		}
		files := map[string]string{}
		entries, err := os.ReadDir(dir)
		if err != nil {
			jsonError(w, http.StatusInternalServerError, err.Error())
			return
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				jsonError(w, http.StatusInternalServerError, err.Error())
				return
			}
			files[e.Name()] = string(data)
		}
		writeJSON(w, http.StatusOK, map[string]any{"files": files})
		return
	}
	// Into a temporary file first: an error half-way must not look like a
	// short export.
	tmp, err := os.CreateTemp("", "newsgraph-export-")
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	if err := export.Export(r.Context(), src, f, sel, tmp); err != nil {
		jsonError(w, http.StatusBadRequest, exportMessage(err))
		return
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	io.Copy(w, tmp)
}

func exportMessage(err error) string {
	if strings.HasPrefix(err.Error(), "export:") {
		return err.Error()
	}
	return "export: " + err.Error()
}
