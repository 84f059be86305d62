package extract

import "testing"

// TestPlaceBeforeBodyPhrase: a place followed by a party's adjective or by
// lower-case words ending in a body's noun before a title names a body of
// the place, not the place: the person leads that body. A place right
// before a title in capitals stays the person's, and so does a place before
// its central bank (the judged samples' reading).
func TestPlaceBeforeBodyPhrase(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Zagreb trade union council leader Ante Maric said the strike would go on.",
			notWant: []string{"Ante Maric affiliation Zagreb"}},
		{text: "Hamburg state central bank president Klaus Weber said interest rates would stay unchanged.",
			want: []string{"Klaus Weber affiliation Hamburg"}},
		{text: "Texas Republican leader Bill Harmon said the tax bill would pass.",
			notWant: []string{"Bill Harmon affiliation Texas"}},
		{text: "Iowa Democratic chairman Tom Rourke said turnout was high.",
			notWant: []string{"Tom Rourke affiliation Iowa"}},
		{text: "Tampa police spokesman Ray Dunn said the driver was arrested.",
			notWant: []string{"Ray Dunn affiliation Tampa"}},
		{text: "Devon police chief Mark Hale warned that the roads would be closed.",
			notWant: []string{"Mark Hale affiliation Devon"}},
		{text: "Texas Governor Bill Clements said the tax bill would pass.",
			want: []string{"Bill Clements affiliation Texas"}},
		{text: "Texas Republican Senator Phil Gramm said the tax bill would pass.",
			want: []string{"Phil Gramm affiliation Texas"}},
	})
}
