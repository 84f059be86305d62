package extract

// A minister is named after a portfolio: "Treasury Minister Giovanni
// Goria", "Home Office Minister Des Browne". When the recogniser reads the
// portfolio as a body (the Treasury, the Home Office), the body stays the
// affiliation, but the title is the whole "Treasury Minister": "Minister"
// alone drops what the post is.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// portfolioStart returns where the title read with portfolio body om
// starts: past a nation's adjective that opens the body's name ("Venezuelan
// Energy and Mines Minister": the nation is no word of the title), and
// back over capitalised words the recogniser left out of it ("Wheat
// [Board] Minister").
func portfolioStart(s *sentence, om *mention) int {
	k := om.start
	if _, ok := demonym(s.toks[k].Text); ok && om.end-k > 1 {
		return k + 1
	}
	for n := 0; n < 2 && k > 0 && s.owner[k-1] < 0 && gazetteer.Capitalised(s.toks[k-1].Text) && s.toks[k-1].Tag == "NNP" && !isTitleHead(s.toks[k-1].Text); n++ {
		k--
	}
	return k
}

// nationBodyName reports whether body mention om, opening with a nation's
// adjective, ends in a body's head word and so names a body of that nation
// ("Venezuelan Investment Fund Minister": the fund), not a nation and a
// portfolio ("Venezuelan Energy and Mines Minister").
func nationBodyName(s *sentence, om *mention) bool {
	last := s.toks[om.end-1].Text
	return gazetteer.IsOrgHead(last) || gazetteer.IsOrgSuffix(last)
}

// portfolioBefore reports whether body mention om stands right before the
// title words [titleStart, titleEnd) of sentence s that are "Minister"
// alone, and names a portfolio a minister holds: no party ("Labour MP",
// "Tory minister" say whose member), no firm (a legal form), no name the
// article's person mentions use.
func portfolioBefore(s *sentence, om *mention, titleStart, titleEnd int) bool {
	if om.typ != Organization || titleStart != om.end || titleEnd != titleStart+1 || s.lower(titleStart) != "minister" {
		return false
	}
	if partyWord(om.name) || isAcronym(om.name) {
		return false
	}
	ws := strings.Fields(om.name)
	last := strings.TrimSuffix(lower(ws[len(ws)-1]), ".")
	return !legalForms[last] && !legalSuffix[last]
}

// departmentTails end a department's name and never open one: "Corporate
// Affairs", "Armed Forces", "Natural Resources". A capitalised word opening
// the sentence before one of them is the department's first word.
var departmentTails = map[string]bool{"affairs": true, "relations": true, "resources": true, "forces": true, "services": true, "industries": true}

// departmentTail reports whether w, capitalised, is one of departmentTails.
func departmentTail(w string) bool {
	return lowerIn(departmentTails, w) && w != lower(w)
}

// portfolioHeads are the titles named after a portfolio: "work and
// pensions spokesman" (not "fashionista and clothes designer", two trades).
var portfolioHeads = map[string]bool{"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "commissioner": true}

// lowerPortfolioAnd reports whether "and" at token j of sentence s joins
// two lower-case nouns of one portfolio before the title's head, as in
// "work and pensions spokesman", "trade and industry secretary": neither
// noun is a title head ("chairman and chief executive" are two posts).
func lowerPortfolioAnd(s *sentence, j, titleEnd int) bool {
	if s.lower(j) != "and" || j < 1 || j+2 >= titleEnd+1 || j+1 >= titleEnd-1 || !portfolioHeads[s.lower(titleEnd-1)] {
		return false
	}
	// "Labour's record and party leader", "his professionalism and
	// dedication impressed manager": a possessed noun is the sentence's
	if j >= 2 && (s.toks[j-2].Tag == "POS" || s.toks[j-2].Tag == "PRP$") {
		return false
	}
	for _, k := range []int{j - 1, j + 1} {
		t := s.toks[k]
		if s.owner[k] >= 0 || t.Text != lower(t.Text) || t.Tag != "NN" && t.Tag != "NNS" || isTitleHead(t.Text) {
			return false
		}
	}
	return true
}

// nameGoesOn reports whether the title words [titleStart, titleEnd) read
// after body mention om of sentence s open with a word that ends a firm's
// name ("Hanson Industries chairman": the recogniser cut the name before
// "Industries"): that word is no title's, and the mention only a fragment
// of the body's name, no affiliation. A word that makes a known title
// with the words after it opens the title ("Treasury Financial Secretary":
// the title is Financial Secretary, of the Treasury).
func nameGoesOn(s *sentence, om *mention, titleStart, titleEnd int) bool {
	if om.typ != Organization || titleStart != om.end || titleStart+1 >= titleEnd || knownTitleAt(s.toks, titleStart, titleEnd) {
		return false
	}
	w := s.toks[titleStart].Text
	return gazetteer.Capitalised(w) && gazetteer.IsOrgSuffix(w) && !isTitleHead(w)
}

// modifierHeads are title heads that also modify the noun after them:
// "chief accountant", "head coach".
var modifierHeads = map[string]bool{"chief": true, "head": true}

// chiefOf reports whether the lower-case nouns ts after the title head
// are what the head modifies ("the SEC's chief accountant"): the title is
// the whole phrase, not "chief".
func chiefOf(head nlp.Token, ts []nlp.Token) bool {
	if !lowerIn(modifierHeads, head.Text) || len(ts) == 0 || len(ts) > 2 {
		return false
	}
	for _, t := range ts {
		if t.Text != lower(t.Text) || t.Tag != "NN" && t.Tag != "NNS" {
			return false
		}
	}
	return true
}

// withoutNation returns a body's name without a nation's adjective opening
// it: "Energy and Mines" of "Ecuadorean Energy and Mines".
func withoutNation(name string) string {
	if first, rest, ok := strings.Cut(name, " "); ok {
		if _, ok := demonym(first); ok {
			return rest
		}
	}
	return name
}
