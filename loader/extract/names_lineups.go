// Team line-ups. A sports report ends with its sides' line-ups: a list of
// players' surnames, substitutes in brackets with the minute they came on
// ("Halliwell, Mensing, Bollan, Sheridan (Burns 61), Arbuckle (Gilhaney
// 61), Gibson"), or after a label ("Subs Not Used: Jaidi, Poole",
// "Booked: Ben Haim, Hierro"). The recogniser reads many of those surnames
// as organisations (organisation nodes seed335: a footballer in a team
// line-up); every name of such a list is a player.

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// lineupLabels are the labels that open a list of players
// (data/lineupLabels.txt).
var lineupLabels = wordSet("lineupLabels")

// lineupPeople types as people the organisation, place and other mentions of a
// sports story's line-up lists (lineupList), sure of it, even a name a
// gazetteer knows ("Clichy", "Montgomery", "Morgan" are players there); the
// list's side, before its colon ("Chelsea: Cech, ..."), is left as it is,
// and so is a name read with a minute ("Dyer 69" of "Goals: Dyer 69"). A
// squad's list (squadList) gives its players the same way, not the club or
// country in brackets after each.
func (x *extractor) lineupPeople() {
	if !x.sportsStory() {
		return
	}
	for si := range x.sents {
		s := &x.sents[si]
		from, ok := lineupList(s.toks)
		var teams []bool
		if !ok {
			if teams, ok = squadList(s.toks); !ok {
				continue
			}
		}
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if teams != nil && teams[m.start] {
				continue // "(Harrow AC)": the player's club or country
			}
			if m.start < from || m.demonym || m.bend > 0 || m.typ != Organization && m.typ != Place && m.typ != Other || strings.ContainsAny(m.name, "0123456789") {
				continue
			}
			m.typ, m.sure = Person, true
		}
	}
}

// lineupList reports whether the tokens are a line-up list, and the token
// its players start at: after an optional side or label and its colon, four
// names or more of one to three capitalised words each, separated by
// commas, some with a substitute and a minute in brackets ("(Burns 61)") or
// a minute after them ("Bowyer 35"); with a substitute, or seven names or
// more; or any names after a label of lineupLabels ("Booked: Hierro"). Nothing else: a word in lower case
// other than "pen" or "og" (a penalty, an own goal) makes it prose.
func lineupList(toks []nlp.Token) (int, bool) {
	from, label := 0, false
	for i := 0; i < len(toks) && i < 5; i++ {
		if toks[i].Text == ":" {
			from, label = i+1, lowerIn(lineupLabels, toks[0].Text)
			break
		}
	}
	items, subs, words := 0, 0, 0
	for i := from; i < len(toks); i++ {
		t := toks[i].Text
		switch {
		case t == ",", t == ";", t == "." && i == len(toks)-1:
			if words == 0 || words > 3 {
				return 0, false
			}
			items++
			words = 0
		case t == "(":
			// a substitute: "(Burns 61)"
			j := i + 1
			for j < len(toks) && j < i+5 && playerWord(toks[j].Text) {
				j++
			}
			if j == i+1 || j+1 >= len(toks) || !minute(toks[j].Text) || toks[j+1].Text != ")" {
				return 0, false
			}
			subs++
			i = j + 1
		case minute(t) || t == "pen" || t == "og":
		case playerWord(t):
			words++
		default:
			return 0, false
		}
	}
	if words > 0 && words <= 3 {
		items++
	} else if words > 3 {
		return 0, false
	}
	return from, label && items >= 1 || items >= 4 && (subs > 0 || items >= 7)
}

// playerWord reports whether t is a word of a player's name: a capital
// first, then letters, apostrophes, hyphens or a full stop ("N'Gotty",
// "Owusu-Abeyie", "S.").
func playerWord(t string) bool {
	for i, r := range t {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case unicode.IsLetter(r), r == '\'', r == '’', r == '-', r == '.':
		default:
			return false
		}
	}
	return t != ""
}

// minute reports whether t is a minute of a match: one to three digits, or
// added time ("90+2").
func minute(t string) bool {
	if t == "" || len(t) > 6 {
		return false
	}
	return strings.Trim(t, "0123456789+") == ""
}

// squadList reports whether the tokens are a squad's list: three players or
// more, each an initial and one to three capitalised words, with a club or
// country in brackets ("C Paterson (Scotland), B O'Driscoll (Ireland,
// capt), P de Villiers (France)", "A Baddeley (Harrow AC), M Farah
// (Windsor, Slough, Eton and Hounslow AC)"), separated by commas or
// semicolons (three or more when the list is followed by anything else:
// "..., S Parisse (Italy), Others to be added."); and which tokens are in
// the brackets or past the list.
func squadList(toks []nlp.Token) ([]bool, bool) {
	inside := make([]bool, len(toks))
	items := 0
	for i := 0; i < len(toks); {
		t := toks[i].Text
		if len(strings.TrimSuffix(t, ".")) != 1 || !unicode.IsUpper(rune(t[0])) {
			if items < 3 {
				return nil, false // an initial opens each player
			}
			for ; i < len(toks); i++ {
				inside[i] = true // "Others to be added.": past the list
			}
			break
		}
		j := i + 1
		for j < len(toks) && j < i+5 && (playerWord(toks[j].Text) || toks[j].Text == "de" || toks[j].Text == "van") {
			j++
		}
		if j == i+1 || j >= len(toks) || toks[j].Text != "(" {
			return nil, false
		}
		k := j + 1
		for k < len(toks) && k < j+12 && toks[k].Text != ")" {
			if w := toks[k].Text; !playerWord(w) && w != "," && w != "and" && w != "capt" {
				return nil, false
			}
			inside[k] = true
			k++
		}
		if k >= len(toks) || toks[k].Text != ")" || k == j+1 {
			return nil, false
		}
		items++
		i = k + 1
		if i < len(toks) && (toks[i].Text == "," || toks[i].Text == ";" || toks[i].Text == ".") {
			i++
		}
	}
	return inside, items >= 3
}
