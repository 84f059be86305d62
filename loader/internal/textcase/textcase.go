// Package textcase changes and tests the case of words as package strings
// does, with the same results, but without the work strings does for any
// text: the extractor lower-cases each token many times over, mostly short
// ASCII words that are lower case already.
package textcase

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Lower returns strings.ToLower(s). An ASCII word without capitals comes
// back as it is, without allocating; an ASCII word with some is lowered in
// one pass into one allocation; anything else goes to strings.ToLower.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if c-'A' < 26 {
			return lowerFrom(s, i)
		}
	}
	return s
}

// lowerFrom lowers s, whose bytes before i are ASCII without capitals and
// whose byte i is a capital.
func lowerFrom(s string, i int) string {
	for j := i + 1; j < len(s); j++ {
		if s[j] >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	b := make([]byte, len(s))
	copy(b, s)
	for ; i < len(b); i++ {
		if b[i]-'A' < 26 {
			b[i] += 'a' - 'A'
		}
	}
	return unsafe.String(&b[0], len(b))
}

// LowerAligned returns strings.ToLower(s) and true when lowering keeps the
// length of every rune of s, so that for i and j at rune starts (or len(s))
// strings.ToLower(s[i:j]) is the result's [i:j]: one pass and at most one
// allocation lower every word of a text. It returns "" and false when s is
// not valid UTF-8 or holds a rune whose lower case has another length ('İ',
// 'Ⱥ').
func LowerAligned(s string) (string, bool) {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c-'A' < 26 {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return "", false
		}
		if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != size {
				return "", false
			}
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	if b == nil {
		return s, true
	}
	return unsafe.String(&b[0], len(b)), true
}

// IsUpper reports whether strings.ToUpper(s) == s, without building the
// upper-case copy of an ASCII word.
func IsUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// strings.ToUpper maps rune by rune, so the ASCII before i,
			// without lower case, stays as it is.
			return strings.ToUpper(s[i:]) == s[i:]
		}
		if c-'a' < 26 {
			return false
		}
	}
	return true
}

// LowerInto returns strings.ToLower(s), written into buf when s is ASCII
// and fits (the result then shares buf's memory: it is valid only while
// buf is and must not be kept), else as Lower returns it.
func LowerInto(buf []byte, s string) string {
	if b, ok := FoldASCII(buf, s); ok {
		if len(b) == 0 {
			return ""
		}
		return unsafe.String(&b[0], len(b))
	}
	return Lower(s)
}

// FoldASCII writes the lower case of s into buf and returns it, when s is
// ASCII and fits; ok is false otherwise. m[string(b)] looks it up in a map
// without a copy.
func FoldASCII(buf []byte, s string) (b []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}
