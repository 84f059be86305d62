package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestGluedLabels checks dropCapitalsOnly on a row's label glued to the
// sentence after it: a name opening a line right before a capitalised
// determiner, pronoun or preposition is a label, no name, unless the
// article names it in prose, a gazetteer knows it or it is a person's full
// name; a capitalised title or body word after a name glues nothing
// ("Bank of Japan Governor").
func TestGluedLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"a row of a table of gifts", "Chanterelle A tasty mushroom with a fruity smell and slightly peppery flavor. Foraging - Fall\n\nSnow Yam This little yam was hiding beneath the snow. Foraging - Winter",
			map[string]EntityType{"Chanterelle": Other, "Snow Yam": Other}},
		{"a body before its chairman's title", "Bank of Japan Governor Satoshi Sumita said the bank would intervene.",
			map[string]EntityType{"Bank of Japan": Organization, "Satoshi Sumita": Person}},
		{"a name of the prose", "Chanterelle A tasty mushroom with a fruity smell.\n\nHe works for Chanterelle Holdings in Paris, said Anna Kovacs.",
			map[string]EntityType{"Chanterelle Holdings": Organization}},
		{"a place a gazetteer knows", "Paris The city was quiet on Sunday, said Anna Kovacs.",
			map[string]EntityType{"Paris": City}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			checkTypes(t, tt.text, doc, tt.want)
		})
	}
}

// TestClockLines checks that the word after the clock time opening a line
// is read as a sentence's first word: "8:00 AM Wakes up" names no one, and
// "Leaves Pierre's" names Pierre, not "Leaves Pierre".
func TestClockLines(t *testing.T) {
	text := "Penny lives in the town with her mother Pam.\n\n8:00 AM Wakes up and walks through town to stand by the river.\n\n8:30 AM Leaves Pierre's. In town, reading."
	doc := Extract("Headline\n\n"+text, time.Time{})
	for _, bad := range []string{"Wakes", "Leaves Pierre"} {
		if slices.ContainsFunc(doc.Entities, func(e Entity) bool { return e.Name == bad }) {
			t.Errorf("%q read as a name", bad)
		}
	}
	if !slices.ContainsFunc(doc.Entities, func(e Entity) bool { return e.Name == "Pierre" }) {
		t.Errorf("Pierre lost: %v", doc.Entities)
	}
	for _, tt := range []struct {
		words []string
		want  int
	}{
		{[]string{"8:00", "AM", "Wakes", "up"}, 2},
		{[]string{"11:30", "Leaves"}, 1},
		{[]string{"4", "p.m.", "Leaves"}, 2},
		{[]string{"1987", "was", "a", "year"}, 0},
		{[]string{"8:00", "AM"}, 0},
		{[]string{"123:45", "Leaves"}, 0},
	} {
		toks := make([]nlp.Token, len(tt.words))
		for i, w := range tt.words {
			toks[i].Text = w
		}
		if got := clockPrefix(toks); got != tt.want {
			t.Errorf("clockPrefix(%v) = %d, want %d", tt.words, got, tt.want)
		}
	}
}
