package source

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// decodeCharRefs turns the numeric character references a plain-text
// scrape keeps from its HTML ("Pel&#233;", "&#x2019;") into their
// characters, and an inverted question mark written between two letters
// ("Blair¿s", the trace of a curly apostrophe converted to Latin-1 and
// back) into an apostrophe. Named references ("&amp;") are left alone: they
// are rare in text and "AT&T;" is not one. A reference to a control
// character, a surrogate or nothing is left as written.
func decodeCharRefs(s string) string {
	if !strings.Contains(s, "&#") && !strings.Contains(s, "¿") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] == '&' && i+2 < len(s) && s[i+1] == '#' {
			if r, n := charRef(s[i:]); n > 0 {
				b.WriteRune(r)
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	out := b.String()
	if !strings.Contains(out, "¿") {
		return out
	}
	return apostropheMarks(out)
}

// charRef reads "&#NNN;" or "&#xHH;" at the start of s: the character and
// the bytes read, 0 when it is no reference to a printable character.
func charRef(s string) (rune, int) {
	j, base := 2, 10
	if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
		j, base = 3, 16
	}
	end := strings.IndexByte(s[j:], ';')
	if end <= 0 || end > 7 {
		return 0, 0
	}
	v, err := strconv.ParseUint(s[j:j+end], base, 32)
	if err != nil || v > unicode.MaxRune {
		return 0, 0
	}
	r := rune(v)
	if !utf8.ValidRune(r) || unicode.IsControl(r) && r != '\n' && r != '\t' {
		return 0, 0
	}
	return r, j + end + 1
}

// apostropheMarks replaces "¿" between two letters by an apostrophe: a
// Spanish question opens after a space or a line's start, never inside a
// word.
func apostropheMarks(s string) string {
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '¿' && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
			rs[i] = '\''
		}
	}
	return string(rs)
}
