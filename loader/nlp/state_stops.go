package nlp

import (
	"strings"

	"github.com/jdkato/prose/v3/token"
)

// stateStopEnds reports whether the word toks[i], an abbreviation with its
// full stop, ends a sentence all the same: a US state
// as news agencies write it, after a comma and a town, before a capitalised
// word that is no weekday or month: "the mine in Wenatchee, Wash. Asamera
// said", "located near Newtown, Pa. Calton said". Inside a sentence a town's
// state is followed by a comma or a lower-case word ("of Kirkland, Wash.,
// said", "a Seattle, Wash. based firm"); a date may follow it ("in Orlando,
// Fla. Monday").
func stateStopEnds(toks []token.Token, i int) bool {
	w, ok := strings.CutSuffix(toks[i].Text, ".")
	if !ok || i < 1 || i+1 >= len(toks) || toks[i-1].Text != "," || !usStates[w] {
		return false
	}
	next := toks[i+1].Text
	return startsUpperWord(next) && hasLower(next) && !dateWords[next]
}

// hasLower reports whether w has a lower-case ASCII letter: "REUTER", a
// signature, is no sentence.
func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// usStates are the US states' abbreviations that take a full stop.
var usStates = map[string]bool{
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true,
	"Ga": true, "Ill": true, "Ind": true, "Kan": true, "Kans": true, "Ky": true, "La": true, "Md": true,
	"Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true,
	"Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Tex": true, "Va": true, "Vt": true, "Wash": true,
	"Wis": true, "Wyo": true,
}

// dateWords are the weekdays and months (and their short forms) that may
// follow a town's state inside a sentence.
var dateWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true,
	"Sept": true, "Oct": true, "Nov": true, "Dec": true,
}
