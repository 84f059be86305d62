package extract

import (
	"testing"
	"time"
)

// TestFoundedBy: "founded by" gives the people after it the title of
// founder at the body named right before the verb, in a clause, after a
// date, and for two founders joined by "and"; not a relative of the
// person, nor a body the verb does not follow.
func TestFoundedBy(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Skin\n\nVexora Labs was founded by Karl Moy, a dermatologist.",
			want: []string{`Karl Moy jobTitle "founder"`, "Karl Moy affiliation Vexora Labs"}},
		{text: "Skin\n\nVexora Labs, founded in 2010 by Karl Moy, sells creams in Ohio.",
			want: []string{`Karl Moy jobTitle "founder"`, "Karl Moy affiliation Vexora Labs"}},
		{text: "Skin\n\nVexora Labs, which was co-founded by Ann Lee and Karl Moy, sells creams.",
			want: []string{`Ann Lee jobTitle "co-founder"`, "Ann Lee affiliation Vexora Labs", `Karl Moy jobTitle "co-founder"`, "Karl Moy affiliation Vexora Labs"}},
		{text: "Skin\n\nVexora Labs was founded in May 2010 by Karl Moy and his wife.",
			want: []string{"Karl Moy affiliation Vexora Labs"}},
		{text: "Air\n\nVantrix Airways, a low-fare airline, was founded by former travel agent Naresh Vora.",
			want: []string{"Naresh Vora affiliation Vantrix Airways"}},
		{text: "Air\n\nVantrix Airways, a low-fare airline, said profits were founded on routes, said Naresh Vora.",
			notWant: []string{"Naresh Vora affiliation Vantrix Airways"}},
		{text: "Skin\n\nVexora Labs was founded by Karl Moy's father in 1950.",
			notWant: []string{"Karl Moy affiliation Vexora Labs", `Karl Moy jobTitle "founder"`}},
		{text: "Skin\n\nAnn Lee left Vexora Labs for a clinic founded by Karl Moy.",
			notWant: []string{"Karl Moy affiliation Vexora Labs"}},
	})
}

// TestFoundedByTypes: a passive of founding makes a name read as a
// person's before it a body's (not a town's), and a description in lower
// case may stand before the founder.
func TestFoundedByTypes(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Music\n\nZel Kanto was founded in 1984 by Mira Solk and producer Tom Reve in a dorm room.",
			want: []string{"Mira Solk affiliation Zel Kanto", "Tom Reve affiliation Zel Kanto", `Tom Reve jobTitle "founder"`}},
		{text: "Air\n\nVantrix, which was founded by London-based travel agent Naresh Vora, is private.",
			want: []string{"Naresh Vora affiliation Vantrix"}},
	})
	for _, c := range []struct {
		text, name string
		want       EntityType
	}{
		{"Music\n\nZel Kanto was founded in 1984 by Mira Solk in a dorm room.", "Zel Kanto", Organization},
		{"Music\n\nZel Kanto, founded by Mira Solk, signed the band.", "Zel Kanto", Organization},
		{"Music\n\nZel Kanto founded a label in 1984.", "Zel Kanto", Person},
		{"Town\n\nAs a child, Dan Brook founded a club with his friends.", "Dan Brook", Person},
	} {
		doc := Extract(c.text, time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC))
		got := EntityType("none")
		for _, e := range doc.Entities {
			if e.Name == c.name {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %s typed %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
