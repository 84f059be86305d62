package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A person's name that goes on into a firm's name is the firm's partner
// name, not a person holding a post: "Fritz Leutwiler, chairman of BBC AG
// Brown Boveri und Cie" gave "Brown Boveri" the chairman's title and the
// firm (blind seed127 jobTitle row 5). Names such as "Jefferies and Co",
// "Alex Brown and Sons" end in a partnership's tail after "and".

// partnershipAnds join a firm's partner names to the partnership's tail.
var partnershipAnds = map[string]bool{"and": true, "und": true, "et": true, "&": true}

// firmNameGoesOn reports whether the tokens from end on continue a firm's
// name after a partner's name: "und Cie", "and Co", "& Sons".
func firmNameGoesOn(toks []nlp.Token, end int) bool {
	if end+1 >= len(toks) || !lowerIn(partnershipAnds, toks[end].Text) {
		return false
	}
	w := lower(strings.TrimSuffix(toks[end+1].Text, "."))
	return w == "cie" || w == "co" || w == "company" || partnerTails[w]
}
