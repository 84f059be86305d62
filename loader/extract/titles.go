package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A job title as a careful reader writes it: a head noun from the title
// lexicon with the modifiers a title allows ("deputy foreign minister", "Tory
// leader", "Secretary of State"). What the phrase reading in roles.go may
// sweep in is cut or refused here:
//
//   - forms of address before the title: "Mr Justice" is Justice;
//   - words of the sentence before the title: a date or a verb ("October
//     Tory leader", "attack Tory leader") in front of a capitalised title;
//   - the end of a firm's name: "Sullivan Inc President" is President;
//   - groups and fragments: a plural head ("broadcasters") or a dash
//     ("star witness --President") is no one's title.

// readerTitle returns the title a careful reader would write for the phrase
// read before or after a name, or false when it is none.
func readerTitle(title string) (string, bool) {
	title = strings.Trim(title, " \"'“”‘’,;:")
	if strings.Contains(title, "--") || strings.ContainsAny(title, "\"“”()") {
		return "", false
	}
	words := strings.Fields(title)
	// forms of address and words of the sentence in front
	for len(words) > 1 {
		w := strings.TrimSuffix(words[0], ".")
		lw := strings.ToLower(w)
		if isHonorific(lw) || timeWords[lw] {
			words = words[1:]
			continue
		}
		// a lower-case word that is neither a title word nor a modifier,
		// before a capitalised title: a verb or a noun of the sentence
		if !gazetteer.Capitalised(w) && gazetteer.Capitalised(words[1]) && !titleModifiers[lw] && !isTitleHead(w) && !titleJoin(w) {
			words = words[1:]
			continue
		}
		break
	}
	// the end of a firm's name: everything up to its suffix
	for i := len(words) - 2; i >= 0; i-- {
		if legalForms[strings.ToLower(strings.TrimSuffix(words[i], "."))] && gazetteer.Capitalised(words[i]) {
			words = words[i+1:]
			break
		}
	}
	if len(words) == 0 {
		return "", false
	}
	last := words[len(words)-1]
	// a group, not a person's title: "broadcasters", "players"
	if ll := strings.ToLower(last); strings.HasSuffix(ll, "s") && isTitleHead(strings.TrimSuffix(ll, "s")) {
		return "", false
	}
	hasHead := false
	for _, w := range words {
		if isTitleHead(w) || gazetteer.IsTitle(strings.ToLower(w)) {
			hasHead = true
		}
	}
	if !hasHead {
		return "", false
	}
	return strings.Join(words, " "), true
}

// legalForms end a firm's name: "Frost and Sullivan Inc".
var legalForms = wordSet("legalForms")

// timeWords are dates that a title phrase may sweep in from the sentence.
var timeWords = wordSet("timeWords")

// officeHeads are the heads of titles of public office: a person with such
// a title from a country works for it ("U.S. Labor Secretary", "French
// Defence Minister"); with any other title the country is their nationality
// ("US comedian", "a U.S. lawyer").
var officeHeads = wordSet("officeHeads")

// officeTitle reports whether a title is one of public office.
func officeTitle(title string) bool {
	ws := strings.Fields(strings.ToLower(title))
	if len(ws) == 0 {
		return false
	}
	if officeHeads[ws[len(ws)-1]] {
		return true
	}
	// "Secretary of State", "Minister for Aviation": the head comes first
	for _, w := range ws {
		if w == "of" || w == "for" {
			break
		}
		if officeHeads[w] {
			return true
		}
	}
	return false
}
