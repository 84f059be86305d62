package extract

import (
	"strings"
)

// German people's names. German capitalises every noun, so a capital says
// nothing of a name there; a given name does: a word of the given-name lists
// (givenNames, English, and germanGivenNames) followed by capitalised words
// that are no nouns of the text is a person named in full ("Heinz
// Duchhardt", "Georg von Below", "Markus Eisenbichler"), and a second given
// name after two such words opens a second person ("GROOVE-Autorin
// Charlotte Elsen Tobias Trommer").

var germanGivenNames = wordSet("germanGivenNames")

// germanNounNames are English given names that are German nouns ("Mark",
// "See", "Land"): no given names in German text.
var germanNounNames = wordSet("germanNounNames")

// germanDeterminers are German articles and the prepositions fused with
// them: the capitalised word after one is a noun of the text ("der See",
// "eine Art", "im Ring"), however often English names people so.
var germanDeterminers = wordSet("germanDeterminers")

// germanOpeners are German pronouns and adverbs that open sentences and that
// English news writes as names ("Wen", "Allen"): no name at a sentence's
// start. German only: in Spanish or French text "Allen" ends a name.
var germanOpeners = wordSet("germanOpeners")

// germanOrgTails end a body's name as words of their own ("Mohr Siebeck
// Verlag"), as legal forms do.
var germanOrgTails = wordSet("germanOrgTails")

// germanOrgHeads open a German body's name as words of their own ("Café
// Tortenduft", "Verlag Mohr Siebeck"); German text only, unlike
// foreignOrgHeads, which English text reads too.
var germanOrgHeads = wordSet("germanOrgHeads")

// germanNounEnds end German nouns ("Positionen", "Zeitung", "Freiheit"): a
// word so ending after an acronym is a compound's noun ("HR
// Vorstandspositionen"), not the rest of a body's name ("FH Joanneum").
var germanNounEnds = wordList("germanNounEnds")

// germanNoun reports whether w is an acronym or ends as German nouns end.
func germanNoun(w string) bool {
	if acronym(w) {
		return true
	}
	lw := lower(w)
	for _, end := range germanNounEnds {
		if strings.HasSuffix(lw, end) {
			return true
		}
	}
	return false
}

// germanGiven reports whether w reads as a given name in a German article:
// one of the lists' and never a noun of the text (ev.nouns) nor written in
// lower case there.
func germanGiven(w string, ev *foreignWords) bool {
	lw := lower(w)
	return (givenNames[lw] && !germanNounNames[lw] || germanGivenNames[lw]) && !ev.nouns[lw] && !ev.lower[lw] && capWord(w)
}

// germanPerson returns the end of the person named in full from token k of
// the capitalised run [k, j) of sentence si: a given name, then surnames,
// particles ("von", "zu") and initials ("M."); 0 when token k opens no such
// name.
func (x *extractor) germanPerson(si, k, j int, ev *foreignWords) int {
	s := &x.sents[si]
	toks := s.toks
	if !germanGiven(toks[k].Text, ev) || k > 0 && germanDeterminers[s.lower(k-1)] {
		return 0
	}
	end := 0
	for e := k + 1; e < j && e < k+5; e++ {
		w := toks[e].Text
		switch {
		case personParticle(s.lower(e)) || germanInitial(w):
			continue
		case end > 0 && germanGiven(w, ev):
			return end // a second person: "Charlotte Elsen Tobias Trommer"
		case x.germanSurname(si, e, ev):
			end = e + 1
			continue
		}
		break
	}
	return end
}

// germanInitial reports whether w is an initial: one capital and a full stop
// ("M.").
func germanInitial(w string) bool {
	r := []rune(w)
	return len(r) == 2 && r[1] == '.' && capWord(w)
}

// germanSurname reports whether token e of sentence si can be a surname: a
// capitalised word that is no noun of the text, no function word, title,
// month, acronym, legal form, place or body the gazetteer knows, nor the
// head or the tail of a body's or a place's name.
func (x *extractor) germanSurname(si, e int, ev *foreignWords) bool {
	w := x.sents[si].toks[e].Text
	lw := lower(w)
	if !capWord(w) || foreignFunctionWords[lw] || ev.lower[lw] || ev.nouns[lw] || roleNoun(lw) || acronym(w) || legalFormWord(lw) || headedName(lw) {
		return false
	}
	if _, month := months[lw]; month {
		return false
	}
	if _, tail := germanTail(lw); tail || x.foreignKnown(w) || strings.ContainsAny(w, "0123456789") {
		return false
	}
	return true
}
