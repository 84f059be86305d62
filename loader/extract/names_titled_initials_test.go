package extract

import "testing"

// titledReadingAfter reads text, types the mention named name a body's (as
// the recogniser may read it), runs titledGivenNames and returns the type
// it leaves it.
func titledReadingAfter(t *testing.T, text, name string) EntityType {
	t.Helper()
	x := readingAs(t, text, name, Organization, func(m *mention) { m.typ = Organization })
	x.titledGivenNames()
	for k := range x.mentions {
		if m := &x.mentions[k]; m.name == name {
			return m.typ
		}
	}
	t.Fatalf("%q: mention %q lost", text, name)
	return ""
}

// TestTitledPeopleNames checks that a name of initials or a given name and a
// surname, read as a body's, is a person's right after a title in lower case
// or a capitalised one, unless it holds a body's word or its initials name a
// place.
func TestTitledPeopleNames(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       EntityType
	}{
		// initials and an unknown surname after a title in lower case
		{"Dravo Pump Co chairman K.T. Ombleward told reporters the offer was too low.", "K.T. Ombleward", Person},
		{"Velmor Mills president R. Quandeby said it is reviewing the bid.", "R. Quandeby", Person},
		// a given name after a capitalised title
		{"Housing Minister Tessa Crumbleigh said it was a fair settlement for tenants.", "Tessa Crumbleigh", Person},
		// no title before it: a firm's name
		{"The issue was led by E.F. Quorrell, which said demand was strong.", "E.F. Quorrell", Organization},
		// a body's word in the name keeps it a body's
		{"The bonds were sold by lead manager Bank Oberwald, Kranz and Partner.", "Bank Oberwald", Organization},
		// initials that name a place
		{"The major U.S. Government securities dealers expect prices to fall.", "U.S. Government", Organization},
	} {
		if got := titledReadingAfter(t, c.text, c.name); got != c.want {
			t.Errorf("%q: %q typed %s, want %s", c.text, c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		word string
		want bool
	}{{"W.A.", true}, {"J.", true}, {"J.R.R.", true}, {"U.S.", false}, {"U.K.", false}, {"WA", false}, {"W.A", false}, {"Co.", false}} {
		if got := initialsWord(c.word); got != c.want {
			t.Errorf("initialsWord(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
