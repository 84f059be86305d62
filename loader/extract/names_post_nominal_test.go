package extract

import (
	"testing"
	"time"
)

// TestPeopleByDegree: a name followed by a comma and a degree ("M.D.",
// "PhD") is a person's, and the degree is no name; a state's abbreviation
// after a town ("Md.") is no degree.
func TestPeopleByDegree(t *testing.T) {
	pub := time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		text    string
		person  string // must be a Person
		notName string // must be no entity's name
		place   string // must be a Place
	}{
		{text: "Heart study\n\nThe trial ended on Monday.\n\nKaren Wilde, M.D., chief of cardiology at Mercy Hospital, said the results were clear.",
			person: "Karen Wilde", notName: "M.D."},
		{text: "Heart study\n\nThe trial ended on Monday.\n\nPaul Rowe, PhD, is director of research at the Mayo Clinic.",
			person: "Paul Rowe", notName: "PhD"},
		{text: "Plant\n\nThe plant opened on Monday.\n\nThe firm is based in Rockville, Md., and employs 300 people.",
			place: "Rockville"},
	}
	for _, c := range cases {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		types := map[string]EntityType{}
		for _, e := range doc.Entities {
			types[e.Name] = e.Type
		}
		if c.person != "" && types[c.person] != Person {
			t.Errorf("%q: %s typed %q, want Person (%v)", c.text, c.person, types[c.person], types)
		}
		if _, ok := types[c.notName]; c.notName != "" && ok {
			t.Errorf("%q: %q is an entity's name", c.text, c.notName)
		}
		if c.place != "" && !isPlace(types[c.place]) {
			t.Errorf("%q: %s typed %q, want a place (%v)", c.text, c.place, types[c.place], types)
		}
	}
}

// TestPostAfterAgeOrDegree: an age or a degree between a name and a verb
// phrase that gives a post ("Tom Reed, 54, is the director of") leaves the
// post read; a verb phrase that gives none ("is accused of") gives no title.
func TestPostAfterAgeOrDegree(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Museum\n\nThe museum reopened on Monday.\n\nTom Fairley, 54, is the director of the Northwind Trust.",
			want: []string{`Tom Fairley jobTitle "director"`, "Tom Fairley affiliation Northwind Trust"}},
		{text: "Heart study\n\nThe trial ended on Monday.\n\nPaul Rowe, PhD, is director of research at the Mayo Clinic.",
			want: []string{`Paul Rowe jobTitle "director of research"`, "Paul Rowe affiliation Mayo Clinic"}},
		{text: "Board\n\nThe board met on Monday.\n\nGrace Obi, 47, was named chief executive of Harlow Foods Inc last year.",
			want: []string{`Grace Obi jobTitle "chief executive"`, "Grace Obi affiliation Harlow Foods Inc"}},
		{text: "Heart study\n\nThe trial ended on Monday.\n\nKaren Wilde, M.D., chief of cardiology at Mercy Hospital, said the results were clear.",
			want: []string{`Karen Wilde jobTitle "chief of cardiology"`, "Karen Wilde affiliation Mercy Hospital"}},
		{text: "Court\n\nThe trial opened on Monday.\n\nAnn Ebbers, 63, is accused of fraud at Harlow Foods Inc.",
			notWant: []string{"Ann Ebbers affiliation Harlow Foods Inc", `Ann Ebbers jobTitle "accused"`}},
	})
}
