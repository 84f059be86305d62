// Two spellings of one person's full name in one article: initials for the
// given names ("T Shanklin", "K.G. Saur" for "Tom Shanklin", "Klaus Saur")
// and a short form of the given name ("Jim Ammeen" for "James Ammeen").

package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nicknames maps a short form of a given name to the given names it
// stands for, lower-cased (data/nicknames.txt).
var nicknames = func() map[string][]string {
	out := map[string][]string{}
	for _, l := range dataLines("nicknames") {
		for n := range strings.FieldsSeq(l[1]) {
			out[n] = append(out[n], l[0])
		}
	}
	return out
}()

// variantOf returns the one name of names that the full name a is another
// spelling of (sameGiven), or "" when none or several are.
func variantOf(a string, names []string) string {
	found := ""
	for _, b := range names {
		if b == a || !sameGiven(a, b) {
			continue
		}
		if found != "" && found != b {
			return ""
		}
		found = b
	}
	return found
}

// sameGiven reports whether the full name a writes the person of the full
// name b another way: the same surname (and the words between), and given
// names that are b's initials ("T", "K.G.", "J.R.") or a short form of b's
// ("Jim" for "James"). b must spell its given name out.
func sameGiven(a, b string) bool {
	// Most pairs differ in their last word: answered before splitting.
	if la, ma := lastWord(a); !ma {
		return false
	} else if lb, mb := lastWord(b); !mb || la != lb {
		return false
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	k := 0 // a's given names written as initials: fa[:k]
	for k < len(fa)-1 {
		if _, ok := initialsOf(fa[k : k+1]); !ok {
			break
		}
		k++
	}
	if k > 0 {
		rest := fa[k:] // "de Marigny" of "R de Marigny"
		if len(fb) <= len(rest) || !slices.Equal(fb[len(fb)-len(rest):], rest) {
			return false
		}
		ini, _ := initialsOf(fa[:k])
		gb := fb[:len(fb)-len(rest)]
		if _, bIni := initialsOf(gb[:1]); bIni || len(ini) < len(gb) {
			return false // "J Smith" and "J.R. Smith"; "J Smith" and "John Robert Smith" may be another John
		}
		for i, w := range gb {
			if r, _ := utf8.DecodeRuneInString(w); r != ini[i] {
				return false
			}
		}
		return true
	}
	if len(fa) != len(fb) || fa[0] == fb[0] || !slices.Equal(fa[1:], fb[1:]) {
		return false
	}
	return slices.Contains(lowerIn(nicknames, fa[0]), lower(fb[0]))
}

// initialsOf returns the capital letters of given names written as
// initials ("T", "K.G.", "J. R.", "KP"), and whether every word is initials.
func initialsOf(words []string) ([]rune, bool) {
	var out []rune
	for _, w := range words {
		if len(w) == 2 && isUpperASCII(w[0]) && isUpperASCII(w[1]) {
			out = append(out, rune(w[0]), rune(w[1])) // "KP Robertson"
			continue
		}
		for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
			r, n := utf8.DecodeRuneInString(part)
			if n == 0 || n != len(part) || !unicode.IsUpper(r) {
				return nil, false
			}
			out = append(out, r)
		}
	}
	return out, len(out) > 0
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// lastWord returns the last of the words strings.Fields gives of s, and
// whether there are more words before it.
func lastWord(s string) (string, bool) {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(t, unicode.IsSpace)
	if i < 0 {
		return t, false
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	return t[i+size:], strings.TrimFunc(t[:i], unicode.IsSpace) != ""
}
