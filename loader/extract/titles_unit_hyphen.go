package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// postBeforeUnit returns the post of a word that joins a lower-case title
// head and the capitalised name of the unit held by a hyphen, the wire's
// "executive vice president-Systems Group": the post is "president", the
// unit is no part of it. False for titles written with a hyphen
// ("Vice-Chancellor", "secretary-general", "president-elect").
func postBeforeUnit(w string) (string, bool) {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i >= len(w)-1 {
		return "", false
	}
	head, unit := w[:i], w[i+1:]
	if !lowerWord(head) || !gazetteer.Capitalised(unit) || strings.IndexByte(unit, '-') >= 0 {
		return "", false
	}
	if !titleHeads[head] && !gazetteer.IsTitle(head) {
		return "", false
	}
	return head, true
}

// cutUnitAfterPost drops the unit's name joined by a hyphen to the title's
// last word: "executive vice president-Systems" is "executive vice
// president".
func cutUnitAfterPost(words []string) []string {
	if len(words) == 0 {
		return words
	}
	if h, ok := postBeforeUnit(words[len(words)-1]); ok {
		out := append([]string(nil), words[:len(words)-1]...)
		return append(out, h)
	}
	return words
}

// unitAfterPost reports whether w is a title head with a unit's name joined
// by a hyphen (postBeforeUnit).
func unitAfterPost(w string) bool {
	_, ok := postBeforeUnit(w)
	return ok
}
