package extract

import "strings"

// Words a title read backwards from a name must stop before (issue 11's
// judged samples, seeds 66 and 105): a verb that lists the names after it,
// which the tagger may read as an adjective ("Other acts to play include
// soul singer Alicia Keys"), and a time noun after its determiner ("Earlier
// this month deputy prime minister Janos Milosavljevic"): the adverbial's
// noun is no title word.

// listingVerbs introduce the names listed after them.
var listingVerbs = map[string]bool{
	"include": true, "includes": true, "included": true, "including": true,
	"feature": true, "features": true, "featured": true, "featuring": true,
	"stars": true, "starred": true, "starring": true,
}

// timeDeterminers make a time noun after them an adverbial: "this month",
// "last year", "each week".
var timeDeterminers = map[string]bool{"this": true, "that": true, "last": true, "next": true, "every": true, "each": true, "same": true, "previous": true, "following": true}

// titleClauseVerbs are finite verbs (data/titleClauseVerbs.txt) that, after a subject,
// are the clause's verb and no modifier of the title after them.
var titleClauseVerbs = wordSet("titleClauseVerbs")

// titleStopsAt reports whether the lower-case word at token j of sentence s,
// met while a title ending at token titleEnd is read backwards from a name,
// is no title word: a listing verb before the title's head, or a time noun
// after a determiner. ("star" is a noun: "Larne's teenage star".)
func titleStopsAt(s *sentence, j, titleEnd int) bool {
	lw := s.lower(j)
	if s.toks[j].Text != lw || j >= titleEnd-1 {
		return false
	}
	if listingVerbs[lw] {
		return true
	}
	if titleClauseVerbs[lw] && !titleModifiers[lw] && !isTitleHead(lw) && j > 0 && (s.owner[j-1] >= 0 || strings.HasPrefix(s.toks[j-1].Tag, "NN") || s.toks[j-1].Tag == "PRP") {
		return true // "Critics of the policy claim president Hugo Chavez", "Riverin replaces former president"
	}
	return timeNouns[lw] && j > 0 && timeDeterminers[s.lower(j-1)]
}
