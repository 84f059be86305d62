package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// appositionStart returns where the title phrase after a name ending at
// token end starts: after a comma or a dash ("Dee Dee Myers — a White House
// press secretary —"), after a relative clause ("Waters, who is Chair of",
// "who serves as"), or, with no comma, after a verb phrase ("Smith serves
// as the executive director of", "Smith is the chief executive of").
func appositionStart(toks []nlp.Token, end int) (int, bool) {
	j := end + 1
	switch toks[end].Text {
	case ",", "—", "–", "--":
		// "Lukman, who is also Nigerian oil minister,"
		if w := strings.ToLower(toks[j].Text); w == "who" && j+1 < len(toks) {
			if k := roleVerb(toks, j+1); k > j+1 {
				j = k
			} else {
				return 0, false
			}
		}
	default:
		k := roleVerb(toks, end)
		if k == end || k >= len(toks) {
			return 0, false
		}
		// "is" needs an article or a title right after it: "is the chief
		// executive of", not "is expected".
		if beVerbs[strings.ToLower(toks[end].Text)] {
			if w := strings.ToLower(toks[k].Text); w != "the" && w != "a" && w != "an" && !isTitleHead(toks[k].Text) {
				return 0, false
			}
		}
		j = k
	}
	return j, j < len(toks)
}

// roleVerbs are verbs that put a post after them with "as": "serves as the
// executive director of".
var roleVerbs = wordSet("roleVerbs")

// roleVerb returns the index after a verb that introduces a post at token
// j ("is", "was also", "serves as", "has served as"), or j when there is none.
func roleVerb(toks []nlp.Token, j int) int {
	k := j
	if k < len(toks) && (strings.EqualFold(toks[k].Text, "has") || strings.EqualFold(toks[k].Text, "had")) && k+1 < len(toks) {
		k++
	}
	if k >= len(toks) {
		return j
	}
	w := strings.ToLower(toks[k].Text)
	switch {
	case beVerbs[w] && w != "be" && w != "being":
		k++
	case roleVerbs[w] && k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "as"):
		k += 2
	default:
		return j
	}
	for k < len(toks) && toks[k].Tag == "RB" { // "is also", "was previously"
		k++
	}
	if k < len(toks) && strings.EqualFold(toks[k].Text, "as") && k > j && roleVerbs[strings.ToLower(toks[k-1].Text)] {
		k++
	}
	return k
}
