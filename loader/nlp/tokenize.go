package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

// tokenizeText splits text into tokens exactly as prose v3's default tokenizer
// (tokenize.New().Tokenize) does, appending them to dst: the same spans, the
// same prefix, contraction and suffix splits, and the same whole spans
// (emoticons; initialisms such as "U.S." and short abbreviations such as
// "Mr." that prose finds with a regular expression, here tested by hand:
// the regular expression was a tenth of the extractor's time). prose's code
// is MIT-licensed (© Joseph Kato). TestTokenizeMatchesProse and
// FuzzTokenizeMatchesProse compare the two.
func tokenizeText(text string, dst []token.Token) []token.Token {
	var (
		start, index int
		white        bool
		length       = len(text)
	)
	for index < length {
		// ASCII, most of any text, without decoding a rune.
		uc, size, space := rune(text[index]), 1, false
		if uc < utf8.RuneSelf {
			space = asciiSpace[uc]
		} else {
			uc, size = utf8.DecodeRuneInString(text[index:])
			space = unicode.IsSpace(uc)
		}
		if index == 0 {
			white = space
		}
		if space != white {
			if start < index {
				dst = splitSpan(text[start:index], start, dst)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		dst = splitSpan(text[start:index], start, dst)
	}
	return dst
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports as space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// blankSpan reports whether s is empty or entirely white space.
func blankSpan(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// splitSpan breaks one white-space-delimited span, at byte offset base of
// the text, into tokens: prose's Tokenizer.split.
func splitSpan(span string, base int, tokens []token.Token) []token.Token {
	if blankSpan(span) {
		return tokens
	}
	var sufArr [8]token.Token
	suffixes := sufArr[:0]
	for span != "" {
		if specialSpan(span) {
			tokens = append(tokens, token.Token{Text: span, Start: base})
			span = ""
			break
		}
		if p := matchAffix(span, tokPrefixes, strings.HasPrefix, prefixFirst[span[0]]); p > 0 {
			tokens = append(tokens, token.Token{Text: span[:p], Start: base})
			span, base = span[p:], base+p
			continue
		}
		if idx := indexContraction(span); idx > 0 {
			tokens = append(tokens, token.Token{Text: span[:idx], Start: base})
			span, base = span[idx:], base+idx
			continue
		}
		if s := matchAffix(span, tokSuffixes, strings.HasSuffix, suffixLast[span[len(span)-1]]); s > 0 {
			cut := len(span) - s
			suffixes = append(suffixes, token.Token{Text: span[cut:], Start: base + cut})
			span = span[:cut]
			continue
		}
		tokens = append(tokens, token.Token{Text: span, Start: base})
		span = ""
	}
	for i := len(suffixes) - 1; i >= 0; i-- {
		tokens = append(tokens, suffixes[i])
	}
	return tokens
}

// specialSpan reports whether prose keeps a span whole: an emoticon, or a
// match of `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`.
func specialSpan(s string) bool {
	return initialism(s) || shortAbbrev(s) || isEmoticon(s)
}

// initialism matches `^(?:[A-Za-z]\.){2,}$`: "U.S.", "a.m.".
func initialism(s string) bool {
	if len(s) < 4 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// shortAbbrev matches `^[A-Z][a-z]{1,2}\.$`: "Mr.", "Gen.".
func shortAbbrev(s string) bool {
	if len(s) < 3 || len(s) > 4 || s[len(s)-1] != '.' || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// prose's default affixes and contractions, in its order (the first that
// matches wins).
var (
	tokPrefixes = []string{"$", "(", `"`, "[", "“", "‘"}
	tokSuffixes = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "”", "’"}
	// contractions are compared with ASCII case folded.
	contractions = [...]string{"'ll", "'s", "'re", "'m", "n't", "’ll", "’s", "’re", "’m", "n’t"}
)

// prefixFirst and suffixLast mark the first bytes of tokPrefixes and the
// last bytes of tokSuffixes: most spans start and end with none of them.
var prefixFirst, suffixLast = affixBytes(tokPrefixes, 0), affixBytes(tokSuffixes, -1)

// affixBytes marks the byte at i of each affix (-1: the last).
func affixBytes(affixes []string, i int) (bs [256]bool) {
	for _, a := range affixes {
		if i < 0 {
			bs[a[len(a)-1]] = true
		} else {
			bs[a[i]] = true
		}
	}
	return bs
}

// matchAffix returns the length of the first affix that has fits s and
// leaves something of it, or 0; maybe false (the byte of s that an affix
// would end or start with is none's) answers 0 at once.
func matchAffix(s string, affixes []string, has func(s, affix string) bool, maybe bool) int {
	if !maybe {
		return 0
	}
	for _, a := range affixes {
		if len(s) > len(a) && has(s, a) {
			return len(a)
		}
	}
	return 0
}

// indexContraction returns the byte offset of the earliest contraction in s
// after its first byte, ASCII case folded, or -1: prose's indexAnyCase,
// which looks for each contraction's first occurrence and skips the
// contraction when that is at the start of s. Only the contractions that
// start with a byte of s are tried there.
func indexContraction(s string) int {
	for i := 1; i < len(s); i++ {
		for _, c := range contractionsByFirst[s[i]] {
			if len(c) <= len(s)-i && equalFoldASCII(s[i:i+len(c)], c) && !equalFoldASCII(s[:len(c)], c) {
				return i
			}
		}
	}
	return -1
}

// contractionsByFirst lists the contractions by their first byte, in
// either case.
var contractionsByFirst = func() (by [256][]string) {
	for _, c := range contractions {
		by[c[0]] = append(by[c[0]], c)
		if u := c[0]; u >= 'a' && u <= 'z' {
			by[u-'a'+'A'] = append(by[u-'a'+'A'], c)
		}
	}
	return by
}()

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if ca >= 'A' && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if cb >= 'A' && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return false
		}
	}
	return true
}
