package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Words a title phrase sweeps in around the post itself (issue 11):
//
//   - a wire's ticker bracket: "president of <Mr." is president;
//   - a rank after the post: "White House aide Lt. Col. Oliver North" is an
//     aide, the rank no part of the post;
//   - a firm's ticker before the title: "<XON> director";
//   - a conjunction first: "[Minerals] and Energy Minister" is a fragment of
//     a portfolio whose first word was read as a body;
//   - a client after a trade that serves clients: "a lawyer for Coastal" is a
//     lawyer, the client no part of the title.

// gluedTitleWords returns the words of a title without what was glued to
// it, or false when what is left is a fragment.
func gluedTitleWords(words []string) ([]string, bool) {
	// "<XON> director": the firm's ticker before the title
	for len(words) > 1 && strings.HasPrefix(words[0], "<") {
		words = words[1:]
	}
	for i, w := range words {
		if strings.HasPrefix(w, "<") {
			words = trimJoins(words[:i])
			break
		}
	}
	if len(words) == 0 {
		return nil, false
	}
	for len(words) > 1 && rankAbbrev(words[len(words)-1]) && headBeforeRank(words[:len(words)-1]) {
		words = words[:len(words)-1]
	}
	for i := 1; i+1 < len(words); i++ {
		if lowerIs(words[i], "for") && clientTrades[words[i-1]] { // lower case: "U.S. Attorney for Manhattan" is an office
			words = words[:i]
			break
		}
	}
	return words, true
}

// conjunctionFirst reports whether a title opens with a conjunction: a
// fragment of a portfolio whose first word was read as a body ("[Minerals]
// and Energy Minister").
func conjunctionFirst(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch lower(words[0]) {
	case "and", "&", "or":
		return true
	}
	return false
}

// trimJoins drops the joining words left at the end of a cut title.
func trimJoins(words []string) []string {
	for len(words) > 0 {
		switch lower(words[len(words)-1]) {
		case "of", "for", "at", "to", "and", "the", "&":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	return words
}

// rankAbbrev reports whether w is an abbreviated military or police rank:
// "Lt.", "Col.", "Gen.".
func rankAbbrev(w string) bool {
	return strings.HasSuffix(w, ".") && lowerIn(rankAbbrevs, strings.TrimSuffix(w, "."))
}

// headBeforeRank reports whether words hold a title head that is no rank:
// "aide" in "aide Lt. Col.".
func headBeforeRank(words []string) bool {
	for _, w := range words {
		if !rankAbbrev(w) && isTitleHead(strings.TrimSuffix(w, ".")) {
			return true
		}
	}
	return false
}

var rankAbbrevs = map[string]bool{"lt": true, "col": true, "gen": true, "maj": true, "capt": true, "sgt": true,
	"cpl": true, "adm": true, "cmdr": true, "cdr": true, "brig": true, "pvt": true, "lieut": true}

// clientTrades are trades whose "for" names a client, no part of the title:
// "a lawyer for Coastal", "counsel for the plaintiffs".
var clientTrades = map[string]bool{"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
	"counsel": true, "solicitor": true, "barrister": true, "accountant": true, "lobbyist": true}

// namesListBefore reports whether the person's name ending at token end
// closes a list of names ("Stephen Walsh and John Cirigliano,"), so that a
// plural title after it may be theirs. After one name ("Mr Finnie,
// representatives of the Royal Society and ...") the plural title is the
// others'.
func (x *extractor) namesListBefore(si, end int) bool {
	s := &x.sents[si]
	if end < 1 || s.owner[end-1] < 0 {
		return false
	}
	m := &x.mentions[s.owner[end-1]]
	lead := honorificsBefore(s.toks, m.start)
	if lead < 2 || !isAnd(s.toks[lead-1].Text) {
		return false
	}
	pm := x.mentionAt(si, lead-2)
	return pm != nil && pm.typ == Person
}

// pluralHead reports whether the head of the title in toks, the last title
// word before its "of", "for", "at" or "to", is plural: "representatives of
// the Royal Society", not "chief investment officer of Hibernian Investment
// Managers".
func pluralHead(toks []nlp.Token) bool {
	head := ""
	for _, t := range toks {
		switch lower(t.Text) {
		case "of", "for", "at", "to", "with":
			return pluralWord(head)
		}
		if isTitleHead(t.Text) {
			head = t.Text
		}
	}
	return pluralWord(head)
}

func pluralWord(w string) bool {
	if w == "" {
		return false
	}
	_, plural := singularTitle(w)
	return plural
}

// pluralDepartmentAnd reports whether token j of s is a capitalised plural
// department word joined by "and" to the rest of a title read back from
// titleEnd ("Minerals and Energy Minister", "Posts and Telecommunications
// Minister"): the tagger reads it as a common plural noun, no name, and
// without it the title would open with "and".
func pluralDepartmentAnd(s *sentence, j, titleEnd int, seenHead bool) bool {
	t := s.toks[j]
	return seenHead && t.Tag == "NNS" && s.owner[j] < 0 && gazetteer.Capitalised(t.Text) && !isTitleHead(t.Text) &&
		j+2 < titleEnd && s.lower(j+1) == "and" && gazetteer.Capitalised(s.toks[j+2].Text)
}
