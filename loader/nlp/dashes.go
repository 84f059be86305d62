package nlp

import (
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

// innerBreaks are the marks modern copy writes between words without spaces
// ("Obama—not Biden—spoke", "Erykah Badu…and Betty Davis"): an em dash, a
// horizontal bar and an ellipsis. The tokeniser splits only at white space
// and at a span's ends, so that a name ran into the next words across one.
// An en dash and a hyphen join words ("Seattle–Tacoma", "Lüchow-Dannenberg")
// and stay.
const innerBreaks = "—―…"

// splitInnerBreaks splits tokens at the innerBreaks inside them, each mark a
// token of its own: "Badu…and" gives "Badu", "…", "and".
func splitInnerBreaks(toks []token.Token) []token.Token {
	n := 0
	for _, t := range toks {
		if len(t.Text) > 3 && hasInnerBreak(t.Text) {
			n++
		}
	}
	if n == 0 {
		return toks
	}
	out := make([]token.Token, 0, len(toks)+2*n)
	for _, t := range toks {
		if len(t.Text) <= 3 || !hasInnerBreak(t.Text) {
			out = append(out, t)
			continue
		}
		s, base := t.Text, t.Start
		for s != "" {
			i := strings.IndexAny(s, innerBreaks)
			if i < 0 {
				out = append(out, token.Token{Text: s, Start: base})
				break
			}
			if i > 0 {
				out = append(out, token.Token{Text: s[:i], Start: base})
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			out = append(out, token.Token{Text: s[i : i+size], Start: base + i})
			s, base = s[i+size:], base+i+size
		}
	}
	return out
}

// hasInnerBreak reports whether s holds one of the innerBreaks. All three
// are encoded from the byte 0xE2, which most tokens lack: that byte test is
// a fraction of what strings.ContainsAny costs with a non-ASCII set.
func hasInnerBreak(s string) bool {
	return strings.IndexByte(s, 0xE2) >= 0 && strings.ContainsAny(s, innerBreaks)
}
