// Package quadtext writes quads as text for throughput: N-Quads byte for
// byte as cayleygraph/quad's nquads.Writer writes them, and JSON Lines (one
// object per quad, keys subject, predicate, object, label, each term in its
// N-Quads form) byte for byte as encoding/json encodes them without HTML
// escaping. Each term is escaped in one pass straight into a reused buffer,
// and the output goes out through one large buffered writer: no string per
// term, no reflection.
package quadtext

import (
	"bufio"
	"io"
	"unicode/utf8"
	"unsafe"

	"github.com/cayleygraph/quad"
)

// Writer writes quads in one text format. It is not safe for concurrent use.
type Writer struct {
	bw    *bufio.Writer
	json  bool
	line  []byte // the line being built
	term  []byte // a term's N-Quads form, for JSON
	err   error
	quads int
}

// bufSize is the output buffer: large writes, few system calls.
const bufSize = 256 << 10

// NewNQuads returns a Writer of N-Quads.
func NewNQuads(w io.Writer) *Writer { return &Writer{bw: bufio.NewWriterSize(w, bufSize)} }

// NewJSONL returns a Writer of JSON Lines.
func NewJSONL(w io.Writer) *Writer {
	return &Writer{bw: bufio.NewWriterSize(w, bufSize), json: true}
}

// WriteQuads writes quads. A quad without subject, predicate or object fails
// with quad.ErrInvalid in N-Quads, as nquads.Writer does; the quads before it
// are written.
func (w *Writer) WriteQuads(qs []quad.Quad) error {
	if w.err != nil {
		return w.err
	}
	for _, q := range qs {
		if w.json {
			w.line = w.appendJSON(w.line[:0], q)
		} else {
			if !q.IsValid() {
				return quad.ErrInvalid
			}
			w.line = AppendNQuad(w.line[:0], q)
		}
		if _, err := w.bw.Write(w.line); err != nil {
			w.err = err
			return err
		}
		w.quads++
	}
	return nil
}

// Close flushes the buffered output; it does not close the underlying
// writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.bw.Flush()
	return w.err
}

// AppendNQuad appends q as one N-Quads line, with its newline.
func AppendNQuad(dst []byte, q quad.Quad) []byte {
	dst = AppendValue(dst, q.Subject)
	dst = append(dst, ' ')
	dst = AppendValue(dst, q.Predicate)
	dst = append(dst, ' ')
	dst = AppendValue(dst, q.Object)
	if q.Label != nil {
		dst = append(dst, ' ')
		dst = AppendValue(dst, q.Label)
	}
	return append(dst, " .\n"...)
}

// AppendValue appends the N-Quads form of v, what v.String() returns.
func AppendValue(dst []byte, v quad.Value) []byte {
	switch v := v.(type) {
	case quad.IRI:
		dst = append(dst, '<')
		dst = append(dst, v...)
		return append(dst, '>')
	case quad.String:
		return AppendString(dst, string(v))
	case quad.TypedString:
		dst = AppendString(dst, string(v.Value))
		dst = append(dst, "^^<"...)
		dst = append(dst, v.Type...)
		return append(dst, '>')
	case quad.LangString:
		dst = AppendString(dst, string(v.Value))
		dst = append(dst, '@')
		return append(dst, v.Lang...)
	case nil:
		return dst
	}
	return append(dst, v.String()...)
}

// appendString appends s quoted, with the escapes of cayleygraph/quad's
// String.String: backslash, double quote, newline, carriage return, tab.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '\\':
			esc = `\\`
		case '"':
			esc = `\"`
		case '\n':
			esc = `\n`
		case '\r':
			esc = `\r`
		case '\t':
			esc = `\t`
		default:
			continue
		}
		dst = append(dst, s[start:i]...)
		dst = append(dst, esc...)
		start = i + 1
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendJSON appends q as one JSON object and a newline: each term as
// quad.ToString gives it (a plain string's text, any other value's N-Quads
// form), the label left out when there is none.
func (w *Writer) appendJSON(dst []byte, q quad.Quad) []byte {
	dst = append(dst, `{"subject":`...)
	dst = w.appendJSONTerm(dst, q.Subject)
	dst = append(dst, `,"predicate":`...)
	dst = w.appendJSONTerm(dst, q.Predicate)
	dst = append(dst, `,"object":`...)
	dst = w.appendJSONTerm(dst, q.Object)
	if q.Label != nil {
		// encoding/json's omitempty: no label when its text is "".
		if s, ok := q.Label.(quad.String); ok {
			if s != "" {
				dst = append(dst, `,"label":`...)
				dst = appendJSONString(dst, string(s))
			}
		} else if w.term = AppendValue(w.term[:0], q.Label); len(w.term) > 0 {
			dst = append(dst, `,"label":`...)
			dst = appendJSONString(dst, bytesView(w.term))
		}
	}
	return append(dst, "}\n"...)
}

func (w *Writer) appendJSONTerm(dst []byte, v quad.Value) []byte {
	if s, ok := v.(quad.String); ok {
		return appendJSONString(dst, string(s))
	}
	w.term = AppendValue(w.term[:0], v)
	return appendJSONString(dst, bytesView(w.term))
}

// bytesView is b as a string, without a copy: b must not change while the
// string is in use.
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string exactly as encoding/json does
// with HTML escaping off: control characters, quote and backslash escaped,
// invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
