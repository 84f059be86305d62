package main

import "testing"

// TestArticleCounts checks how one article's names are counted: a surname
// named again alone, after a style or a title, or with a possessive after a
// title; a firm by its first word; and a firm's possessive without a title
// counted for neither.
func TestArticleCounts(t *testing.T) {
	for _, tc := range []struct {
		text          string
		word          string
		surname, firm int
	}{
		{text: "He met with Anna Kovacs on Monday. later, Kovacs said no.", word: "Kovacs", surname: 1},
		{text: "He met with Anna Kovacs on Monday. Later Mr Kovacs said no.", word: "Kovacs", surname: 1},
		{text: "He met with Anna Kovacs on Monday. Later President Kovacs said no.", word: "Kovacs", surname: 1},
		{text: "He met with Anna Kovacs on Monday. It was President Kovacs's plan.", word: "Kovacs", surname: 1},
		{text: "He met with Anna Kovacs on Monday. It was Kovacs's plan.", word: "Kovacs", surname: 0},
		{text: "He met with Anna Kovacs on Monday. It was Deputy Kovacs Holdings.", word: "Kovacs", surname: 0},
		{text: "shares of Brindle Kemp rose. Brindle said it would.", word: "Brindle", firm: 1},
		{text: "shares of Brindle Kemp rose. Brindle said it would.", word: "Kemp", surname: 0},
	} {
		c := map[string]*counts{}
		article(tc.text, c)
		got := counts{}
		if n := c[tc.word]; n != nil {
			got = *n
		}
		if got.surname != tc.surname || got.firm != tc.firm {
			t.Errorf("%q: %s counted surname %d firm %d, want %d and %d", tc.text, tc.word, got.surname, got.firm, tc.surname, tc.firm)
		}
	}
}
