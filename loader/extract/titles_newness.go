package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A title is the post, not how long its holder has held it: "new coach Andy
// Robinson" and "the newly-appointed chief executive" hold the titles
// "coach" and "chief executive". "New" before a capitalised word is part of a
// place's name ("New Zealand ambassador") and stays.

// withoutNewness returns title without a leading "new", "newly-elected" or
// "newly appointed" before a lower-case word, else title.
func withoutNewness(title string) string {
	first, rest, ok := strings.Cut(title, " ")
	if !ok || rest == "" {
		return title
	}
	lw := strings.ToLower(first)
	switch {
	case lw == "new":
	case strings.HasPrefix(lw, "newly-"):
	case lw == "newly":
		// "newly appointed chief executive": the participle goes too
		_, r, ok := strings.Cut(rest, " ")
		if !ok || r == "" {
			return title
		}
		rest = r
	default:
		return title
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
		return title
	}
	return rest
}
