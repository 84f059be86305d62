package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
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
	words, ok := gluedTitleWords(strings.Fields(title)) // titles_glued.go
	if !ok {
		return "", false
	}
	words = cutUnitAfterPost(words) // titles_unit_hyphen.go: "vice president-Systems"
	// no post held: "a good coach", "a prospective Labour MP"
	if len(words) > 1 && lowerIn(judgementWords, words[0]) {
		return "", false
	}
	words = trimTitleWords(words) // titles_trimmed.go
	// forms of address and words of the sentence in front
	for len(words) > 1 {
		w := strings.TrimSuffix(words[0], ".")
		lw := lower(w)
		if isHonorific(lw) || timeWords[lw] || underTitle(words) {
			words = words[1:]
			continue
		}
		// a lower-case word that is neither a title word nor a modifier,
		// before a capitalised title: a verb or a noun of the sentence
		if !gazetteer.Capitalised(w) && gazetteer.Capitalised(words[1]) && !titleModifiers[lw] && !isTitleHead(w) && !titleJoin(w) && !lowerDepartmentTitle(words) {
			words = words[1:]
			continue
		}
		break
	}
	// the end of a firm's name: everything up to its suffix
	for i := len(words) - 2; i >= 0; i-- {
		if lowerIn(legalForms, strings.TrimSuffix(words[i], ".")) && gazetteer.Capitalised(words[i]) {
			words = words[i+1:]
			break
		}
	}
	words = trimHonorificAfterPost(words)           // titles_trimmed.go
	if len(words) == 0 || conjunctionFirst(words) { // titles_glued.go
		return "", false
	}
	last := words[len(words)-1]
	// a group, not a person's title: "broadcasters", "players"
	if ll := lower(last); strings.HasSuffix(ll, "s") && isTitleHead(strings.TrimSuffix(ll, "s")) {
		return "", false
	}
	hasHead := false
	for _, w := range words {
		if isTitleHead(w) || gazetteer.IsTitle(lower(w)) {
			hasHead = true
		}
	}
	if !hasHead {
		return "", false
	}
	// a description, not a job: "star", "fellow" (but "research fellow")
	if lowerIn(descriptionHeads, last) && !(len(words) > 1 && gazetteer.IsTitle(lower(strings.Join(words, " ")))) {
		return "", false
	}
	// an honour won, no post held: "Wimbledon champion", "gold medallist"
	if lowerIn(honourHeads, last) {
		return "", false
	}
	// a firm's or a body's name before the title: "Hutton Chief Financial
	// Officer" is Chief Financial Officer, "Dome chairman" chairman. A word
	// news writes capitalised almost always, and no title, party or nation.
	for len(words) > 1 && nameBeforeTitle(words[0]) && !gazetteer.IsTitle(lower(strings.Join(words, " "))) && !conjunctionFirst(words[1:]) {
		words = words[1:]
	}
	return strings.Join(words, " "), true
}

// judgementWords are adjectives of judgement (data/judgementWords.txt).
var judgementWords = wordSet("judgementWords")

// descriptionHeads describe a person but are no job title.
var descriptionHeads = wordSet("descriptionHeads")

// honourHeads name a sporting honour won, no job title.
var honourHeads = wordSet("honourHeads")

// nameBeforeTitle reports whether w, first in a title phrase, is a name's
// word and not the title's: capitalised, written so inside sentences
// (ner.NameWord: "Hutton", "Dome"; not "Finance", "Trade"), and neither a
// title word, a party nor a nation. A word news has not seen inside
// sentences that the large dictionary writes in lower case is a common
// word capitalised at an opening ("Buffer stock manager";
// names_lower_dictionary.go).
func nameBeforeTitle(w string) bool {
	lw := lower(strings.TrimSuffix(w, "."))
	if !gazetteer.Capitalised(w) || isAcronym(w) || !ner.NameWord(w) || unseenCommonWord(w) || isTitleHead(w) || titleModifiers[lw] || partyWord(w) || isHonorific(lw) {
		return false
	}
	if _, ok := demonym(w); ok {
		return false
	}
	if _, ok := gazetteer.Country(w); ok {
		return false
	}
	if _, ok := orgLookup(w); ok {
		return false // "Treasury Minister": a department in the title
	}
	return true
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

// loneNoOffice are office heads that alone are an occupation.
var loneNoOffice = wordSet("loneNoOffice")

// mediumWords are media and genres, no body: "TV presenter".
var mediumWords = wordSet("mediumWords")

// officeTitle reports whether a title is one of public office.
func officeTitle(title string) bool {
	ws := strings.Fields(lower(title))
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 && loneNoOffice[ws[0]] || mediumWords[ws[0]] {
		return false // "British director", "British film director": an occupation
	}
	last := ws[len(ws)-1]
	if h, ok := electTitle(last); ok { // roles_web.go: "President-elect", "Minister-designate"
		last = h
	}
	if officeHeads[last] {
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

// relativeWords open a relative clause: the description after them is its
// subject, not the person before.
var relativeWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true}

// noBody reports whether an entity read as a person's affiliation is no body
// one works for: a medium or genre ("TV presenter", "R&B star") or a lone
// word of a body's name ("Subcommittee chairman", "Association spokesman",
// "Central bank governor" cut to "Central") that no gazetteer knows.
func noBody(e *entity) bool {
	if lowerIn(mediumWords, e.name) {
		return true
	}
	// "US TV presenter": a nation's medium
	if f := strings.Fields(e.name); len(f) == 2 && lowerIn(mediumWords, f[1]) {
		if _, ok := gazetteer.Country(f[0]); ok {
			return true
		}
		if _, ok := demonym(f[0]); ok {
			return true
		}
	}
	if e.typ != Organization || strings.ContainsAny(e.name, " -") || isAcronym(e.name) {
		return false
	}
	// (a known body's bare alias kept as written is no such body: a Swiss
	// story's "Commission", bodies_bare_alias.go)
	if o, ok := orgLookup(e.name); ok && (o.Name == e.name || !lowerIn(bodyNouns, e.name)) {
		return false
	}
	return gazetteer.IsOrgSuffix(e.name) || lowerIn(firmWords, e.name) || !ner.NameWord(e.name)
}

// describes records the description at tokens [start, end) of sentence si
// ("The prime minister launched") as a mention of person e, so that the
// title read from it has that sentence as evidence, not the next one naming
// the person without the title. It joins no sentence's mentions: the stages
// after roles read names, not descriptions.
func (x *extractor) describes(e, si, start, end int, text string) {
	k := len(x.mentions)
	x.mentions = append(x.mentions, mention{sent: si, start: start, end: end, typ: Person, text: text,
		name: x.ents[e].name, nominal: true, ent: e})
	x.ents[e].mentions = append(x.ents[e].mentions, k)
}
