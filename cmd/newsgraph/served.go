package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/loader/source"
	"github.com/newsgraph/newsgraph/server"
)

// A bolt store is one process's file: while newsgraph serve holds it, the
// other commands ask that server (it advertises itself in the store's
// folder, see store.Advertise) instead of opening the store.

// localServer returns a client of the newsgraph serve holding the bolt store
// of o, or nil when no server holds it (or o is not a bolt store: SQL stores
// are opened by every process).
func localServer(o storeOptions) *serverClient {
	if o.DB != "" && o.DB != store.Bolt {
		return nil
	}
	s, err := store.FindServed(o.DBPath)
	if err != nil || s == nil {
		return nil
	}
	return &serverClient{served: s, path: o.DBPath, http: &http.Client{}}
}

// serverClient calls the API of a local newsgraph serve.
type serverClient struct {
	served *store.Served
	path   string // the store's path, for messages
	http   *http.Client
}

func (c *serverClient) String() string {
	return fmt.Sprintf("newsgraph serve (pid %d, %s/)", c.served.PID, c.served.URL())
}

// do sends a request and returns the response of a 2xx status; any other
// status becomes the error message the server sent.
func (c *serverClient) do(ctx context.Context, method, path string, body io.Reader, contentType string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.served.URL()+path, body)
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if c.served.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.served.Token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("store %s is held by %s, which does not answer: %w", c.path, c, err)
	}
	if resp.StatusCode/100 == 2 {
		return resp, nil
	}
	defer resp.Body.Close()
	var e struct {
		Error string `json:"error"`
	}
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if json.Unmarshal(data, &e) == nil && e.Error != "" {
		return nil, errors.New(e.Error)
	}
	return nil, fmt.Errorf("%s answered %s", c, resp.Status)
}

// call sends in as JSON (when not nil) and decodes the JSON answer into out.
func (c *serverClient) call(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		data, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(data)
	}
	resp, err := c.do(ctx, method, path, body, "application/json")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// heldMessage is load's answer when a server holds its store.
func (c *serverClient) heldMessage() error {
	how := "newsgraph load --to-server FILE..."
	if !c.served.Writable && c.served.Token == "" {
		how = "restart it with --token TOKEN (or --writable), then newsgraph load --to-server FILE..."
	}
	return fmt.Errorf("store %s is held by %s, which is its only writer: send it the articles with %s (or POST them to %s/api/articles), or give it the folder with serve --watch",
		c.path, c, how, c.served.URL())
}

// sendArticles posts the inputs of load to the server, one file (or stdin,
// or URL) per request, and sums the answers.
func (c *serverClient) sendArticles(ctx context.Context, opts loadOptions, inputs []string, stdin io.Reader, stderr io.Writer) (ingest.Summary, error) {
	start := time.Now()
	var total ingest.Summary
	send := func(name string, r io.Reader) error {
		q := url.Values{"name": {name}}
		if opts.Format != "" {
			q.Set("format", opts.Format)
		}
		var reply server.ArticlesReply
		resp, err := c.do(ctx, http.MethodPost, "/api/articles?"+q.Encode(), r, "application/octet-stream")
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(&reply); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		for _, m := range reply.Errors {
			fmt.Fprintln(stderr, m)
		}
		total.Add(reply.Summary) // its seconds are replaced by the wall time below
		return nil
	}
	sendFile := func(file string) error {
		f, err := os.Open(file)
		if err != nil {
			total.Failed++
			fmt.Fprintf(stderr, "%s: %v\n", file, errors.Unwrap(err))
			return nil
		}
		defer f.Close()
		return send(file, f)
	}
	for _, in := range inputs {
		var err error
		switch {
		case in == "-":
			err = send("stdin", stdin)
		case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
			err = c.sendURL(ctx, in, opts.MaxArticleSize, send)
		default:
			fi, serr := os.Stat(in)
			switch {
			case serr != nil:
				total.Failed++
				fmt.Fprintf(stderr, "%s: no such file or folder\n", in)
			case fi.IsDir():
				err = filepath.WalkDir(in, func(p string, d fs.DirEntry, werr error) error {
					if werr != nil {
						total.Failed++
						fmt.Fprintf(stderr, "%s: %v\n", p, werr)
						return nil
					}
					if p != in && strings.HasPrefix(d.Name(), ".") {
						if d.IsDir() {
							return filepath.SkipDir
						}
						return nil
					}
					if !d.Type().IsRegular() {
						return nil
					}
					return sendFile(p)
				})
			default:
				err = sendFile(in)
			}
		}
		if err != nil {
			return total, err
		}
	}
	total.Seconds = time.Since(start).Seconds()
	return total, nil
}

// sendURL fetches a URL here and sends its body, so the server fetches
// nothing a client names.
func (c *serverClient) sendURL(ctx context.Context, u string, max int64, send func(string, io.Reader) error) error {
	if max <= 0 {
		max = source.DefaultMaxArticleSize
	}
	ctx, cancel := context.WithTimeout(ctx, source.DefaultHTTPTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", u, resp.Status)
	}
	name := path.Base(resp.Request.URL.Path)
	return send(name, io.LimitReader(resp.Body, max+1))
}

// export asks the server for an export and writes it as runExport does: to
// -o (whole or not at all; a folder for csv) or to stdout.
func (c *serverClient) export(ctx context.Context, opts exportOptions, f *export.Format, sel export.Options, stdout io.Writer) error {
	req := server.ExportRequest{Format: f.Name, GEXFVersion: opts.GEXFVersion, Select: sel, Query: opts.Query, Params: opts.Params}
	data, err := json.Marshal(req)
	if err != nil {
		return err
	}
	resp, err := c.do(ctx, http.MethodPost, "/api/export", bytes.NewReader(data), "application/json")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if f.Dir != nil {
		var files struct {
			Files map[string]string `json:"files"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&files); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.MkdirAll(opts.Output, 0o755); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		for name, content := range files.Files {
			if err := writeFileAtomic(filepath.Join(opts.Output, filepath.Base(name)), func(w io.Writer) error {
				_, err := io.WriteString(w, content)
				return err
			}); err != nil {
				return err
			}
		}
		return nil
	}
	if opts.Output == "" {
		_, err = io.Copy(stdout, resp.Body)
		return err
	}
	return writeFileAtomic(opts.Output, func(w io.Writer) error {
		_, err := io.Copy(w, resp.Body)
		return err
	})
}
