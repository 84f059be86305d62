package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// personBeforeOf returns where a body's name found from j to its last word
// at end-1 really starts when a person's name stands before its first "of":
// "Ward McCarthy of Merrill Lynch Economics Inc" is an economist of a firm,
// and "Mr McCarthy of ..." too. A person's name here is a given name and one
// or two more capitalised words, or a word after an honorific, none of them a
// body's word, the words no known body or place; a given name no list knows
// does when a verb of speech or a title frames the name (speakerFrame). It
// returns j otherwise.
func personBeforeOf(toks []nlp.Token, j, end int) int {
	of := -1
	for k := j + 1; k < end-1 && k <= j+3; k++ {
		if lowerIs(toks[k].Text, "of") {
			of = k
			break
		}
	}
	if of < 0 || !gazetteer.Capitalised(toks[of+1].Text) {
		return j
	}
	titled := j > 0 && isHonorific(strings.TrimSuffix(lower(toks[j-1].Text), "."))
	if !titled && (of-j < 2 || !lowerIn(givenNames, toks[j].Text) && !speakerFrame(toks, j, end)) {
		return j
	}
	for _, t := range toks[j:of] {
		if !gazetteer.Capitalised(t.Text) || !strings.HasPrefix(t.Tag, "NNP") || isAcronym(t.Text) || isTitleHead(t.Text) {
			return j
		}
	}
	if orgWord(toks[j:of]) {
		return j
	}
	words := make([]string, 0, of-j)
	for _, t := range toks[j:of] {
		words = append(words, t.Text)
	}
	name := strings.Join(words, " ")
	if _, ok := orgLookup(name); ok {
		return j
	}
	if _, ok := gazetteer.Place(name); ok {
		return j
	}
	return of + 1
}

// peopleBeforeBodies returns the people's names that personBeforeOf cut off
// the bodies' names in spans (from orgSpans): "Ward McCarthy" before "of
// Merrill Lynch Economics Inc", which the recogniser may have read as one
// name with it.
func peopleBeforeBodies(toks []nlp.Token, spans [][2]int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		of := sp[0] - 1
		if of < 1 || !lowerIs(toks[of].Text, "of") {
			continue
		}
		j := of
		for j > 0 && of-j < 3 && gazetteer.Capitalised(toks[j-1].Text) && strings.HasPrefix(toks[j-1].Tag, "NNP") && !isHonorific(strings.TrimSuffix(lower(toks[j-1].Text), ".")) {
			j--
		}
		if j < of && personBeforeOf(toks, j, sp[1]) == sp[0] {
			out = append(out, [2]int{j, of})
		}
	}
	return out
}

// speakerFrame reports whether a verb of speech or a title in lower case
// frames the name of two or three words from j to its "of" and a body's name
// that ends at end-1, the way news names a source by its employer: "said
// Keiji Tsuda of Nissei Asset Management Corp", "Keita Konishi of Sumitomo
// Life Insurance Co said", "professor Rei Shiratori of Dokkyo University".
// The body's name must hold a body's word or ending and be more than a
// place and a legal form, and the name before "of" hold no word of the
// dictionary: "Breslube Enterprises of Toronto said", "Gold Fields of South
// Africa Ltd said" name one firm.
func speakerFrame(toks []nlp.Token, j, end int) bool {
	of := j + 1
	for of < end && !lowerIs(toks[of].Text, "of") {
		of++
	}
	if of-j < 2 || of-j > 3 || !orgWord(toks[of+1:end]) || placeAndForm(toks[of+1:end]) {
		return false
	}
	for _, t := range toks[j:of] {
		if dictionaryWord(t.Text) {
			return false
		}
	}
	if j > 0 {
		before := toks[j-1].Text
		if lowerIn(speechVerbs, before) || !gazetteer.Capitalised(before) && isTitleHead(before) {
			return true
		}
	}
	k := end
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	return k < len(toks) && lowerIn(speechVerbs, toks[k].Text)
}

// placeAndForm reports whether ts are a place's name and legal forms or
// endings of bodies' names after it: "South Africa Ltd", "America Inc".
func placeAndForm(ts []nlp.Token) bool {
	n := len(ts)
	for n > 0 && (lowerIn(legalForms, strings.TrimSuffix(ts[n-1].Text, ".")) || gazetteer.IsOrgSuffix(ts[n-1].Text) || ts[n-1].Text == ".") {
		n--
	}
	if n == 0 || n == len(ts) {
		return false
	}
	words := make([]string, 0, n)
	for _, t := range ts[:n] {
		words = append(words, t.Text)
	}
	_, ok := gazetteer.Place(strings.Join(words, " "))
	return ok
}
