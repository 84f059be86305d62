package extract

// A name right after a person's possessive that says no body ("Clint
// Rowe's Night Harbour", "Mr Carrow's Regional Growth Facility") is the
// person's work, show or plan: a body owned or led by a person is named
// by a body's word, a legal form, initials, a party or a name the
// gazetteer knows ("Murdoch's News Corp Ltd", "Calero's FDN", "Sorsa's
// Social Democrats", "Branson's Virgin").

import "strings"

// saysNoBody reports whether nothing in a name of two words or more read
// as an organisation says it is one: no body's head word or legal form and
// no known body (namesBody), no firm's last word (firmNameEnds: "Hollinger
// International"), no word of initials, no political party's word. A
// one-word name says too little ("Branson's Virgin" is his firm).
func saysNoBody(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || namesBody(name) || lowerIn(firmNameEnds, f[len(f)-1]) {
		return false
	}
	for _, w := range f {
		if isAcronym(w) || partyWord(w) {
			return false
		}
	}
	return !partyWord(name)
}
