package extract

import (
	"strings"
	"testing"
	"time"
)

// TestTradeTitlesBeforeNames: a trade that opens a sentence or precedes a
// name in lower case ("Referee", "Delegate", "Financier", "Prop") is the
// person's title, no word of their name (gazetteer titles.txt).
func TestTradeTitlesBeforeNames(t *testing.T) {
	cases := []ruleCase{
		{text: "Referee Mark Halsey sent off two players in the second half.",
			want: []string{`Mark Halsey jobTitle "Referee"`}},
		{text: "Delegate Maria Sorenson told the meeting the talks had stalled.",
			want: []string{`Maria Sorenson jobTitle "Delegate"`}},
		{text: "Financier Paul Marlow, who holds a 9 pct stake in Harbour Mills Inc, said he may buy more.",
			want: []string{`Paul Marlow jobTitle "Financier"`}},
		{text: "Gloucester prop Ned Harlow has been added to the squad to face Wales.",
			want: []string{`Ned Harlow jobTitle "prop"`}},
	}
	runRules(t, cases)
	for _, c := range cases { // the trade is no word of any entity's name
		doc := Extract(c.text, time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC))
		for _, e := range doc.Entities {
			for _, w := range strings.Fields(e.Name) {
				if trade := strings.ToLower(w); trade == "referee" || trade == "delegate" || trade == "financier" || trade == "prop" {
					t.Errorf("%q: entity %q (%s) holds its title", c.text, e.Name, e.Type)
				}
			}
		}
	}
}
