package extract

// Posts told by a role verb in its -ing form after a form of "be" or a verb
// of beginning: "Ted Marsh is working as a reporter for the Boston Globe",
// "Lou Grant began working as a reporter at the Globe in 2010".

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// beginVerbs start the work a role verb's -ing form tells after them:
// "began working as", "started serving as".
var beginVerbs = wordSet("beginVerbs")

// roleAsAfter returns the index after a role verb's -ing form and "as" at
// token k ("working as", "serving as"), or k when there is none.
func roleAsAfter(toks []nlp.Token, k int) int {
	if k+2 >= len(toks) || !strings.EqualFold(toks[k+1].Text, "as") {
		return k
	}
	if w := lower(toks[k].Text); !strings.HasSuffix(w, "ing") || !roleVerbs[w] {
		return k
	}
	return k + 2
}
