package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// DefaultMaxArticleSize is the size limit of one article (and of one
// non-streamed input such as an HTML page or a feed) when Options leaves it 0.
const DefaultMaxArticleSize = 10 << 20

// DefaultHTTPTimeout is the time limit of one http(s) fetch when Options
// leaves it 0.
const DefaultHTTPTimeout = 30 * time.Second

// Formats lists the input format names Options.Format accepts, sorted.
var Formats = []string{"feed", "html", "jsonl", "text"}

// Options controls Read.
type Options struct {
	Format         string        // "" = auto by extension/content; else text, html, jsonl, feed
	MaxArticleSize int64         // bytes, default DefaultMaxArticleSize
	HTTPTimeout    time.Duration // default DefaultHTTPTimeout
	Stdin          io.Reader     // used for input "-"; nil means os.Stdin
	StdinName      string        // names input "-" in messages, and by its extension gives its format; default "stdin"
	// ReadBytes, when set, is called with the number of bytes read from
	// files (as stored, before gunzip) as reading goes, for a progress
	// bar; stdin and URLs are not counted.
	ReadBytes func(n int)
	// NoPrivate refuses URLs (and redirects) to loopback, private and
	// link-local addresses (see urlpolicy.go).
	NoPrivate bool
}

// Item is one article read, or one input (or line) that failed.
type Item struct {
	Article  *Article // nil when Err != nil
	Err      error    // one-line message naming the input (and line) and the reason
	Warnings []string // e.g. "old.txt: not valid UTF-8, read as Windows-1252"
}

// Read streams every article of every input to fn, in order. An input may be
// a file, a folder (walked recursively in name order, hidden entries skipped),
// "-" for Options.Stdin, or an http(s) URL. An input that fails yields an Item
// with Err and reading goes on with the next; Read's own error is only for ctx
// cancellation, fn's error, or an unknown Options.Format.
//
// Memory stays bounded: JSON Lines are streamed line by line, and every other
// input is read up to Options.MaxArticleSize bytes (after gunzip).
//
// Article.Published keeps the offset the input gave (a page's "17:22 IST"
// stays +05:30, so its calendar date is the one printed on the page); times
// without a zone are UTC. Article.Origin names the input and, for JSON Lines
// and feeds, the line or item ("file.jsonl:12", "feed.xml: item 3").
func Read(ctx context.Context, inputs []string, opts Options, fn func(Item) error) error {
	opts = opts.withDefaults()
	if opts.Format != "" && !validFormat(opts.Format) {
		return fmt.Errorf("unknown input format %q (want one of %s)", opts.Format, strings.Join(Formats, ", "))
	}
	r := &reader{ctx: ctx, opts: opts, fn: fn}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.input(in); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (o Options) withDefaults() Options {
	if o.MaxArticleSize <= 0 {
		o.MaxArticleSize = DefaultMaxArticleSize
	}
	if o.HTTPTimeout <= 0 {
		o.HTTPTimeout = DefaultHTTPTimeout
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	return o
}

func validFormat(f string) bool {
	for _, x := range Formats {
		if f == x {
			return true
		}
	}
	return false
}

// reader carries the state of one Read call.
type reader struct {
	ctx  context.Context
	opts Options
	fn   func(Item) error
}

// emit hands an item to fn; it returns an error only when reading must stop.
func (r *reader) emit(it Item) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if it.Article != nil {
		cleanArticle(it.Article)
		if it.Article.Headline == "" && it.Article.Text == "" {
			it = Item{Err: &InputError{Input: it.Article.Origin, Err: errNoTitleOrText}, Warnings: it.Warnings}
		}
	}
	return r.fn(it)
}

// fail emits an error item for name.
func (r *reader) fail(name string, err error) error {
	return r.emit(Item{Err: &InputError{Input: name, Err: err}})
}

// InputError is the error of an Item: it names the input (with a line or item
// number where there is one) and the reason.
type InputError struct {
	Input string // "file.jsonl:57", "page.html", "https://x"
	Err   error
}

func (e *InputError) Error() string { return e.Input + ": " + oneLine(e.Err.Error()) }
func (e *InputError) Unwrap() error { return e.Err }

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\r", " ")
	return strings.ReplaceAll(s, "\n", " ")
}

// Errors returned inside Item.Err, for errors.Is.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary file, not text")
	ErrTooLarge = errors.New("larger than the article size limit")

	errNoTitleOrText = errors.New("no title or text")
)

func (r *reader) input(in string) error {
	switch {
	case in == "-":
		if r.opts.StdinName != "" {
			return r.stream(r.opts.StdinName, r.opts.StdinName, io.NopCloser(r.opts.Stdin), "")
		}
		return r.stream("stdin", "", io.NopCloser(r.opts.Stdin), "")
	case isURL(in):
		return r.fetch(in)
	}
	fi, err := os.Stat(in)
	if err != nil {
		return r.fail(in, statReason(err))
	}
	if fi.IsDir() {
		return r.walk(in)
	}
	return r.file(in)
}

func statReason(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, os.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *reader) file(path string) error {
	f, err := OpenFile(r.ctx, path)
	if err != nil {
		return r.fail(path, statReason(err))
	}
	if r.opts.ReadBytes != nil {
		return r.stream(path, path, CountingReader(f, r.opts.ReadBytes), "")
	}
	return r.stream(path, path, f, "")
}

// CountingReader passes each read's byte count to count.
func CountingReader(rc io.ReadCloser, count func(n int)) io.ReadCloser {
	return &countingReader{rc, count}
}

type countingReader struct {
	io.ReadCloser
	count func(int)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	if n > 0 {
		c.count(n)
	}
	return n, err
}

// stream reads one input: it gunzips when needed, picks the format from the
// option, the name or the content, and hands the bytes to the format reader.
// name is used in messages; path is the file name used for the extension
// ("" for stdin and URLs); format, when not "", overrides detection.
func (r *reader) stream(name, path string, rc io.ReadCloser, format string) error {
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	ext := strings.ToLower(filepath.Ext(path))
	head, err := br.Peek(512)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return r.fail(name, readReason(err))
	}
	var in io.Reader = br
	if ext == ".gz" || isGzip(head) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.fail(name, fmt.Errorf("not a valid gzip file: %w", err))
		}
		defer zr.Close()
		zr.Multistream(true)
		if ext == ".gz" {
			path = strings.TrimSuffix(path, filepath.Ext(path))
			ext = strings.ToLower(filepath.Ext(path))
		}
		br = bufio.NewReaderSize(gzipErrors{zr}, 64<<10)
		in = br
		head, err = br.Peek(512)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return r.fail(name, fmt.Errorf("gunzip: %w", readReason(err)))
		}
	}
	if hasUTF16BOM(head) {
		// Re-encode UTF-16 (with a byte-order mark) as UTF-8 for every format.
		br = bufio.NewReaderSize(transform.NewReader(br, unicode.BOMOverride(unicode.UTF8.NewDecoder())), 64<<10)
		in = br
		head, err = br.Peek(512)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return r.fail(name, fmt.Errorf("UTF-16: %w", readReason(err)))
		}
	}
	if len(bytes.TrimSpace(head)) == 0 {
		// Could still be whitespace followed by content beyond 512 bytes.
		if len(head) == 0 {
			return r.fail(name, ErrEmpty)
		}
	}
	if format == "" {
		format = r.opts.Format
	}
	if format == "" {
		format = formatByExt(ext)
	}
	if format == "" {
		format = sniffFormat(head)
	}
	if format == "table" {
		return r.fail(name, errors.New("CSV/TSV tables are not read as articles; convert to JSON Lines with fields title and text"))
	}
	if format == "binary" || looksBinary(head) {
		return r.fail(name, binaryReason(head))
	}
	switch format {
	case "jsonl":
		return r.readJSONL(name, br)
	}
	data, err := readCapped(in, r.opts.MaxArticleSize)
	if err != nil {
		return r.fail(name, err)
	}
	return r.whole(name, format, data, "")
}

// whole reads a fully loaded, non-streamed input of the given format.
func (r *reader) whole(name, format string, data []byte, pageURL string) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return r.fail(name, ErrEmpty)
	}
	if format == "jsonl" {
		return r.readJSONL(name, bufio.NewReader(bytes.NewReader(data)))
	}
	switch format {
	case "html":
		return r.readHTML(name, data, pageURL)
	case "feed":
		return r.readFeed(name, data)
	}
	text, warn, err := decodeText(data)
	if err != nil {
		return r.fail(name, err)
	}
	art, err := parseText(text)
	if err != nil {
		return r.fail(name, err)
	}
	art.Origin = name
	if pageURL != "" && art.URL == "" {
		art.URL = pageURL
	}
	it := Item{Article: art}
	if warn != "" {
		it.Warnings = []string{name + ": " + warn}
	}
	return r.emit(it)
}

// readCapped reads all of r, failing with ErrTooLarge past max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, readReason(err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w (%s)", ErrTooLarge, sizeString(max))
	}
	return data, nil
}

func readReason(err error) error {
	if errors.Is(err, os.ErrPermission) {
		return errors.New("permission denied")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// gzipErrors names gzip failures met while reading.
type gzipErrors struct{ r io.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		if err == io.ErrUnexpectedEOF {
			err = errors.New("gzip data is truncated")
		} else {
			err = fmt.Errorf("corrupt gzip data: %w", err)
		}
	}
	return n, err
}

func hasUTF16BOM(head []byte) bool {
	return bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF})
}

func isGzip(head []byte) bool {
	return len(head) >= 3 && head[0] == 0x1f && head[1] == 0x8b && head[2] == 8
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
