package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A parent's possessive the recogniser read into its unit's name names two
// bodies: "McLean Industries Inc's United States Lines Inc", "Consolidated
// Natural Gas System's Consolidated Gas Transmission Corp". The unit's name
// after the possessive ends in a legal form and has a word before it; the
// owner before it ends in a legal form itself, or has two capitalised words
// or more (not a place and one word), before a unit that opens with no common
// plural ("Moody's Investors Service Inc", "Lowe's Cos Inc", "McDonald's
// Corp", "Shaw's Supermarkets Inc" are one firm each). An owner whose last
// two words are a given name and another is a person ("Rupert Murdoch's News
// Corp Ltd"). A bare apostrophe is a possessive after a plural only
// ("Winn Enterprises' Knudsen Foods Inc", not "Pay N' Pak Stores Inc").

// splitParentPossessive splits each recogniser mention in ms that holds a
// parent's possessive and its unit's name into the two bodies.
func splitParentPossessive(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	var out []ner.Mention
	for i, m := range ms {
		p := parentPossessive(toks, m)
		if p < 0 {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]ner.Mention, 0, len(ms)+1), ms[:i]...)
		}
		owner, unit := m, m
		owner.End, owner.Label, owner.Class = p, ner.Organization, ""
		if !legalToken(toks[p-1]) && lowerIn(givenNames, toks[p-2].Text) {
			owner.Label = ner.Person // "Rupert Murdoch's News Corp Ltd"
		}
		unit.Start, unit.Label, unit.Class = p+1, ner.Organization, ""
		out = append(out, owner, unit)
	}
	if out == nil {
		return ms
	}
	return out
}

// parentPossessive returns the possessive token inside m that parts a
// parent's name from its unit's, or -1.
func parentPossessive(toks []nlp.Token, m ner.Mention) int {
	if m.Label == ner.Person || m.Label == ner.Place || m.End-m.Start < 4 || !legalToken(toks[m.End-1]) {
		return -1
	}
	for p := m.End - 3; p > m.Start; p-- {
		if t := toks[p].Text; t != "'s" && t != "’s" && (t != "'" && t != "’" || !strings.HasSuffix(toks[p-1].Text, "s")) {
			continue // not "Pay 'N Pak Stores Inc", "Pay N' Pak Stores Inc"
		}
		u := toks[p+1].Text
		if !gazetteer.Capitalised(u) || legalToken(toks[p+1]) || firmPlurals[strings.TrimSuffix(lower(u), ".")] {
			return -1
		}
		if legalToken(toks[p-1]) {
			return p
		}
		// an owner of two capitalised words or more, none a place ("the
		// U.S. Shaw's Supermarkets Inc"), before a unit that opens with no
		// common plural ("Moody's Investors Service Inc")
		if p-m.Start < 2 || toks[p+1].Tag == "NNS" || toks[p+1].Tag == "NNPS" {
			return -1
		}
		for k := m.Start; k < p; k++ {
			if !gazetteer.Capitalised(toks[k].Text) {
				return -1
			}
		}
		if _, ok := gazetteer.Place(toks[m.Start].Text); ok && p-m.Start == 2 {
			return -1 // a place before a one-word owner
		}
		return p
	}
	return -1
}

// legalToken reports whether token t is a legal form that ends a firm's
// name ("Inc", "Corp.", "Ltd").
func legalToken(t nlp.Token) bool {
	return legalSuffix[strings.TrimSuffix(lower(t.Text), ".")]
}
