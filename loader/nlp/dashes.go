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

// splitDoubleHyphens splits tokens at a run of two or more hyphens that
// touches a letter or a digit: the typewriter's em dash, which wire copy
// writes between words without spaces ("airports--Dallas-Fort Worth",
// "Philadelphia--Dole said"). The run becomes a token of its own. A single
// hyphen joins words and stays; a run between other marks (a table's
// "....--....") and a token of hyphens alone stay whole.
func splitDoubleHyphens(toks []token.Token) []token.Token {
	var out []token.Token
	for i, t := range toks {
		cuts := doubleHyphenRuns(t.Text)
		if cuts == nil {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]token.Token, 0, len(toks)+4), toks[:i]...)
		}
		s, base, prev := t.Text, t.Start, 0
		for _, c := range cuts {
			if c[0] > prev {
				out = append(out, token.Token{Text: s[prev:c[0]], Start: base + prev})
			}
			out = append(out, token.Token{Text: s[c[0]:c[1]], Start: base + c[0]})
			prev = c[1]
		}
		if prev < len(s) {
			out = append(out, token.Token{Text: s[prev:], Start: base + prev})
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// doubleHyphenRuns returns the byte spans [start, end) of the runs of two
// or more hyphens in s that have a letter or digit right before or after
// them, or nil.
func doubleHyphenRuns(s string) [][2]int {
	if len(s) < 3 || !strings.Contains(s, "--") {
		return nil
	}
	var runs [][2]int
	for i := 0; i < len(s); {
		if s[i] != '-' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '-' {
			j++
		}
		if j-i >= 2 && (i > 0 && alnumByte(s[i-1]) || j < len(s) && alnumByte(s[j])) {
			runs = append(runs, [2]int{i, j})
		}
		i = j
	}
	return runs
}

// alnumByte reports whether b is an ASCII letter or digit, or a byte of a
// multi-byte rune (a letter of another script, most likely).
func alnumByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= utf8.RuneSelf
}
