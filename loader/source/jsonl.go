package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Field names accepted in JSON objects, in order of preference.
var (
	idKeys     = []string{"id", "_id", "guid", "uuid", "identifier"}
	titleKeys  = []string{"title", "headline", "name"}
	textKeys   = []string{"text", "body", "content", "articleBody", "article", "description", "summary"}
	urlKeys    = []string{"url", "link", "canonical_url", "uri"}
	dateKeys   = []string{"date", "published", "datePublished", "published_at", "publishedAt", "pubDate", "time", "timestamp", "created_at"}
	sourceKeys = []string{"source", "publisher", "site", "siteName", "site_name", "agency"}
	authorKeys = []string{"author", "authors", "byline", "creator"}
	placeKeys  = []string{"dateline", "dateLine"}
)

// readJSONL streams JSON Lines: one JSON object per line. A line that is not
// valid JSON, or whose fields have the wrong types, yields an error item
// naming the line, and reading goes on. A JSON array (a file that starts with
// "[") is read element by element.
func (r *reader) readJSONL(name string, br *bufio.Reader) error {
	if first, err := firstNonSpace(br); err == nil && first == '[' {
		return r.readJSONValues(name, br, true)
	}
	max := r.opts.MaxArticleSize
	lineNo := 0
	seen := false
	good, bad := 0, 0 // articles and failed lines so far
	for {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, max)
		if err != nil && err != io.EOF {
			return r.fail(name, readReason(err))
		}
		if len(line) == 0 && !tooLong && err == io.EOF {
			break
		}
		lineNo++
		where := name + ":" + strconv.Itoa(lineNo)
		if tooLong {
			seen = true
			if e := r.fail(where, fmt.Errorf("%w (%s): line too long", ErrTooLarge, sizeString(max))); e != nil {
				return e
			}
		} else if t := bytes.TrimSpace(line); len(t) > 0 {
			if !seen && t[0] == '{' && !json.Valid(t) && !nextLineIsObject(br) {
				// Not JSON Lines but one pretty-printed object (or several).
				rest := io.MultiReader(bytes.NewReader(append(line, '\n')), br)
				return r.readJSONValues(name, bufio.NewReader(rest), false)
			}
			seen = true
			if good == 0 && bad >= maxLeadingBadLines {
				return r.fail(name, fmt.Errorf("no valid JSON object in the first %d lines: not JSON Lines, stopped reading", bad))
			}
			ok, e := r.jsonLineOK(where, t)
			if e != nil {
				return e
			}
			if ok {
				good++
			} else {
				bad++
			}
		}
		if err == io.EOF {
			break
		}
	}
	if !seen {
		return r.fail(name, ErrEmpty)
	}
	return nil
}

// nextLineIsObject reports whether the next line that br holds (within its
// buffer) is a whole JSON object: then a first line that is not valid JSON is
// one bad line of JSON Lines, not the start of a pretty-printed object.
func nextLineIsObject(br *bufio.Reader) bool {
	buf, _ := br.Peek(br.Buffered()) // never waits for more input
	for len(buf) > 0 {
		i := bytes.IndexByte(buf, '\n')
		if i < 0 {
			i = len(buf)
		}
		t := bytes.TrimSpace(buf[:i])
		if len(t) > 0 {
			return t[0] == '{' && json.Valid(t)
		}
		if i == len(buf) {
			break
		}
		buf = buf[i+1:]
	}
	return false
}

func firstNonSpace(br *bufio.Reader) (byte, error) {
	for n := 1; n <= 4096; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			return 0, err
		}
		c := b[n-1]
		if n <= 3 && bytes.HasPrefix(utf8BOM, b) {
			continue
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c, nil
		}
	}
	return 0, io.EOF
}

// readLine reads one line without its newline. A line longer than max is
// skipped to its end and reported with tooLong; memory stays within max.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 { // +1: the newline
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil {
			return bytes.TrimRight(line, "\r\n"), tooLong, e
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, nil
	}
}

// maxLeadingBadLines is how many failed lines a JSON Lines input may start
// with before it is taken for something else and abandoned.
const maxLeadingBadLines = 20

// jsonLineOK is jsonLine that also says whether the line gave an article.
func (r *reader) jsonLineOK(where string, line []byte) (bool, error) {
	ok := false
	err := r.jsonLineThen(where, line, func() { ok = true })
	return ok, err
}

// jsonLine turns one JSON object into an article item.
func (r *reader) jsonLine(where string, line []byte) error {
	return r.jsonLineThen(where, line, func() {})
}

func (r *reader) jsonLineThen(where string, line []byte, onArticle func()) error {
	var warns []string
	line = bytes.TrimPrefix(line, utf8BOM)
	if !utf8.Valid(line) {
		if looksBinary(line) {
			return r.fail(where, ErrBinary)
		}
		dec, err := charmap.Windows1252.NewDecoder().Bytes(line)
		if err != nil {
			return r.fail(where, fmt.Errorf("not valid UTF-8: %w", err))
		}
		line = dec
		warns = append(warns, where+": not valid UTF-8, read as Windows-1252")
	}
	obj, err := decodeJSONObject(line)
	if err != nil {
		return r.fail(where, jsonReason(line, err))
	}
	if isJSONFeed(obj) {
		return r.readFeed(where, line)
	}
	var fieldWarns []string
	art, err := articleFromJSON(obj, &fieldWarns)
	if err != nil {
		return r.fail(where, err)
	}
	for _, w := range fieldWarns {
		warns = append(warns, where+": "+w)
	}
	art.Origin = where
	onArticle()
	return r.emit(Item{Article: art, Warnings: warns})
}

// readJSONValues reads JSON that is not one object per line: a top-level
// array of objects (array true), or a sequence of pretty-printed objects.
// Items are named by their position ("file.json: object 3"). A syntax error
// ends the input, since the reader cannot find the next value after it.
func (r *reader) readJSONValues(name string, br *bufio.Reader, array bool) error {
	cr := &capReader{r: br, max: r.opts.MaxArticleSize}
	dec := json.NewDecoder(cr)
	what := "object"
	if array {
		what = "element"
		if _, err := dec.Token(); err != nil {
			return r.fail(name, fmt.Errorf("invalid JSON: %s", jsonMsg(err)))
		}
	}
	n := 0
	for {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if array && !dec.More() {
			break
		}
		cr.mark()
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF && !array {
			break
		}
		n++
		where := fmt.Sprintf("%s: %s %d", name, what, n)
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				err = fmt.Errorf("%w (%s)", ErrTooLarge, sizeString(r.opts.MaxArticleSize))
			} else {
				err = fmt.Errorf("invalid JSON: %s", jsonMsg(err))
			}
			return r.fail(where, err)
		}
		if e := r.jsonLine(where, raw); e != nil {
			return e
		}
	}
	if n == 0 {
		return r.fail(name, ErrEmpty)
	}
	return nil
}

// capReader fails with ErrTooLarge when more than max bytes are read after
// the last mark.
type capReader struct {
	r        io.Reader
	max, cur int64
}

func (c *capReader) mark() { c.cur = 0 }

func (c *capReader) Read(p []byte) (int, error) {
	if c.cur > c.max {
		return 0, ErrTooLarge
	}
	n, err := c.r.Read(p)
	c.cur += int64(n)
	return n, err
}

func jsonMsg(err error) string {
	if err == io.ErrUnexpectedEOF {
		return "unexpected end of input"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// jsonReason describes a JSON syntax error in a short way.
func jsonReason(line []byte, err error) error {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		return fmt.Errorf("line holds a JSON %s, not an object", ute.Value)
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	var se *json.SyntaxError
	if errors.As(err, &se) {
		msg = fmt.Sprintf("%s (at byte %d)", msg, se.Offset)
	}
	return fmt.Errorf("invalid JSON: %s", msg)
}

// articleFromJSON maps the known fields of one JSON object to an article.
func articleFromJSON(obj map[string]json.RawMessage, warns *[]string) (*Article, error) {
	a := &Article{}
	var err error
	get := func(keys []string, conv func(string, json.RawMessage) (string, error)) string {
		if err != nil {
			return ""
		}
		for _, k := range keys {
			raw, ok := obj[k]
			if !ok || isNull(raw) {
				continue
			}
			var s string
			s, err = conv(k, raw)
			if err != nil || s != "" {
				return s
			}
		}
		return ""
	}
	a.ID = get(idKeys, jsonID)
	a.Headline = get(titleKeys, jsonString)
	a.Text = get(textKeys, jsonString)
	a.URL = get(urlKeys, jsonString)
	date := get(dateKeys, jsonDate)
	a.Source = get(sourceKeys, jsonName)
	a.Author = get(authorKeys, jsonName)
	a.Dateline = datelinePlace(get(placeKeys, jsonString))
	if err != nil {
		return nil, err
	}
	if date != "" {
		t, ok := ParseDate(date)
		if !ok {
			t, ok = parseDatePrefix(date)
		}
		if !ok {
			*warns = append(*warns, fmt.Sprintf("field %q: cannot read date %q, left empty", dateKey(obj), date))
		}
		a.Published = t
	}
	a.Text = normalizeParagraphs(a.Text)
	if strings.TrimSpace(a.Headline) == "" {
		if h, body, ok := capsHeadline(a.Text); ok {
			a.Headline, a.Text = h, body
		}
	}
	if strings.TrimSpace(a.Headline) == "" && strings.TrimSpace(a.Text) == "" {
		return nil, fmt.Errorf("no title or text (want fields %q and %q)", "title", "text")
	}
	return a, nil
}

// wireDatelineRE is a wire story's dateline: "LONDON, March 4".
const wireDatelineRE = `\p{Lu}[\p{Lu} .'-]*, (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`

var (
	// wireDateline is the dateline after a capitalised headline of two
	// words or more in the same paragraph: "... SAY ANALYSTS LONDON,
	// March 4 - Midland Bank ...". The place is taken as short as it can
	// be: "NEW YORK" leaves its "NEW" in the headline, which is only text.
	wireDateline = regexp.MustCompile(`^(\S+\s.*)\s+` + wireDatelineRE + `\s+-\s+(\S.*)$`)
	// wireDatelineOnly is a paragraph that is only a dateline.
	wireDatelineOnly = regexp.MustCompile(`^` + wireDatelineRE + `$`)
)

// capsHeadline finds the headline of a story that has no title field but
// starts with one in capitals, as wire stories do: a first paragraph
// without a lower-case letter, or a capitalised run ended by the dateline.
// The headline is not a sentence of the story: read as one, "LONDON" in it
// becomes a person. A dateline paragraph of its own ("LONDON, March 3")
// goes too.
func capsHeadline(text string) (headline, body string, ok bool) {
	first, rest, _ := strings.Cut(text, "\n\n")
	if m := wireDateline.FindStringSubmatch(first); m != nil && !hasLower(m[1]) {
		headline, first = m[1], m[2]
		if rest != "" {
			first += "\n\n" + rest
		}
		return strings.TrimSpace(headline), first, true
	}
	if hasLower(first) || rest == "" || !strings.Contains(first, " ") {
		return "", text, false
	}
	if next, after, _ := strings.Cut(rest, "\n\n"); wireDatelineOnly.MatchString(next) && after != "" {
		rest = after
	}
	return strings.TrimSpace(first), rest, true
}

func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

// datePrefixes find a date at the start of a string that has junk after it,
// as Reuters-21578's "27-MAR-1987 05:39:31.59F M C": with the time, then
// without.
var datePrefixes = []*regexp.Regexp{
	regexp.MustCompile(`^\d{1,2}-[A-Za-z]{3}-\d{4} \d{1,2}:\d{2}:\d{2}(\.\d{1,3})?`),
	regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?`),
	regexp.MustCompile(`^\d{1,2}-[A-Za-z]{3}-\d{4}`),
	regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`),
}

// parseDatePrefix reads the date at the start of s, ignoring what follows.
func parseDatePrefix(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, re := range datePrefixes {
		if m := re.FindString(s); m != "" {
			if t, ok := ParseDate(m); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func dateKey(obj map[string]json.RawMessage) string {
	for _, k := range dateKeys {
		if _, ok := obj[k]; ok {
			return k
		}
	}
	return "date"
}

// isJSONFeed reports whether obj is a JSON Feed (jsonfeed.org) document.
func isJSONFeed(obj map[string]json.RawMessage) bool {
	var v string
	if json.Unmarshal(obj["version"], &v) != nil || !strings.Contains(v, "jsonfeed.org") {
		return false
	}
	_, ok := obj["items"]
	return ok
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// jsonKind names the JSON type of raw for messages.
func jsonKind(raw json.RawMessage) string {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 {
		return "nothing"
	}
	switch t[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

func wrongType(key, want string, raw json.RawMessage) error {
	return fmt.Errorf("field %q must be %s, got %s", key, want, jsonKind(raw))
}

func jsonString(key string, raw json.RawMessage) (string, error) {
	s, err := decodeJSONString(raw)
	if err != nil {
		return "", wrongType(key, "a string", raw)
	}
	return s, nil
}

// jsonID accepts a string or a number.
func jsonID(key string, raw json.RawMessage) (string, error) {
	if s, err := decodeJSONString(raw); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", wrongType(key, "a string or a number", raw)
}

// jsonDate accepts a string or a Unix time in seconds or milliseconds.
func jsonDate(key string, raw json.RawMessage) (string, error) {
	return jsonID(key, raw)
}

// jsonName accepts a string, an object with a "name", or an array of those
// (joined with ", ").
func jsonName(key string, raw json.RawMessage) (string, error) {
	if s, err := decodeJSONString(raw); err == nil {
		return s, nil
	}
	var o struct {
		Name  *string `json:"name"`
		Title *string `json:"title"`
	}
	if err := json.Unmarshal(raw, &o); err == nil && (o.Name != nil || o.Title != nil) {
		if o.Name != nil {
			return *o.Name, nil
		}
		return *o.Title, nil
	}
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err == nil {
		var names []string
		for _, el := range list {
			n, err := jsonName(key, el)
			if err != nil {
				return "", wrongType(key, "a string, an object with a name, or a list of those", raw)
			}
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", "), nil
	}
	return "", wrongType(key, "a string, an object with a name, or a list of those", raw)
}

// normalizeParagraphs trims each paragraph and joins paragraphs with a blank
// line. Paragraphs are separated by blank lines; single line breaks inside a
// paragraph are kept.
func normalizeParagraphs(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var paras []string
	for _, p := range splitBlocks(s) {
		lines := strings.Split(p, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimSpace(l)
		}
		if t := strings.TrimSpace(strings.Join(lines, "\n")); t != "" {
			paras = append(paras, t)
		}
	}
	return strings.Join(paras, "\n\n")
}

// splitBlocks splits text at blank lines (lines holding only spaces count).
func splitBlocks(s string) []string {
	var blocks []string
	var cur []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				blocks = append(blocks, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		blocks = append(blocks, strings.Join(cur, "\n"))
	}
	return blocks
}
