package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestLineupList checks lineupList on line-ups and on prose lists.
func TestLineupList(t *testing.T) {
	toks := func(ws ...string) []nlp.Token {
		var out []nlp.Token
		for _, w := range ws {
			out = append(out, nlp.Token{Text: w})
		}
		return out
	}
	tests := []struct {
		name string
		toks []nlp.Token
		from int
		ok   bool
	}{
		{"substitutes", toks("Halvard", ",", "Mensor", ",", "Bollard", ",", "Sherwin", "(", "Burke", "61", ")", ",", "Arblaster", "."), 0, true},
		{"a side's list", toks("Bolton", ":", "Jaakko", ",", "Hunt", "(", "Fadiga", "14", ")", ",", "N'Gotty", ",", "Ben", "Haim", "."), 2, true},
		{"a label", toks("Subs", "Not", "Used", ":", "Jaidi", ",", "Poole", "."), 4, true},
		{"firms in prose", toks("Exxon", ",", "Mobil", ",", "Texaco", "and", "Chevron", "said", "."), 0, false},
		{"a short list", toks("Exxon", ",", "Mobil", ",", "Texaco", "."), 0, false},
	}
	for _, tt := range tests {
		from, ok := lineupList(tt.toks)
		if ok != tt.ok || ok && from != tt.from {
			t.Errorf("%s: lineupList = %d, %v; want %d, %v", tt.name, from, ok, tt.from, tt.ok)
		}
	}
}

// TestSquadList checks squadList: players with their country or club in
// brackets; not firms with their country.
func TestSquadList(t *testing.T) {
	split := func(s string) []nlp.Token {
		var out []nlp.Token
		for _, w := range strings.Fields(s) {
			out = append(out, nlp.Token{Text: w})
		}
		return out
	}
	if _, ok := squadList(split("C Patterson ( Scotland ) , B Cohn ( England ) , B O'Driscol ( Ireland , capt ) , P de Villers ( France ) ; A Bradley ( Harrow AC ) .")); !ok {
		t.Error("a squad's list not read")
	}
	if _, ok := squadList(split("Barclays ( UK ) , Credit Suisse ( Switzerland ) , Nomura ( Japan ) , Dresdner ( Germany ) .")); ok {
		t.Error("firms read as a squad")
	}
}

// TestLineupPeople checks lineupPeople: the players of a sports report's
// line-up are people, whatever the recogniser read.
func TestLineupPeople(t *testing.T) {
	text := "Celtic beat Clyde 5-0 in the cup. The striker scored two goals in the match and the goalkeeper made a save; the league season goes on.\n\n" +
		"Halvard, Mensor, Bollard, Balmont, Pottinger, Sherwin (Burke 61), Arbleck (Gilhaney 61), Gibbon, Brysonn (Jonas 78), Malloy, Hartnell."
	doc := Extract("Headline\n\n"+text, time.Time{})
	for _, e := range doc.Entities {
		if e.Name == "Arbleck" || e.Name == "Mensor" || e.Name == "Bollard" {
			if e.Type != Person {
				t.Errorf("%q typed %v, want Person", e.Name, e.Type)
			}
		}
	}
}
