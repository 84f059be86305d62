package extract

import (
	"strings"
	"unicode"
)

// hasField reports whether w is one of strings.Fields(s), without building
// the fields.
func hasField(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if f == w {
			return true
		}
	}
	return false
}

// edgeFields returns the first and the last of strings.Fields(s) and their
// number (n), without building the fields: most rules that split a name
// read only its ends ("" and "" for no field).
func edgeFields(s string) (first, last string, n int) {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				if n++; n == 1 {
					first = s[start:i]
				}
				last = s[start:i]
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		if n++; n == 1 {
			first = s[start:]
		}
		last = s[start:]
	}
	return first, last, n
}

// nextField returns the first of strings.Fields(s) and the text after it
// (ok false when s has no field), for reading the fields one by one
// without building them.
func nextField(s string) (field, rest string, ok bool) {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				return s[start:i], s[i:], true
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		return s[start:], "", true
	}
	return "", "", false
}
