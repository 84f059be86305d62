package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// joinPossessiveSuffix joins a recogniser mention to a legal form alone
// after its possessive: the model reads "McDonald's Corp" and "Chi-Chi's
// Inc" as a name and a second name "Corp" or "Inc", but they are one firm's
// name. Not when a country or a people owns the firm ("Britain's ... plc"
// is left to joinFirmNames) or the first name is a place.
func joinPossessiveSuffix(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for _, m := range ms {
		n := len(out)
		if m.End-m.Start != 1 || n == 0 || !legalSuffix[strings.TrimSuffix(lower(toks[m.Start].Text), ".")] {
			out = append(out, m)
			continue
		}
		p := out[n-1]
		if p.End+1 != m.Start || !possessiveToken(toks[p.End]) || p.Label == ner.Place {
			out = append(out, m)
			continue
		}
		if nationalOwner(toks, p) {
			out = append(out, m)
			continue
		}
		out[n-1] = ner.Mention{Start: p.Start, End: m.End, Label: ner.Organization}
	}
	return out
}

// possessiveToken reports whether a token is the possessive "'s".
// nationalOwner reports whether the words of mention p name a country or a
// nationality ("Britain's", "French"): a possessive of a nation before a
// firm's name is no part of that name.
func nationalOwner(toks []nlp.Token, p ner.Mention) bool {
	words := make([]string, 0, p.End-p.Start)
	for _, t := range toks[p.Start:p.End] {
		words = append(words, t.Text)
	}
	owner := strings.Join(words, " ")
	_, country := gazetteer.Country(owner)
	_, adj := demonym(owner)
	return country || adj
}

func possessiveToken(t nlp.Token) bool {
	return t.Tag == "POS" || t.Text == "'s" || t.Text == "’s"
}
