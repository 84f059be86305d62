package ner

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestPlaceOpensBody checks that a known place of two words opening a
// body's name keeps the body whole where the model cut it inside the place,
// and that the place stays a place where no body follows.
func TestPlaceOpensBody(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // a mention's words and label, "words/Label"
	}{
		{"Agents asked a Puerto Rico Police Department officer for help on Monday.", "Puerto Rico Police Department/Organization"},
		{"The Hong Kong Stock Exchange said it will not accept further proposals.", "Hong Kong Stock Exchange/Organization"},
		{"He flew from Puerto Rico to Miami on Monday.", "Puerto Rico/Place"},
	} {
		var got []string
		for _, s := range nlp.Analyse(c.text) {
			for _, m := range Recognise(s) {
				var ws []string
				for _, tok := range s.Tokens[m.Start:m.End] {
					ws = append(ws, tok.Text)
				}
				got = append(got, strings.Join(ws, " ")+"/"+string(m.Label))
			}
		}
		if !strings.Contains("|"+strings.Join(got, "|")+"|", "|"+c.want+"|") {
			t.Errorf("%q: mentions %v, want %s", c.text, got, c.want)
		}
	}
}
