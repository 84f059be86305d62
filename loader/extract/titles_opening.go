package extract

// The first word of a sentence that opens the title before a name is the
// title's when it could be nothing else (issue 11's judged samples, seeds 66
// and 106): a country's name before a party's or body's name ("UK
// Independence Party leader Roger Knapman", the name the recogniser did not
// read), a common noun making a compound with the lower-case noun after it
// ("Management board chief Carl Hahn"), and a department's adjective before
// capitalised department words ("Public Credit Director Mauricio Cabrera",
// "Foreign Trade Minister"). Sentence-initial capitals are otherwise no title
// words (roles_before.go): "Veteran", "Embattled", "New" describe the person.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// openingTitleWord reports whether token 0 of toks, the first word of the
// title words toks[0:end] read before a name, belongs to the title.
func openingTitleWord(toks []nlp.Token, end int) bool {
	if openingPortfolio(toks, end) || openingJurisdiction(toks, end) {
		return true
	}
	if end < 3 {
		return false
	}
	w, next := toks[0].Text, toks[1].Text
	if !gazetteer.Capitalised(w) {
		return false
	}
	// "UK Independence Party leader": a country's name before a name's
	// capitalised words
	if _, ok := gazetteer.Country(w); ok && gazetteer.Capitalised(next) && !isTitleHead(next) {
		return true
	}
	lw := lower(w)
	if ner.NameWord(w) || describingWords[lw] || titleModifiers[lw] || lw == "new" || isTitleHead(w) || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") {
		return false
	}
	// "Management board chief": a compound with a lower-case noun
	if strings.HasPrefix(toks[0].Tag, "NN") && next == lower(next) && (toks[1].Tag == "NN" || toks[1].Tag == "NNS") && !isTitleHead(next) && !lowerIn(titleModifiers, next) && isTitleHead(toks[end-1].Text) {
		return true
	}
	// "Public Credit Director": an adjective of a department before the
	// department's capitalised common words (two joined by "and") and a
	// capitalised head: "International Trade and Industry Minister"
	if !departmentAdjectives[lw] || !gazetteer.Capitalised(next) || ner.NameWord(next) || isTitleHead(next) {
		return false
	}
	for i := 1; i < end; i++ {
		if !gazetteer.Capitalised(toks[i].Text) && !joinedDepartmentAnd(toks, i, end) {
			return false
		}
	}
	return isTitleHead(toks[end-1].Text)
}

// joinedDepartmentAnd reports whether token i of the title words toks[0:end]
// is an "and" joining two capitalised department words: "International
// Trade and Industry Minister".
func joinedDepartmentAnd(toks []nlp.Token, i, end int) bool {
	return toks[i].Text == "and" && i > 0 && i+1 < end && gazetteer.Capitalised(toks[i-1].Text) && gazetteer.Capitalised(toks[i+1].Text) && !isTitleHead(toks[i-1].Text)
}

// departmentAdjectives open the names of departments and portfolios:
// "Public Works", "Foreign Trade", "Home Affairs", "Internal Revenue".
var departmentAdjectives = map[string]bool{
	"public": true, "foreign": true, "home": true, "internal": true, "external": true, "national": true,
	"federal": true, "social": true, "economic": true, "financial": true, "industrial": true, "agricultural": true,
	"overseas": true, "domestic": true, "regional": true, "local": true, "urban": true, "rural": true,
	"environmental": true, "cultural": true, "legal": true, "monetary": true, "fiscal": true, "commercial": true,
	"technical": true, "scientific": true, "medical": true, "military": true, "naval": true, "civil": true,
	"international": true,
}

// openingPortfolio reports whether the title words toks[0:end] read before a
// name open with a post's field of work (data/portfolioNouns.txt) and are
// all capitalised up to a title's head (or a lower-case head right after the
// field, openingFieldNoun): "Trade Representative Clayton
// Yeutter", "Sales Manager": the field is the title's, no word of address.
func openingPortfolio(toks []nlp.Token, end int) bool {
	if end < 2 || !lowerIn(portfolioNouns, toks[0].Text) || !isTitleHead(toks[end-1].Text) {
		return false
	}
	if openingFieldNoun(toks, end) {
		return true
	}
	for _, t := range toks[:end] {
		if !gazetteer.Capitalised(t.Text) {
			return false
		}
	}
	return true
}

// openingFieldNoun reports whether the title words toks[0:end] read before
// a name are a capitalised field of work and one lower-case title head:
// "Marketing director", "Sales manager" opening a sentence (issue 11's
// seed143 row 25: the field was cut off as a capital of the sentence). The
// field must be tagged a noun and be no word of a name.
func openingFieldNoun(toks []nlp.Token, end int) bool {
	if end != 2 || !strings.HasPrefix(toks[0].Tag, "NN") || ner.NameWord(toks[0].Text) {
		return false
	}
	head := toks[1].Text
	return head == lower(head) && isTitleHead(head)
}

// openingJurisdiction reports whether the first word of the title words
// toks[0:end] is the area of a court or a prosecutor's office before
// capitalised words ending in a title head: "District Attorney Bruce L
// Castor Jr", "County Judge", "Circuit Court Judge" (seed130 row 30).
func openingJurisdiction(toks []nlp.Token, end int) bool {
	if end < 2 || !lowerIn(jurisdictionWords, toks[0].Text) || !isTitleHead(toks[end-1].Text) {
		return false
	}
	for _, t := range toks[:end] {
		if !gazetteer.Capitalised(t.Text) {
			return false
		}
	}
	return true
}

// jurisdictionWords name the area of a court or a prosecutor's office that
// opens a post: "District Attorney", "County Judge".
var jurisdictionWords = map[string]bool{"district": true, "county": true, "circuit": true}
