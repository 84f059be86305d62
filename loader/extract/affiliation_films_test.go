package extract

import "testing"

// TestFilmTitledNoAffiliation: a film's title before a creative role, in a
// story about films, is the maker's work, no body; a studio's acronym, a
// known body and a role that is a body's post stay (blind judge seed130).
func TestFilmTitledNoAffiliation(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Awards\n\nThe jury will be chaired by Cold Mountain director Anthony Minghella. The nominated films will be shown next week.",
			notWant: []string{"Anthony Minghella affiliation Cold Mountain"}},
		{text: "Awards\n\nThe trophy was designed by MGM art director Cedric Gibbons. The film won.",
			want: []string{"Cedric Gibbons affiliation MGM"}},
		{text: "Club\n\nMeanwhile, Arsenal director Danny Fiszman is looking for Wenger to stay beyond 2007.",
			want: []string{"Danny Fiszman affiliation Arsenal"}},
	})
}
