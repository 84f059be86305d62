package extract

// The words between a title's preposition and its body's name in modern
// copy (issue 15): an owner's noun ("a spokesman for the city's Department
// of Design and Construction"), a base ("a commissioner on the
// Seattle-based International Pacific Halibut Commission"), a seat on a
// board ("a commissioner on the ..."), and a title's lower-case portfolio
// joined by "and" before the body ("deputy commissioner for water and sewer
// operations at the Department of Environmental Protection").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// bodyLead returns the token where a body's name starts after the words
// that may stand between "the" and it, from token k: a lower-case owner's
// noun and its possessive ("the city's", "the state’s") or a "-based" word
// naming the body's seat ("Seattle-based"). It returns k when there are
// none or no body follows.
func (x *extractor) bodyLead(si, k int) int {
	s := &x.sents[si]
	toks := s.toks
	n := k
	switch {
	case k+2 < len(toks) && s.owner[k] < 0 && toks[k].Tag == "NN" && !gazetteer.Capitalised(toks[k].Text) && toks[k+1].Tag == "POS":
		n = k + 2 // "the city's"
	case k+1 < len(toks) && strings.HasSuffix(s.lower(k), "-based") && (s.owner[k] < 0 || x.mentions[s.owner[k]].bend > 0):
		n = k + 1 // "Seattle-based", the place a mention inside the word
	case x.describedLead(si, k) > k:
		n = x.describedLead(si, k) // "the Wall Street firm", "the Dutch group" (names_descriptor_glue.go)
	default:
		return k
	}
	if s.owner[n] >= 0 && s.owner[n] != s.owner[k] && x.mentions[s.owner[n]].start == n && x.mentions[s.owner[n]].typ == Organization {
		return n
	}
	return k
}

// seatTitles are titles held as a seat "on" a board: "a commissioner on
// the International Pacific Halibut Commission", "a member on the board".
var seatTitles = map[string]bool{"member": true, "commissioner": true, "trustee": true, "director": true, "governor": true, "councillor": true, "councilor": true, "regent": true}

// seatOn reports whether token j of sentence si is an "on" after a seat's
// title (head at headAt) with a body's name after it: "a commissioner on the
// Seattle-based International Pacific Halibut Commission". "An expert on
// China", "a hearing on the Taliban" hold no seat.
func (x *extractor) seatOn(si, j, headAt int) bool {
	s := &x.sents[si]
	if headAt < 0 || s.lower(j) != "on" || !seatTitles[s.lower(headAt)] {
		return false
	}
	k := x.afterOfThe(si, j)
	return k < len(s.toks) && s.owner[k] >= 0 && x.mentions[s.owner[k]].start == k && x.mentions[s.owner[k]].typ == Organization
}

// portfolioAnd reports whether the lower-case "and" at token j of sentence
// si joins the words of a title's portfolio that a body's name closes:
// "deputy commissioner for water [and] sewer operations at the Department
// of Environmental Protection". After "and" come one to three lower-case
// nouns or adjectives, then "at", "of" or "for" and a body's name, or the
// apposition's end ("minister of tourism and wildlife,").
func (x *extractor) portfolioAnd(si, j int) bool {
	s := &x.sents[si]
	toks := s.toks
	k := j + 1
	for k < len(toks) && k <= j+3 && s.owner[k] < 0 && !gazetteer.Capitalised(toks[k].Text) && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || strings.HasPrefix(toks[k].Tag, "JJ")) {
		k++
	}
	if k == j+1 {
		return false
	}
	// "Anrew Omanga, former minister of tourism and wildlife,", "Paul
	// Channon, secretary for trade and industry, said": the apposition
	// closes after the portfolio
	if k >= len(toks) || toks[k].Text == "," || toks[k].Text == "." {
		return true
	}
	if w := s.lower(k); w != "at" && w != "of" && w != "for" {
		return false
	}
	b := x.afterOfThe(si, k)
	return b < len(toks) && s.owner[b] >= 0 && x.mentions[s.owner[b]].start == b && x.mentions[s.owner[b]].typ == Organization
}
