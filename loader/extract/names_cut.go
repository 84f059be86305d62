package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// A capital on a word inside a sentence is the name's: "linked with Spanish
// trio Real Madrid", "said Manufacturers Hanover Futures", where the
// recogniser read only "Madrid" and "Hanover". A capitalised word right
// before a name the recogniser found (not a person's nor a country's or a
// region's:
// "Sub-Saharan Africa", "Middle Britain"), inside a sentence and
// after a lower-case word, opens that name, unless it is a word that stands
// before names without being theirs: a title, an honorific, a national
// adjective or a place, a party, a calendar word, a number, a title's
// modifier ("Former"), a direction, a word hyphenated to a lower-case one
// ("Geneva-based"). A place so opened that no gazetteer knows is a body:
// "Manufacturers Hanover", "Marine Midland".

// nameOpener returns where the recogniser's name [start, end) in sentence
// si opens when a capitalised word before it is the name's first word.
func (x *extractor) nameOpener(si, start, end int, m ner.Mention) int {
	s := &x.sents[si]
	toks := s.toks
	k := start - 1
	if k >= 0 && openingWord(s, k) && s.owner[k] < 0 && m.Label != ner.Person && x.pluralFirmOpener(si, k, end) {
		return k
	}
	if m.Label == ner.Person || m.Class == gazetteer.ClassCountry || m.Class == gazetteer.ClassContinent || m.Class == gazetteer.ClassRegion || k < 1 || s.owner[k] >= 0 || end-start > 3 {
		return start
	}
	// after a lower-case word or "the": inside a sentence, not a heading
	if p := toks[k-1].Text; !isLowerWord(p) {
		return start
	}
	w := toks[k].Text
	if f := toks[start].Text; len(f) < 2 || romanNumeral(f) {
		return start // "Class B", "Phase IV"
	}
	if !gazetteer.Capitalised(w) || isAcronym(w) || len(w) < 2 || !isLetterWord(w) || strings.Contains(w, "-") && !gazetteer.Capitalised(w[strings.LastIndexByte(w, '-')+1:]) || !strings.HasPrefix(toks[k].Tag, "NN") && toks[k].Tag != "JJ" && toks[k].Tag != "VBN" && toks[k].Tag != "VBG" {
		return start
	}
	lw := s.lower(k)
	_, wd := weekdays[lw]
	_, mo := months[lw]
	if wd || mo || isTitleHead(w) || isHonorific(lw) || titleModifiers[lw] || directions[lw] || numberWords[lw] || partyWord(w) || groupWords[w] {
		return start
	}
	if _, ok := demonym(w); ok {
		return start
	}
	if _, ok := gazetteer.Place(w); ok {
		return start
	}
	if p, ok := gazetteer.Place(x.span(si, start, end)); ok && p.Class != gazetteer.ClassCity && p.Class != gazetteer.ClassAdminArea {
		return start // "Sub-Saharan Africa"
	}
	if _, ok := orgLookup(w); ok {
		return start
	}
	return k
}

// A capitalised plural common noun opening a sentence right before a firm's
// name that ends in a legal form is the firm's first word: "Manufacturers
// Hanover Corp said", where the recogniser read "Hanover Corp" (a sentence's
// first capital says nothing, so the rule above leaves it out). A plural
// before "of" ("Shares of Anglo American Corp") is pluralOpener's.

// pluralFirmOpener reports whether the word at k, opening sentence si, is a
// plural common noun that opens the firm's name [k+1, end).
func (x *extractor) pluralFirmOpener(si, k, end int) bool {
	s := &x.sents[si]
	w := s.toks[k].Text
	if end-k < 3 || !gazetteer.Capitalised(w) || isAcronym(w) || !isLetterWord(w) || !strings.HasPrefix(s.toks[k].Tag, "NN") {
		return false
	}
	if last := strings.TrimSuffix(s.lower(end-1), "."); !legalSuffix[last] && !legalForms[last] {
		return false
	}
	sing, ok := pluralOf(s.lower(k))
	return ok && dictionaryWord(sing) && dictionaryWord(w)
}

// romanNumeral reports whether w is a Roman numeral up to 39 ("IV").
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVX") == "" && w != ""
}

// isLowerWord reports whether w is a word in lower case ("trio", "the").
func isLowerWord(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// isLetterWord reports whether w is made of letters, maybe with inner
// hyphens ("Blu-ray").
func isLetterWord(w string) bool {
	for i, r := range w {
		if r == '-' && i > 0 && i < len(w)-1 {
			continue
		}
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 127) {
			return false
		}
	}
	return true
}
