package source

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// unquoteJSON returns the string that the JSON string literal raw spells
// and true, as json.Unmarshal into a string returns it, when raw is a
// literal of the common kind: valid UTF-8 without control characters, whose
// escapes are the one-letter ones (\" \\ \/ \b \f \n \r \t). It returns
// false for anything else (a \u escape, bytes that are not UTF-8, a value
// that is not a string literal, a literal that is not valid), which the
// caller hands to json.Unmarshal. An article's text is most of a JSONL
// line, and json.Unmarshal would scan it twice more (to check it, then to
// find the literal's end) before unquoting it.
func unquoteJSON(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	// The plain bytes before the first escape are copied as they are.
	i := 0
	for i < len(body) {
		c := body[i]
		if c == '\\' || c == '"' || c < ' ' {
			break
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && size == 1 {
			return "", false
		}
		i += size
	}
	if i == len(body) {
		return string(body), true
	}
	var out strings.Builder
	out.Grow(len(body))
	out.Write(body[:i])
	for i < len(body) {
		c := body[i]
		switch {
		case c == '\\':
			if i+1 == len(body) {
				return "", false // the closing quote escaped
			}
			e, ok := jsonEscape(body[i+1])
			if !ok {
				return "", false // \u, or not an escape at all
			}
			out.WriteByte(e)
			i += 2
		case c == '"' || c < ' ':
			return "", false // not a valid literal
		case c < utf8.RuneSelf:
			out.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && size == 1 {
				return "", false
			}
			out.Write(body[i : i+size])
			i += size
		}
	}
	return out.String(), true
}

// jsonEscape returns the byte that the one-letter escape \c of a JSON
// string stands for, false when \c is no such escape.
func jsonEscape(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// decodeJSONString is json.Unmarshal(raw, &s), through unquoteJSON when it
// reads raw.
func decodeJSONString(raw []byte) (string, error) {
	if s, ok := unquoteJSON(raw); ok {
		return s, nil
	}
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}
