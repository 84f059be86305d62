// A name that ends in a hyphen is cut: German writes the shared tail of
// coordinated compounds once ("Bayerische Hypotheken- und Wechsel-Bank",
// "Handels- und Gewerbebank"), and the recogniser reads the words before
// the first hyphen as a person's name. A mention whose name's last word
// ends in a single hyphen after a letter names nothing whole and is
// dropped, whatever its type ("Bank--", a dash after a whole name, stays).

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hyphenCutName reports whether name ends in a single hyphen right after a
// letter ("Berlin Handels-").
func hyphenCutName(name string) bool {
	rest, ok := strings.CutSuffix(name, "-")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return unicode.IsLetter(r)
}

// dropHyphenCutNames removes the mentions whose name is cut at a hyphen.
func (x *extractor) dropHyphenCutNames() {
	x.dropMentionsIf(func(m *mention) bool { return hyphenCutName(m.name) })
}
