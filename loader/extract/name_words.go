// Word tests the name rules share: what looks like a name, a title, a body, a team.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// isCountryName reports whether a word is itself a country's name (some
// demonym lists include names such as "Swiss" alongside "Switzerland").
func isCountryName(s string) bool {
	_, ok := gazetteer.Country(s)
	return ok
}

// holidays are one-word names of feasts: "to spend Christmas with her
// mother" names no one.
var holidays = wordSet("holidays")

func isHonorific(w string) bool { return gazetteer.IsPrefix(w) }

func isOpenQuote(t nlp.Token) bool  { return t.Tag == "``" || t.Text == "\"" }
func isCloseQuote(t nlp.Token) bool { return t.Tag == "''" || t.Text == "\"" }

// nameLike reports whether tokens read as a name rather than a date, a
// number or a weekday: some word is capitalised and not a calendar word.
func nameLike(ts []nlp.Token) bool {
	if len(ts) == 0 || ts[0].Text[0] >= '0' && ts[0].Text[0] <= '9' && !(ordinal(ts[0].Text) && len(ts) > 1) {
		return false // "21 Christians", but "2nd Battalion Royal Gurkha Rifles"
	}
	if len(ts) == 1 && lowerIn(numberWords, ts[0].Text) {
		return false // "Fifteen minutes into the film"
	}
	if len(ts) == 1 && money(ts[0].Text) {
		return false // "suspended at A$4.25"
	}
	if len(ts) > 1 && lowerIn(currencyUnits, ts[len(ts)-1].Text) {
		return false // "50 mln N.Z. Dlrs of 77-day Treasury bills": an amount
	}
	for _, t := range ts {
		lw := lower(t.Text)
		if _, ok := weekdays[lw]; ok {
			continue
		}
		if _, ok := months[strings.TrimSuffix(lw, ".")]; ok {
			continue
		}
		if holidays[lw] {
			continue
		}
		if gazetteer.Capitalised(t.Text) {
			return true
		}
	}
	return false
}

// currencyUnits are the wire's abbreviated currencies that end an amount
// written in capitals ("N.Z. Dlrs", "Canadian Dlrs", "Mln Stg"): no name.
var currencyUnits = map[string]bool{"dlrs": true, "dlr": true, "stg": true}

// money reports whether a token is an amount of money: a currency's sign
// and digits ("A$4.25", "HK$10", "US$3bn").
func money(w string) bool {
	i := strings.IndexAny(w, "$£€¥")
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(w[i:], "$£€¥")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// joinsNames reports whether a span joined by "and" is two names ("the
// United States and Soviet Union", "IMF and World Bank", "Electrolux AB and
// Pepsico Inc"), not one.
func joinsNames(ts []nlp.Token) bool {
	start := 0
	for k, t := range ts {
		if w := lower(t.Text); w != "and" && w != "&" {
			continue
		}
		words := make([]string, 0, k-start)
		for _, t := range ts[start:k] {
			words = append(words, t.Text)
		}
		part := strings.Join(words, " ")
		if _, ok := gazetteer.Place(part); ok {
			return true
		}
		// "Electrolux AB and Pepsico Inc": a legal form ends a firm's name
		if _, ok := gazetteer.Org(part); ok || isAcronym(part) || len(words) > 0 && (gazetteer.IsOrgSuffix(words[len(words)-1]) || legalForms[strings.TrimSuffix(lower(words[len(words)-1]), ".")]) {
			return true
		}
		if k+1 < len(ts) && ner.TwoNames(words, ts[k+1].Text) {
			return true // "Sony Pictures Entertainment and MGM Studios"
		}
		start = k + 1
	}
	return false
}

// memberNouns are the nouns of a body's members.
var memberNouns = wordSet("memberNouns")

// memberNoun reports whether tokens start with a noun of members, maybe
// after a number: "800,000 workers", "members".
func memberNoun(ts []nlp.Token) bool {
	for k, t := range ts {
		if k > 1 {
			return false
		}
		if lowerIn(memberNouns, t.Text) {
			return true
		}
		if t.Tag != "CD" {
			return false
		}
	}
	return false
}

// orgLookup finds a known organisation, trying British and American
// spellings ("Organisation", "Co-operation").
func orgLookup(name string) (gazetteer.OrgInfo, bool) {
	if o, ok := gazetteer.Org(name); ok {
		return o, true
	}
	for _, r := range [][2]string{{"isation", "ization"}, {"ization", "isation"}, {"Cooperation", "Co-operation"}, {"Co-operation", "Cooperation"}} {
		if v := strings.ReplaceAll(name, r[0], r[1]); v != name {
			if o, ok := gazetteer.Org(v); ok {
				return o, true
			}
			for _, r2 := range [][2]string{{"Cooperation", "Co-operation"}, {"Co-operation", "Cooperation"}} {
				if v2 := strings.ReplaceAll(v, r2[0], r2[1]); v2 != v {
					if o, ok := gazetteer.Org(v2); ok {
						return o, true
					}
				}
			}
		}
	}
	return gazetteer.OrgInfo{}, false
}

// allTitle reports whether every token is a title word.
func allTitle(ts []nlp.Token) bool {
	for _, t := range ts {
		if !isTitleHead(t.Text) && !lowerIn(titleModifiers, t.Text) {
			return false
		}
	}
	return true
}

func allDemonyms(ts []nlp.Token) bool {
	for _, t := range ts {
		if _, ok := demonym(t.Text); !ok {
			return false
		}
	}
	return true
}

// typeOf maps a recogniser label and class to an entity type.
func typeOf(l ner.Label, class string) EntityType {
	switch l {
	case ner.Person:
		return Person
	case ner.Organization:
		return Organization
	case ner.Place:
		switch class {
		case gazetteer.ClassCountry:
			return Country
		case gazetteer.ClassCity:
			return City
		}
		return Place
	}
	return Other
}

// posInside returns the index of a possessive token inside [start, end),
// with names on both sides, or -1.
func posInside(toks []nlp.Token, start, end int) int {
	for k := start + 1; k < end-1; k++ {
		if toks[k].Tag == "POS" || toks[k].Text == "’s" || toks[k].Text == "'s" {
			return k
		}
	}
	return -1
}

func hasComma(ts []nlp.Token) bool {
	for _, t := range ts {
		if t.Text == "," {
			return true
		}
	}
	return false
}

func titleJoin(w string) bool { w = lower(w); return w == "of" || w == "for" || w == "and" }

// orgWord reports whether a name holds a word that marks an organisation.
func orgWord(ts []nlp.Token) bool {
	for _, t := range ts {
		if gazetteer.IsOrgSuffix(t.Text) || gazetteer.IsOrgHead(t.Text) {
			return true
		}
	}
	return false
}

// ordinal reports whether a word is a number written as an ordinal: "2nd".
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// dropCap reports whether tokens [start, end) are a page's drop capital cut
// off its word: "Z imbabwe President Robert Mugabe", "W hatever the outcome".
func dropCap(toks []nlp.Token, start, end int) bool {
	if start != 0 || end != 1 || end >= len(toks) {
		return false
	}
	w, next := toks[0].Text, toks[1].Text
	if len(w) != 1 || w[0] < 'B' || w[0] > 'Z' || w == "I" || next == "" {
		return false
	}
	return next[0] >= 'a' && next[0] <= 'z' && toks[1].Start == toks[0].End+1
}

// softPlaceSuffix are place words that also end the names of bodies:
// "Islamic State", "Cancer Research Centre".
var softPlaceSuffix = wordSet("softPlaceSuffix")

// legalSuffix are the words that end a company's legal name.
var legalSuffix = wordSet("legalSuffix")

// numberWords are spelled numbers, no names at the start of a sentence.
var numberWords = wordSet("numberWords")

// teamWords end the names of sports clubs after a town: "Dundee United".
var teamWords = wordSet("teamWords")

// teamName reports whether tokens [start, end) are a town followed by a
// club's word: "Dundee United", "Bristol Rovers". ("Kansas City" and
// "Orange County" are places: no such words here.)
func (x *extractor) teamName(si, start, end int) bool {
	toks := x.sents[si].toks
	p, ok := gazetteer.Place(toks[start].Text)
	if !ok || p.Class == gazetteer.ClassCountry {
		if end-start < 3 {
			return false
		}
		// "Los Angeles Lakers", "New York Knicks"
		if p, ok = gazetteer.Place(x.span(si, start, start+2)); !ok || p.Class == gazetteer.ClassCountry {
			return false
		}
	}
	return lowerIn(teamWords, toks[end-1].Text)
}
