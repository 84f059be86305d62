package extract

// A body's expert standing for a person: "The University of Surrey expert
// continued" is the one person named just before, who works at the
// university; "expert" says what the person knows, not a post, so it
// gives the body and no job title.

import "strings"

// expertNouns name what a person is to a body without a post.
var expertNouns = map[string]bool{"expert": true, "academic": true}

// postOfDescription returns the job title a body's description gives
// ("spokesman"), or "" when its last word is one of expertNouns.
func postOfDescription(title string) string {
	f := strings.Fields(title)
	if len(f) > 0 && expertNouns[lower(f[len(f)-1])] {
		return ""
	}
	return title
}
