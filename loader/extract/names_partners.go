package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// partnerStart returns where a partnership's name that starts at j and ends
// at end ("Read and Co", "Harris Upham and Co Inc") really starts: after an
// "and" that joins another name to it, or over the
// partner named before a comma, "Dillon, Read and Co" and "Smith Barney,
// Harris Upham and Co." are one firm's legal name. It returns j when the
// name is no partnership ("and Co" within its first four words), or the
// words before the comma are no partner: the last of a list ("Lazard,
// Dillon, Read and Co"), a firm's or a body's name of its own ("Salomon
// Brothers, Read and Co"), a known place ("Paris, Read and Co"). A partner
// is one or two capitalised words.
func partnerStart(toks []nlp.Token, j, end int) int {
	co := -1
	for k := j + 2; k < end; k++ {
		if w := toks[k].Text; (w == "Co" || w == "Co.") && lowerIs(toks[k-1].Text, "and") {
			co = k
			break
		}
	}
	if co < 0 {
		return j
	}
	// "Goldman Sachs International and S.G. Warburg and Co Ltd": an "and"
	// before the partnership's joins it to another name
	for k := co - 2; k > j; k-- {
		if w := lower(toks[k].Text); w == "and" || w == "&" {
			return k + 1
		}
	}
	if co-j > 3 || j < 2 || toks[j-1].Text != "," || !partnerWord(toks[j-2]) {
		return j
	}
	b := j - 2
	if b > 0 && partnerWord(toks[b-1]) {
		b--
	}
	if b > 0 {
		// a list goes on before it; an apposition's comma does not:
		// "Purolator's adviser, Dillon, Read and Co"
		w := lower(toks[b-1].Text)
		if w == "and" || w == "&" || partnerWord(toks[b-1]) || w == "," && b > 1 && gazetteer.Capitalised(toks[b-2].Text) {
			return j
		}
	}
	last := toks[j-2].Text
	if legalForms[strings.TrimSuffix(lower(last), ".")] || gazetteer.IsOrgSuffix(last) {
		return j
	}
	words := make([]string, 0, j-1-b)
	for _, t := range toks[b : j-1] {
		words = append(words, t.Text)
	}
	if _, ok := gazetteer.Place(strings.Join(words, " ")); ok {
		return j
	}
	return b
}

// partnerWord reports whether a token can be a word of a partner's name:
// capitalised letters, maybe with initials' dots ("E.F.").
func partnerWord(t nlp.Token) bool {
	return gazetteer.Capitalised(t.Text) && strings.HasPrefix(t.Tag, "NNP") && !isHonorific(lower(strings.TrimSuffix(t.Text, ".")))
}
