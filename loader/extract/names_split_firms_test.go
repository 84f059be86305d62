package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestJoinSplitFirms checks names_split_firms.go by mechanism: the pieces
// of a firm's name read as a place and a firm (or a thing) are joined into
// the firm's name; a country before a firm's name and a place apart from
// it stay as they are. pieces gives the mentions the recogniser read (name
// and type), want the organisations' names after.
func TestJoinSplitFirms(t *testing.T) {
	tests := []struct {
		name, text string
		pieces     []piece
		want, not  []string
	}{
		{"legal form after", "Zorbport McQwerty Inc said it would build a mine.",
			[]piece{{"Zorbport", Place}, {"McQwerty Inc", Organization}}, []string{"Zorbport McQwerty Inc"}, []string{"Zorbport"}},
		{"organisation before a firm's name", "Zorbex Qwerty Corp said it would build a plant.",
			[]piece{{"Zorbex", Organization}, {"Qwerty Corp", Organization}}, []string{"Zorbex Qwerty Corp"}, []string{"Zorbex", "Qwerty Corp"}},
		{"person before a firm's name", "Zorbex Qwerty Corp said it would build a plant.",
			[]piece{{"Zorbex", Person}, {"Qwerty Corp", Organization}}, []string{"Zorbex Qwerty Corp"}, []string{"Qwerty Corp"}},
		{"person apart", "Zorbex, Qwerty Corp's chairman, said it would build a plant.",
			[]piece{{"Zorbex", Person}, {"Qwerty Corp", Organization}}, []string{"Qwerty Corp"}, []string{"Zorbex, Qwerty Corp", "Zorbex"}},
		{"verb's object apart", "A spokesman told Zorbex Qwerty Corp would build a plant.",
			[]piece{{"Zorbex", Organization}, {"Qwerty Corp", Organization}}, []string{"Zorbex", "Qwerty Corp"}, []string{"Zorbex Qwerty Corp"}},
		{"firm with its legal form stays", "Zorbex Inc Qwerty Corp said it would build a plant.",
			[]piece{{"Zorbex Inc", Organization}, {"Qwerty Corp", Organization}}, []string{"Zorbex Inc", "Qwerty Corp"}, []string{"Zorbex Inc Qwerty Corp"}},
		{"organisations apart", "Zorbex and Qwerty Corp said they would build a plant.",
			[]piece{{"Zorbex", Organization}, {"Qwerty Corp", Organization}}, []string{"Zorbex", "Qwerty Corp"}, []string{"Zorbex and Qwerty Corp"}},
		{"name without its legal form", "Qwerty K Corp said it may buy shares. Qwerty K said the purchases would be made soon.",
			[]piece{{"Qwerty K Corp", Organization}, {"Qwerty", Place}, {"K", Organization}}, []string{"Qwerty K"}, []string{"K"}},
		{"possessive", "Zorbson's Bay Co said it sold a unit. Zorbson's Bay said proceeds were 82 mln dlrs.",
			[]piece{{"Zorbson's Bay Co", Organization}, {"Bay", Place}}, []string{"Zorbson's Bay"}, nil},
		{"country stays", "Japan Zorbex Corp said it would list its shares.",
			[]piece{{"Japan", Country}, {"Zorbex Corp", Organization}}, []string{"Zorbex Corp"}, []string{"Japan Zorbex Corp"}},
		{"place apart", "The Zorbex Corp plant in Qwertyton, said the firm, is new.",
			[]piece{{"Qwertyton", Place}, {"Zorbex Corp", Organization}}, []string{"Zorbex Corp"}, []string{"Qwertyton Zorbex Corp"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPiecesRule(t, tt.text, tt.pieces, (*extractor).joinSplitFirms, tt.want, tt.not)
		})
	}
}

// checkPiecesRule gives text the mentions pieces (as the recogniser read
// them), runs rule, and checks that the names of want are organisations'
// mentions after it and those of not are not.
func checkPiecesRule(t *testing.T, text string, pieces []piece, rule func(*extractor), want, not []string) {
	t.Helper()
	x := newExtractor(text, nlp.Analyse(text), time.Time{})
	for _, p := range pieces {
		for si := range x.sents {
			toks := x.sents[si].toks
			for i := range toks {
				for j := i + 1; j <= len(toks); j++ {
					if x.span(si, i, j) == p.name && free(x.sents[si].owner[i:j]) {
						x.addMention(si, i, j, p.typ, false)
					}
				}
			}
		}
	}
	rule(x)
	got := map[string]EntityType{}
	for _, m := range x.mentions {
		got[m.text] = m.typ
	}
	for _, n := range want {
		if got[n] != Organization {
			t.Errorf("%q: no organisation %q; mentions %v", text, n, got)
		}
	}
	for _, n := range not {
		if got[n] == Organization {
			t.Errorf("%q: organisation %q; mentions %v", text, n, got)
		}
	}
}

// piece is a mention the recogniser read: its name and type.
type piece struct {
	name string
	typ  EntityType
}

// free reports whether no mention holds any of the tokens.
func free(owner []int) bool {
	for _, o := range owner {
		if o >= 0 {
			return false
		}
	}
	return true
}
