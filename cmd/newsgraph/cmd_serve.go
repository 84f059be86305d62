package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/server"
)

// serveOptions are the flags of newsgraph serve.
type serveOptions struct {
	Store    storeOptions
	Host     string
	Writable bool
	Token    string
	Timeout  time.Duration
	MaxRows  int
	MaxBody  int64
	MaxBytes int64
	// QueryMemory and MaxMemory are the memory budgets of one query and of
	// all the queries of the server.
	QueryMemory int64
	MaxMemory   int64
	Quiet       bool
	Watch       []string      // folders, files and feed URLs to ingest
	Poll        time.Duration // how often to look at them
	Workers     int           // extraction workers while ingesting
	Extractor   string        // registered extractor's name
}

func newServeCmd() *cobra.Command {
	var opts serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the graph: Cayley's API and web UI, canned queries, the explorer page",
		Long: `serve opens the store and answers HTTP on --host (default 127.0.0.1:64210, as Cayley does):

  /                      Cayley's web UI (query editor, from the binary: works offline)
  /explorer/             newsgraph explorer: search, entity card, neighbourhood graph, evidence
  /api/queries           the canned queries (JSON); /api/queries/NAME?PARAM=VALUE runs one
  /api/v2/query          Cayley's HTTP API v2 (also /api/v2/read, /api/v2/formats)
  /api/v1/query/gizmo    Cayley's API v1 query and shape endpoints (the UI uses them)
  /gephi/gs              Gephi graph streaming (Gephi: Streaming > Connect to client)

It is read-only unless --writable: the write and delete endpoints answer 403. With --token,
every request needs "Authorization: Bearer TOKEN" (or open /?token=TOKEN once in a browser).
No CORS headers are sent, so other sites cannot call it from a browser. Every query (Gizmo,
GraphQL, MQL, canned, Gephi) stops at --timeout or when its client goes away, returns at most
--max-rows rows and --max-bytes bytes, and is stopped when the heap grows past --query-memory
while it runs (or, for the oldest query, when the server's heap passes --max-memory). Stop it with Ctrl-C.

serve is the only writer of its store, and ingests while it answers queries:
  --watch PATH|URL       a folder (or file, or feed URL) polled every --poll; new and changed
                         files are loaded as newsgraph load loads them (hidden files are skipped:
                         write ".name.tmp" and rename it when done); repeatable
  POST /api/articles     an article file in any format load reads (?name=FILE.EXT gives the
                         format by extension, ?format=F forces one); needs --token or --writable
  /api/recent?since=24h  the articles ingested since then and the entities they brought in
A bolt store's folder gets a file newsgraph.serve (address, pid; removed on exit) so that
newsgraph query, stats and export on the same store ask this server, and newsgraph load says how
to send it articles (load --to-server sends them).`,
		Example: `  newsgraph serve
  newsgraph serve --host 0.0.0.0:8080 --token "$(openssl rand -hex 16)"
  curl 'http://127.0.0.1:64210/api/queries/who-met?name=Wendy%20Sherman'
  newsgraph serve --watch ~/news/inbox --watch https://example.org/feed.xml --poll 5m --token "$TOKEN"
  curl -H "Authorization: Bearer $TOKEN" --data-binary @article.txt 'http://127.0.0.1:64210/api/articles?name=article.txt'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runServe(ctx, opts, cmd.ErrOrStderr())
		},
	}
	opts.Store.addFlags(cmd)
	f := cmd.Flags()
	f.StringVar(&opts.Host, "host", "127.0.0.1:64210", "address to listen on (host:port)")
	f.BoolVar(&opts.Writable, "writable", false, "allow Cayley's write and delete endpoints")
	f.StringVar(&opts.Token, "token", envOr("NEWSGRAPH_TOKEN", ""), "require this token on every request (env NEWSGRAPH_TOKEN)")
	f.DurationVar(&opts.Timeout, "timeout", queries.DefaultTimeout, "stop each query after this long")
	f.IntVar(&opts.MaxRows, "max-rows", queries.DefaultLimit, "return at most this many rows per query")
	f.Int64Var(&opts.MaxBody, "max-body", server.DefaultMaxBody, "largest write request body, in bytes")
	f.Int64Var(&opts.MaxBytes, "max-bytes", queries.DefaultMaxBytes, "largest answer of a query or Gephi stream, in bytes")
	f.Int64Var(&opts.QueryMemory, "query-memory", queries.DefaultMaxMemory, "stop a query when the heap grows by more than this many bytes while it runs")
	f.Int64Var(&opts.MaxMemory, "max-memory", queries.DefaultMemoryBudget, "stop the oldest query when the server's heap passes this many bytes")
	f.BoolVar(&opts.Quiet, "quiet", false, "do not log requests")
	addExtractorFlag(cmd, &opts.Extractor)
	f.StringArrayVar(&opts.Watch, "watch", nil, "ingest this folder, file or feed URL, polled every --poll (repeatable)")
	f.DurationVar(&opts.Poll, "poll", 30*time.Second, "how often to look at the --watch folders and feeds")
	f.IntVar(&opts.Workers, "workers", max(1, runtime.NumCPU()/2), "extraction workers while ingesting (the other CPUs keep answering queries)")
	return cmd
}

func runServe(ctx context.Context, opts serveOptions, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	// A read-only server on a store that does not exist yet would serve an
	// empty graph: more likely a mistyped --dbpath.
	open := openExistingStore
	switch {
	case opts.Writable || len(opts.Watch) > 0:
		open = func(o storeOptions) (*store.Store, error) { return store.Open(o.DB, o.DBPath, store.Options{}) }
	case opts.Token != "":
		// POST /api/articles writes into the store: an existing one.
		open = func(o storeOptions) (*store.Store, error) {
			st, err := openExistingStore(o)
			if err != nil {
				return nil, err
			}
			st.Close()
			return store.Open(o.DB, o.DBPath, store.Options{})
		}
	}
	st, err := open(opts.Store)
	if err != nil {
		return err
	}
	defer st.Close()
	if opts.Poll <= 0 {
		return errors.New("serve: --poll must be positive")
	}
	ext, err := extract.Lookup(opts.Extractor)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	logLine := func(s string) { fmt.Fprintf(stderr, "%s %s\n", time.Now().Format("15:04:05"), s) }
	live := ingest.NewLive(st.QuadStore(), ingest.Options{Workers: opts.Workers, Async: st.Backend != store.Memory, Extract: ext})
	live.Log = logLine
	// The digest of top and search is rebuilt after each load, in the
	// background, instead of by the first query that needs it.
	warm := make(chan struct{}, 1)
	live.Committed = func() {
		select {
		case warm <- struct{}{}:
		default:
		}
	}
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-warm:
				_ = queries.Warm(ctx, st.QuadStore())
			}
		}
	}()
	cfg := server.Config{
		Live:         live,
		Writable:     opts.Writable,
		Token:        opts.Token,
		QueryTimeout: opts.Timeout,
		MaxRows:      opts.MaxRows,
		MaxBody:      opts.MaxBody,
		MaxBytes:     opts.MaxBytes,
		QueryMemory:  opts.QueryMemory,
		MemoryBudget: opts.MaxMemory,
	}
	if !opts.Quiet {
		cfg.Log = func(method, path string, status int, d time.Duration) {
			fmt.Fprintf(stderr, "%s %s %s %d %s\n", time.Now().Format("15:04:05"), method, path, status, d.Round(time.Microsecond))
		}
	}
	srv, err := server.New(st.QuadStore(), cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.Host)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := srv.HTTPServer()
	mode := "read-only"
	if opts.Writable {
		mode = "writable"
	}
	if st.Backend == store.Bolt {
		remove, err := store.Advertise(st.Path, store.Served{
			Addr: ln.Addr().String(), PID: os.Getpid(), Token: opts.Token, Writable: opts.Writable, Started: time.Now().UTC(),
		})
		if err != nil {
			ln.Close()
			return err
		}
		defer remove()
	}
	fmt.Fprintf(stderr, "newsgraph: serving %s store %s (%s) at http://%s/ (explorer: http://%s/explorer/)\n",
		st.Backend, st.Path, mode, ln.Addr(), ln.Addr())
	watchDone := make(chan struct{})
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer func() { stopWatch(); <-watchDone }()
	go func() {
		defer close(watchDone)
		if len(opts.Watch) > 0 {
			fmt.Fprintf(stderr, "newsgraph: watching %s every %s\n", strings.Join(opts.Watch, ", "), opts.Poll)
		}
		live.Watch(watchCtx, opts.Watch, opts.Poll)
	}()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		hs.Close()
	}
	fmt.Fprintln(stderr, "newsgraph: server stopped")
	return nil
}
