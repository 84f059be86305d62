package extract

// A party's spokesman for a portfolio is named with both before his title:
// "Lib Dem Home Affairs spokesman Mark Oaten", "Labour Home Affairs
// spokesman". When the recogniser reads the party and the portfolio as one
// body ("Labour Home Affairs", or "Dem Home Affairs" with the party's first
// word left out at the sentence's start), that body is none: the person
// belongs to the party and speaks on the portfolio. notABody
// (affiliation_objects.go) asks this.

import "strings"

// partyPortfolio reports whether body mention m of sentence s is a party's
// word (the word before the mention may open it: "Lib" of "Dem") followed
// by only the words of a department (departmentWords): "Labour Home
// Affairs", "[Lib] Dem Home Affairs".
func partyPortfolio(s *sentence, ws []string, m *mention) bool {
	for n := 1; n < len(ws) && n <= 2; n++ {
		party := strings.Join(ws[:n], " ")
		if !partyWord(party) && !(n == 1 && m.start > 0 && partyWord(s.toks[m.start-1].Text+" "+party)) {
			continue
		}
		if departmentWords(strings.Join(ws[n:], " ")) {
			return true
		}
	}
	return false
}
