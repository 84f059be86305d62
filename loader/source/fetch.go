package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// userAgent identifies newsgraph to web servers.
const userAgent = "newsgraph/1 (+https://github.com/newsgraph/newsgraph)"

// fetch reads an http(s) URL: with a time limit, a body size cap, and a check
// of the status and the content type (HTML, text, JSON, XML/RSS/Atom).
func (r *reader) fetch(rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return r.fail(rawURL, errors.New("not a valid URL"))
	}
	ctx, cancel := context.WithTimeout(r.ctx, r.opts.HTTPTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return r.fail(rawURL, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/json;q=0.9, text/plain;q=0.8")
	resp, err := httpClient(r.opts).Do(req)
	if err != nil {
		if r.ctx.Err() != nil {
			return r.ctx.Err()
		}
		return r.fail(rawURL, fetchReason(err, r.opts))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return r.fail(rawURL, fmt.Errorf("HTTP %s", resp.Status))
	}
	ct := resp.Header.Get("Content-Type")
	format, ok := formatByContentType(ct)
	if !ok {
		return r.fail(rawURL, fmt.Errorf("unsupported content type %q (want HTML, text, JSON or RSS/Atom)", ct))
	}
	if r.opts.Format != "" {
		format = r.opts.Format
	}
	if format == "" {
		format = formatByExt(strings.ToLower(pathExt(u.Path)))
		if format == "binary" || format == "table" {
			format = "" // the content type said it is text: sniff
		}
	}
	pageURL := resp.Request.URL.String()
	if format == "jsonl" {
		// Stream JSON Lines; the cap applies per line.
		return r.stream(rawURL, "", &timeoutBody{resp.Body, ctx, r.opts}, "jsonl")
	}
	data, err := readCapped(resp.Body, r.opts.MaxArticleSize)
	if err != nil {
		if ctx.Err() != nil && r.ctx.Err() == nil {
			err = fmt.Errorf("timed out after %s reading the body", r.opts.HTTPTimeout)
		}
		return r.fail(rawURL, err)
	}
	if len(data) == 0 {
		return r.fail(rawURL, ErrEmpty)
	}
	if isGzip(data) {
		return r.stream(rawURL, "", io.NopCloser(strings.NewReader(string(data))), format)
	}
	if format == "" {
		format = sniffFormat(data)
	}
	if format == "binary" || looksBinary(data) {
		return r.fail(rawURL, binaryReason(data))
	}
	return r.whole(rawURL, format, data, pageURL)
}

// timeoutBody turns a deadline error while streaming into a clear message.
type timeoutBody struct {
	io.ReadCloser
	ctx  context.Context
	opts Options
}

func (b *timeoutBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF && b.ctx.Err() == context.DeadlineExceeded {
		err = fmt.Errorf("timed out after %s reading the body", b.opts.HTTPTimeout)
	}
	return n, err
}

func pathExt(p string) string {
	if i := strings.LastIndexByte(p, '.'); i >= 0 && !strings.Contains(p[i:], "/") {
		return p[i:]
	}
	return ""
}

func fetchReason(err error, opts Options) error {
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("timed out after %s", opts.HTTPTimeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
