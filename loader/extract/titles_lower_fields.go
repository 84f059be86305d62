package extract

// A title's field in lower case after "of", right before the holder's
// name: "Spain's minister of sport Jaime Lissavetzky", "USPCI vice
// president of finance Larry Shelton", "Jamaica's minister of health and
// wellness, Christopher Tufton". titleBefore reads capitalised departments
// after "of" ("Minister of Health"); these it would cut at the lower-case
// field.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// postFields are the fields of a post (data/postFields.txt).
var postFields = wordSet("postFields")

// postField reports whether token k of sentence s is a lower-case field of
// a post, no part of a name.
func postField(s *sentence, k int) bool {
	if k < 0 || s.owner[k] >= 0 || gazetteer.Capitalised(s.toks[k].Text) {
		return false
	}
	w := s.lower(k)
	return postFields[w] || portfolioNouns[w]
}

// lowerFieldHead returns the index of the title's head before "of" and the
// lower-case field (one, or two joined by "and") that ends at token j, or
// -1 when none stands there.
func lowerFieldHead(s *sentence, j int) int {
	if !postField(s, j) {
		return -1
	}
	k := j - 1
	if k >= 2 && isAnd(s.toks[k].Text) && postField(s, k-1) {
		k -= 2 // "minister of mines and power"
	}
	if k < 1 || s.lower(k) != "of" || s.owner[k-1] >= 0 || !isTitleHead(s.toks[k-1].Text) {
		return -1
	}
	return k - 1
}

// fieldOccupation reports whether a title is an occupation's head that is
// no office alone (loneNoOffice: "director") with a lower-case field: a
// town before "director of rugby" names the club, no town's office.
func fieldOccupation(title string) bool {
	head, _, _ := strings.Cut(lower(title), " ")
	return loneNoOffice[head] && lowerField(title)
}

// lowerField reports whether a title is a head, "of" and a field written
// in lower case: "director of rugby", not "Director of Public Health".
func lowerField(title string) bool {
	_, field, ok := strings.Cut(title, " of ")
	return ok && field != "" && field == strings.ToLower(field)
}
