package source

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText turns bytes into UTF-8 text. Valid UTF-8 (a BOM is dropped) is
// kept; anything else that is not binary is read as Windows-1252, and warn
// says so.
func decodeText(data []byte) (text, warn string, err error) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if looksBinary(data) {
		return "", "", binaryReason(data)
	}
	if utf8.Valid(data) {
		return string(data), "", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("not valid UTF-8 nor Windows-1252: %w", err)
	}
	return string(out), "not valid UTF-8, read as Windows-1252", nil
}

// looksBinary reports whether data (or its first 8 KB) looks like a binary
// file rather than text: a NUL byte, a known binary signature, or many control
// bytes.
func looksBinary(data []byte) bool {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	if len(data) == 0 {
		return false
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	// Signatures alone are not trusted: a text starting "BMW ..." sniffs as
	// image/bmp. Binary formats carry NULs or control bytes early on.
	ctl := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0x1b {
			ctl++
		}
	}
	return ctl*100 > len(data)*2 // more than 2% control bytes
}

// binaryType names a known binary content type of data, or "".
func binaryType(data []byte) string {
	ct := http.DetectContentType(data)
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	switch {
	case strings.HasPrefix(ct, "image/"), strings.HasPrefix(ct, "audio/"), strings.HasPrefix(ct, "video/"),
		strings.HasPrefix(ct, "font/"):
		if ct == "image/svg+xml" {
			return ""
		}
		return ct
	case ct == "application/pdf", ct == "application/zip", ct == "application/x-rar-compressed",
		ct == "application/wasm", ct == "application/vnd.ms-fontobject", ct == "application/x-gzip",
		ct == "application/ogg":
		return ct
	}
	return ""
}

func binaryReason(data []byte) error {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	if t := binaryType(data); t != "" {
		return fmt.Errorf("%w (%s)", ErrBinary, t)
	}
	return ErrBinary
}

// cleanString makes s safe to store: valid UTF-8 without control characters
// other than newline and tab, and without surrounding space.
func cleanString(s string, keepNewlines bool) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	clean := true
	for _, r := range s {
		if isDropped(r, keepNewlines) {
			clean = false
			break
		}
	}
	if !clean {
		s = strings.Map(func(r rune) rune {
			if isDropped(r, keepNewlines) {
				if r == '\r' || r == '\n' || r == '\t' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029' || r == 0x85 {
					return ' '
				}
				return -1
			}
			return r
		}, s)
	}
	return strings.TrimSpace(s)
}

func isDropped(r rune, keepNewlines bool) bool {
	switch {
	case r == '\n':
		return !keepNewlines
	case r == '\t':
		return false
	case r == '\uFEFF':
		return true
	case r == '\u2028' || r == '\u2029':
		return true
	}
	return unicode.IsControl(r)
}

// cleanArticle applies cleanString to every field of a.
func cleanArticle(a *Article) {
	a.ID = cleanString(a.ID, false)
	a.URL = cleanString(a.URL, false)
	a.Headline = collapseSpace(decodeCharRefs(cleanString(a.Headline, false)))
	a.Text = normalizeParagraphs(decodeCharRefs(cleanString(a.Text, true)))
	a.Source = collapseSpace(cleanString(a.Source, false))
	a.Author = collapseSpace(cleanString(a.Author, false))
	a.Origin = cleanString(a.Origin, false)
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
