package extract

import (
	"testing"
	"time"
)

// TestOccupationsAndSurnames: occupations read by their shape in an
// apposition, the age and a possessive before them; apostrophe surnames and
// pronouns joined to their verb.
func TestOccupationsAndSurnames(t *testing.T) {
	pub := time.Date(2022, 4, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		person string
		title  string // "" when the person must get none
	}{
		{"Tom Reed, 52, a teacher, died on Monday.", "Tom Reed", "teacher"},
		{"Bill Powers, a San Diego engineer who provides expert testimony, said no.", "Bill Powers", "engineer"},
		{"Ronald Moy, a board-certified dermatologist, said so.", "Ronald Moy", "board-certified dermatologist"},
		{"David Marcus, an energy consultant, said it was misleading.", "David Marcus", "energy consultant"},
		{"John Smith, the company's chief financial officer, resigned.", "John Smith", "chief financial officer"},
		// kin, merit, age and firms' nouns are no occupations
		{"Jane Doe, a mother of three, said no.", "Jane Doe", ""},
		{"Jens Lehmann, a fantastic keeper, saved it.", "Jens Lehmann", ""},
		{"Tom Hunt, a 12-year-old hunter, was found.", "Tom Hunt", ""},
		{"Bob Stone, a maker of chairs, spoke.", "Bob Stone", ""},
	} {
		text := "Story\n\n" + c.text
		doc := Extract(text, pub)
		checkInvariants(t, text, doc)
		var titles []string
		found := false
		for i, e := range doc.Entities {
			if e.Name != c.person {
				continue
			}
			found = e.Type == Person
			for _, f := range doc.Facts {
				if f.Subject == i && f.Predicate == "jobTitle" {
					titles = append(titles, f.Literal)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %q", c.text, c.person)
			continue
		}
		if c.title == "" && len(titles) > 0 || c.title != "" && (len(titles) != 1 || titles[0] != c.title) {
			t.Errorf("%q: %s's titles %q, want %q", c.text, c.person, titles, c.title)
		}
	}
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Michael O'Neill said it was over.", map[string]EntityType{"Michael O'Neill": Person}},
		{"Sinead O’Connor sang at the concert in Dublin.", map[string]EntityType{"Sinead O’Connor": Person, "Sinead": Other}},
		{"I’ve seen it. They’d gone to Paris.", map[string]EntityType{"I’ve": Other, "They’d": Other, "Paris": Place}},
	} {
		doc := Extract("Story\n\n"+c.text, pub)
		checkTypes(t, c.text, doc, c.want)
	}
}
