package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// bracketedFirms reads a firm's name with a bracketed part before its legal
// form as one organisation: "Yamaichi International (Europe) Ltd", "Cheung
// Kong (Holdings) Ltd", "York International (Cyprus) Ltd". The recogniser
// splits such a name at the bracket: the words before it became a place or a
// person, and the legal form alone ("Ltd") a firm. The name is capitalised
// words (maybe joined by "&", "and" or "of"), then capitalised words or
// abbreviations ("U.K.", "Far East") in round brackets, then legal forms
// (legalForms: Ltd, Inc, Corp, Co, SA, Pty ...).
func (x *extractor) bracketedFirms(si int) {
	toks := x.sents[si].toks
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].Text != "(" {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+4 && toks[j].Text != ")" && gazetteer.Capitalised(toks[j].Text) {
			j++
		}
		if j == i+1 || j+1 >= len(toks) || toks[j].Text != ")" || !legalForms[legalWord(toks[j+1].Text)] {
			continue
		}
		end := j + 2
		for end < len(toks) && legalForms[legalWord(toks[end].Text)] {
			end++ // "(Pte) Co Ltd"
		}
		start := x.firmNameStart(si, i)
		if start < i {
			x.addMention(si, start, end, Organization, false)
		}
		i = end - 1
	}
}

// legalWord is a word as legalForms holds it: lower case, no final dot.
func legalWord(w string) string { return strings.TrimSuffix(lower(w), ".") }

// firmNameStart returns the first token of the capitalised words before
// token i that open a firm's name (at most six; "&" or "and" may join
// them, but not after a legal form: "A Ltd and B (Far East) Ltd" are two
// names; "of" after a body's word: "Bank of Japan"), i when there are none or they open with a legal form. A word
// in lower case, a determiner, a calendar word, an honorific, a possessive,
// a hyphenated adjective ("Hong Kong-based") or a Reuters bracket stops it.
func (x *extractor) firmNameStart(si, i int) int {
	toks := x.sents[si].toks
	start := i
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].Text
		lw := lower(w)
		if (w == "&" || lw == "and") && k > 0 && k < i-1 && gazetteer.Capitalised(toks[k-1].Text) && !legalForms[legalWord(toks[k-1].Text)] {
			continue // "Cable and Wireless (Far East) Ltd"
		}
		if lw == "of" && k > 0 && k < i-1 && (gazetteer.IsOrgHead(toks[k-1].Text) || gazetteer.IsOrgSuffix(toks[k-1].Text)) {
			continue // "Union Bank of Switzerland (Securities) Ltd", not "Andrew Barrett of ..."
		}
		_, wd := weekdays[lw]
		_, mo := months[strings.TrimSuffix(lw, ".")]
		if !gazetteer.Capitalised(w) || wd || mo || lw == "the" || isHonorific(lw) || strings.ContainsAny(w, "<>") || possessiveToken(toks[k]) || hyphenTailWord(w) {
			break
		}
		start = k
	}
	if start < i && legalForms[legalWord(toks[start].Text)] {
		return i // "... & Co (Hong Kong) Ltd": the name's head is not read
	}
	return start
}
