package loader

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

func init() {
	// A typed literal is stored as written, whatever the route into the
	// store. cayleygraph/quad's parser otherwise turns "5"^^<xsd full
	// integer IRI> into quad.Int, which Cayley writes back as "5"^^<xsd:integer>:
	// a store imported from extract's N-Quads would then differ from one
	// loaded from the articles (Convert writes quad.TypedString), and a
	// query for one form would miss the other.
	nquads.AutoConvertTypedString = false
}

// parseLine parses one N-Quads statement. cayleygraph/quad's parser turns
// each line into runes and each term back into a string: on a bulk import
// it is most of the reading time and most of the garbage. The lines
// newsgraph extract writes have one simple shape (IRIs and quoted literals,
// with a language or a datatype; no blank nodes, comments, or escapes
// outside literals);
// parseLine reads those itself and gives every other line to nquads.Parse.
// For a line it reads, the result is the one nquads.Parse gives
// (FuzzParseLine checks this).
func parseLine(line string) (q quad.Quad, err error) {
	if q, ok := parseSimpleLine(line); ok {
		return q, nil
	}
	defer func() {
		// nquads.Parse panics on some escapes (\UFFFFFFFF).
		if p := recover(); p != nil {
			q, err = quad.Quad{}, fmt.Errorf("%v", p)
		}
	}()
	return nquads.Parse(line)
}

// parseSimpleLine reads a statement of IRIs and quoted literals; ok is false
// for anything else.
func parseSimpleLine(s string) (q quad.Quad, ok bool) {
	if !utf8.ValidString(s) {
		return q, false // nquads.Parse reads invalid bytes as U+FFFD
	}
	var terms [4]quad.Value
	n, i := 0, skipBlanks(s, 0)
	for {
		if i < len(s) && s[i] == '.' && n >= 3 {
			if skipBlanks(s, i+1) == len(s) {
				break
			}
			return q, false
		}
		if n == 4 || i >= len(s) {
			return q, false
		}
		v, end, ok := parseTerm(s, i)
		if !ok {
			return q, false
		}
		terms[n] = v
		n++
		i = skipBlanks(s, end)
		if i == end && (i >= len(s) || s[i] != '.') {
			return q, false // terms are separated by blanks
		}
	}
	return quad.Quad{Subject: terms[0], Predicate: terms[1], Object: terms[2], Label: terms[3]}, true
}

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// parseTerm reads an IRI or a quoted literal at s[i:] and returns it with
// the index after it.
func parseTerm(s string, i int) (quad.Value, int, bool) {
	switch s[i] {
	case '<':
		end, ok := bracketed(s, i, rawChar)
		if !ok {
			return nil, 0, false
		}
		return quad.IRI(s[i+1 : end-1]), end, true
	case '"':
		j := i + 1
		escaped := false
		for j < len(s) && s[j] != '"' {
			switch s[j] {
			case '\n', '\r':
				return nil, 0, false
			case '\\':
				escaped = true
				j++ // the escaped byte: checked by unescape
			}
			j++
		}
		if j >= len(s) {
			return nil, 0, false
		}
		val := quad.String(s[i+1 : j])
		if escaped {
			u, ok := unescape(s[i+1 : j])
			if !ok {
				return nil, 0, false
			}
			val = quad.String(u)
		}
		j++
		switch {
		case j < len(s) && s[j] == '@':
			end, ok := langTag(s, j+1)
			if !ok {
				return nil, 0, false
			}
			return quad.LangString{Value: val, Lang: s[j+1 : end]}, end, true
		case j+2 < len(s) && s[j] == '^' && s[j+1] == '^' && s[j+2] == '<':
			end, ok := bracketed(s, j+2, iriChar)
			if !ok {
				return nil, 0, false
			}
			return quad.TypedString{Value: val, Type: quad.IRI(s[j+3 : end-1])}, end, true
		}
		return val, j, true
	}
	return nil, 0, false
}

// bracketed reads <...> at s[i:], every byte inside passing ok, and returns
// the index after the '>'.
func bracketed(s string, i int, ok func(byte) bool) (int, bool) {
	for j := i + 1; j < len(s); j++ {
		if s[j] == '>' {
			return j + 1, true
		}
		if !ok(s[j]) {
			return 0, false
		}
	}
	return 0, false
}

// unescape decodes the escapes of a quoted literal as nquads.Parse does:
// \t \b \n \r \f \" \' \\, and \uXXXX and \UXXXXXXXX (a code point that is no
// character becomes U+FFFD).
func unescape(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'b':
			b.WriteByte('\b')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'f':
			b.WriteByte('\f')
		case '"', '\'', '\\':
			b.WriteByte(s[i])
		case 'u', 'U':
			n := 4
			if s[i] == 'U' {
				n = 8
			}
			if i+n >= len(s) {
				return "", false
			}
			code, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil || code > math.MaxInt32 {
				// nquads.Parse panics on a code past int32; parseLine
				// reports it.
				return "", false
			}
			b.WriteRune(rune(code))
			i += n
		default:
			return "", false
		}
	}
	return b.String(), true
}

// rawChar is a byte the library's parser accepts in an unquoted term (its
// IRIs are unquoted terms in angle brackets): no blank, control character,
// quote or backslash. Bytes of multi-byte characters are accepted.
func rawChar(c byte) bool {
	return c == '!' || (c >= '#' && c <= '[') || (c >= ']' && c <= '~') || c >= 0x80
}

// iriChar is a byte the N-Quads grammar accepts in a datatype IRI.
func iriChar(c byte) bool {
	switch {
	case c == '!', c >= '#' && c <= ';', c == '=', c >= '?' && c <= '[', c == ']', c == '_',
		c >= 'a' && c <= 'z', c == '~', c >= 0x80:
		return true
	}
	return false
}

// langTag reads [a-zA-Z]+ ('-' [a-zA-Z0-9]+)* at s[i:] and returns the
// index after it.
func langTag(s string, i int) (int, bool) {
	letters := func(i int, digits bool) int {
		j := i
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || digits && s[j] >= '0' && s[j] <= '9') {
			j++
		}
		return j
	}
	j := letters(i, false)
	if j == i {
		return 0, false
	}
	for j < len(s) && s[j] == '-' {
		k := letters(j+1, true)
		if k == j+1 {
			return 0, false
		}
		j = k
	}
	return j, true
}
