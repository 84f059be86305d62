// Package server is newsgraph's HTTP server: Cayley's HTTP API (v2, and the
// v1 query and shape endpoints Cayley's web UI calls), Cayley's web UI with
// its Monaco editor served from the binary, the canned queries as JSON under
// /api/queries, the newsgraph explorer page, and Cayley's Gephi graph
// streaming endpoint.
//
// It is read-only unless Config.Writable is set (write and delete endpoints
// answer 403), can require a token on every request, limits request bodies
// and sends no CORS headers, so other web sites cannot call it from a
// browser. Every file the pages load comes from the binary: the pages make no
// request to any other host.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // Gizmo for the query endpoints
	_ "github.com/cayleygraph/cayley/query/graphql" // GraphQL, as Cayley serves it
	_ "github.com/cayleygraph/cayley/query/mql"     // MQL, as Cayley serves it
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/queries"
)

// Defaults for Config.
const (
	DefaultQueryTimeout = 30 * time.Second
	DefaultMaxRows      = 10000
	DefaultMaxBody      = 16 << 20 // bytes of a write request
	maxQueryBody        = 1 << 20  // bytes of a query
	tokenCookie         = "newsgraph_token"
)

// Config sets up a server.
type Config struct {
	// Writable enables Cayley's write and delete endpoints; otherwise they
	// answer 403.
	Writable bool
	// Token, when set, must come with every request: as the header
	// "Authorization: Bearer TOKEN", or once as ?token=TOKEN, which sets a
	// cookie for the pages that follow.
	Token string
	// QueryTimeout stops each query; zero means DefaultQueryTimeout.
	QueryTimeout time.Duration
	// MaxRows caps the rows of each query; zero means DefaultMaxRows.
	MaxRows int
	// MaxBody caps the body of write requests; zero means DefaultMaxBody.
	MaxBody int64
	// MaxBytes caps the size of each answer (and Gephi stream), in bytes;
	// zero means queries.DefaultMaxBytes.
	MaxBytes int64
	// QueryMemory is how much the heap may grow while one query runs; zero
	// means queries.DefaultMaxMemory.
	QueryMemory int64
	// MemoryBudget is the Go heap of the whole server past which the oldest
	// running query is stopped; zero means queries.DefaultMemoryBudget.
	MemoryBudget int64
	// Log, if set, gets one line per request.
	Log func(method, path string, status int, d time.Duration)
	// Live, if set, ingests the articles POSTed to /api/articles (allowed
	// when Writable or Token is set) and reports what it watches.
	Live *ingest.Live
}

// Server serves one quad store.
type Server struct {
	qs      graph.QuadStore
	cfg     Config
	handler http.Handler
}

// New returns a server over qs.
func New(qs graph.QuadStore, cfg Config) (*Server, error) {
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = DefaultQueryTimeout
	}
	if cfg.MaxRows <= 0 {
		cfg.MaxRows = DefaultMaxRows
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = queries.DefaultMaxBytes
	}
	queries.SetMemoryBudget(cfg.MemoryBudget)
	s := &Server{qs: qs, cfg: cfg}
	mux := http.NewServeMux()

	// Cayley's API v2. Its read-only mode leaves the write routes out (404);
	// newsgraph answers them with 403 instead, below.
	h := &graph.Handle{QuadStore: qs}
	if cfg.Writable {
		qw, err := graph.NewQuadWriter("single", qs, nil)
		if err != nil {
			return nil, fmt.Errorf("server: quad writer: %w", err)
		}
		h.QuadWriter = qw
	}
	api2 := cayleyhttp.NewAPIv2Writer(h, "single", nil)
	api2.SetQueryTimeout(cfg.QueryTimeout)
	api2.SetQueryLimit(cfg.MaxRows)
	mux.Handle("GET /api/v2/", s.limitQueryBody(api2))
	mux.Handle("POST /api/v2/", s.limitQueryBody(api2))
	// Queries run in newsgraph's sandbox rather than Cayley's handler, so
	// that every language keeps to the same limits (see limits.go).
	mux.HandleFunc("GET /api/v2/query", s.serveQueryV2)
	mux.HandleFunc("POST /api/v2/query", s.serveQueryV2)
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		mux.Handle("POST "+p, s.writeOnly(api2))
	}
	for _, p := range []string{"/api/v1/write", "/api/v1/write/file/nquad", "/api/v1/delete"} {
		mux.Handle("POST "+p, s.writeOnly(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			jsonError(w, http.StatusNotImplemented, "API v1 writes are not supported; use /api/v2/write and /api/v2/delete")
		})))
	}
	mux.HandleFunc("POST /api/v1/query/{lang}", s.serveV1Query)
	mux.HandleFunc("POST /api/v1/shape/{lang}", s.serveV1Shape)

	mux.HandleFunc("GET /api/queries", s.serveQueryList)
	mux.HandleFunc("GET /api/queries/{name}", s.serveQuery)
	s.registerExplorerAPI(mux)

	if err := s.routeLive(mux); err != nil {
		return nil, err
	}
	mux.HandleFunc("GET /gephi/gs", s.serveGephi)
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})

	vendor, err := fs.Sub(assets, "assets/vendor")
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /vendor/", cacheable(http.StripPrefix("/vendor/", staticFiles(vendor))))
	explorer, err := fs.Sub(assets, "assets/explorer")
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /explorer/", http.StripPrefix("/explorer/", staticFiles(explorer)))
	mux.Handle("GET /explorer", http.RedirectHandler("/explorer/", http.StatusMovedPermanently))

	ui, err := newCayleyUI()
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /", ui)

	s.handler = s.logged(s.secure(s.authorised(mux)))
	return s, nil
}

// HTTPServer returns an http.Server for s with timeouts on reading and
// writing, so slow or stalled clients cannot hold connections. It starts
// reading the store's digest for the canned queries (see queries.Warm) in
// the background, until the server shuts down.
func (s *Server) HTTPServer() *http.Server {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		// A failed warm-up only means the first query builds the digest.
		_ = queries.Warm(ctx, s.qs)
	}()
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      s.cfg.QueryTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
	}
	hs.RegisterOnShutdown(cancel)
	return hs
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// writeOnly answers 403 unless the server is writable, and limits the body.
func (s *Server) writeOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.cfg.Writable {
			jsonError(w, http.StatusForbidden, "the store is read-only; start newsgraph serve with --writable to allow writes")
			return
		}
		if r.Method != http.MethodPost {
			jsonError(w, http.StatusMethodNotAllowed, "use POST")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		h.ServeHTTP(w, r)
	})
}

func (s *Server) limitQueryBody(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > maxQueryBody {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", maxQueryBody))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxQueryBody)
		h.ServeHTTP(w, r)
	})
}

// authorised checks the token, when there is one.
func (s *Server) authorised(h http.Handler) http.Handler {
	if s.cfg.Token == "" {
		return h
	}
	want := []byte(s.cfg.Token)
	ok := func(got string) bool { return subtle.ConstantTimeCompare([]byte(got), want) == 1 }
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The scheme name is case-insensitive (RFC 9110, 11.1).
		if auth := r.Header.Get("Authorization"); len(auth) > 7 && strings.EqualFold(auth[:7], "bearer ") && ok(strings.TrimSpace(auth[7:])) {
			h.ServeHTTP(w, r)
			return
		}
		if c, err := r.Cookie(tokenCookie); err == nil && ok(c.Value) {
			h.ServeHTTP(w, r)
			return
		}
		if t := r.URL.Query().Get("token"); t != "" && ok(t) && r.Method == http.MethodGet {
			// Set the cookie and drop the token from the address bar.
			http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: t, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
			q := r.URL.Query()
			q.Del("token")
			http.Redirect(w, r, localURI(r.URL.EscapedPath(), q.Encode()), http.StatusSeeOther)
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
		jsonError(w, http.StatusUnauthorized, "this server needs a token: send Authorization: Bearer TOKEN, or open /?token=TOKEN once")
	})
}

// secure sets headers that keep the pages to this server: no request to any
// other host, no framing, no content sniffing. No CORS headers are sent, so
// browsers refuse cross-origin calls; preflight requests get 403.
func (s *Server) secure(h http.Handler) http.Handler {
	const csp = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
		"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
		"frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		if r.Method == http.MethodOptions {
			jsonError(w, http.StatusForbidden, "cross-origin requests are not allowed")
			return
		}
		h.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(p)
}

// Flush lets streaming handlers (Gephi) flush through the wrapper.
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (s *Server) logged(h http.Handler) http.Handler {
	if s.cfg.Log == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		s.cfg.Log(r.Method, r.URL.Path, sw.status, time.Since(start))
	})
}

func cacheable(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		h.ServeHTTP(w, r)
	})
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.Encode(v)
}

// queryOptions are the run options for one request.
func (s *Server) queryOptions() queries.Options {
	return queries.Options{Timeout: s.cfg.QueryTimeout, Limit: s.cfg.MaxRows, MaxBytes: s.cfg.MaxBytes, MaxMemory: s.cfg.QueryMemory}
}
