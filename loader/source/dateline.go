package source

import (
	"strings"
	"unicode"
)

// datelinePlace returns the place of a wire story's dateline: "WASHINGTON"
// of "WASHINGTON, March 3 -" or of "WASHINGTON (Reuters) -", "" when the
// line names no place (empty, a date only, or not a short run of words
// starting with a capital).
func datelinePlace(line string) string {
	line = strings.TrimSpace(line)
	if i := strings.IndexAny(line, ",(–—"); i >= 0 {
		line = line[:i]
	}
	if i := strings.Index(line, " -"); i >= 0 {
		line = line[:i]
	}
	line = strings.Join(strings.Fields(line), " ")
	if line == "" || len(line) > 40 || strings.Count(line, " ") > 3 {
		return ""
	}
	first := []rune(line)[0]
	if !unicode.IsUpper(first) || strings.IndexFunc(line, unicode.IsDigit) >= 0 {
		return ""
	}
	return line
}
