package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A title is the post, not how long its holder has held it nor the style of
// the holder's name: "long-serving leader Leonid Kuchma" holds "leader", and
// "Oil Minister Sheikh Ali al-Khalifa" holds "Oil Minister" (the Sheikh is
// his name's). Like "new" (titles_newness.go), a tenure word goes only
// before a lower-case word: "Veteran Affairs Secretary" keeps its body.

// tenureOpeners open a title with how long its holder has held it.
var tenureOpeners = map[string]bool{
	"long-serving": true, "longest-serving": true, "longtime": true, "long-time": true, "veteran": true,
}

// nameStyles are the styles of a name that a title read up to the name may
// end with.
var nameStyles = map[string]bool{
	"sheikh": true, "sheik": true, "sir": true, "dame": true, "mr": true, "mrs": true, "ms": true, "dr": true,
}

// withoutTenure returns title without a leading tenure word ("long-serving
// leader" → "leader") and without a trailing style of the holder's name
// ("President Sheikh" → "President"), else title.
func withoutTenure(title string) string {
	if first, rest, ok := strings.Cut(title, " "); ok && rest != "" && tenureOpeners[strings.ToLower(first)] {
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
			title = rest
		}
	}
	if i := strings.LastIndexByte(title, ' '); i > 0 && nameStyles[strings.TrimSuffix(strings.ToLower(title[i+1:]), ".")] {
		title = title[:i]
	}
	return title
}
