package extract

import (
	"testing"
	"time"
)

// TestPlaceFirmTitle: a place before a title only a firm gives, or before
// one capitalised word of no office and a title, opens a firm's or a club's
// short name; the person works for that body, not for the place. Offices,
// departments, courts and parties of the place keep the place.
func TestPlaceFirmTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Tulsa Chairman Alan Stroud said the bank would raise its dividend.",
			want: []string{"Alan Stroud affiliation Tulsa"}},
		{text: "Ohio Edison Chairman Paul Stanton said the utility would sell bonds.",
			notWant: []string{"Paul Stanton affiliation Ohio"}},
		{text: "Kenya FA spokesman Joseph Otieno said the match would go ahead.",
			notWant: []string{"Joseph Otieno affiliation Kenya"}},
		{text: "It is a big step, said Ann Lee, Peru Online general manager.",
			notWant: []string{"Ann Lee affiliation Peru"}},
		{text: "The bank named its France chief executive Marc Olivier to run the Asian arm.",
			notWant: []string{"Marc Olivier affiliation France"}},
		{text: "U.S. Treasury Secretary Anne Poole said the dollar would stay firm.",
			want: []string{"Anne Poole affiliation United States"}},
		{text: "Japan IMF Representative Koji Ueda could not be reached for comment.",
			want: []string{"Koji Ueda affiliation Japan"}},
		{text: "Ohio District Judge Carl Weiss ruled against the merger.",
			want: []string{"Carl Weiss affiliation Ohio"}},
		{text: "Nevada Governor Richard Bryan said the tax bill would pass.",
			want: []string{"Richard Bryan affiliation Nevada"}},
		{text: "Coach Ian Hart handed a first cap to former Scotland Under-21 captain Ian Ross.",
			want: []string{"Ian Ross nationality Scotland"}},
	})
}

// TestPlaceBeforeFirmTitleTypes: a place's name (no country's) right before
// a firm's title and a person's name is the firm's short name, an
// organisation; a title's word glued before the name keeps it what it was.
func TestPlaceBeforeFirmTitleTypes(t *testing.T) {
	pub := time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		name string
		want EntityType
	}{
		{"Tulsa Chairman Alan Stroud said the bank would raise its dividend.", "Tulsa", Organization},
		{"Shares rose on Monday, Tulsa chief executive Alan Stroud said.", "Tulsa", Organization},
		{"Alan Stroud, a lawyer from Tulsa, said the bank would raise its dividend.", "Tulsa", City},
		{"British chairman Alan Stroud said the bank would raise its dividend.", "Britain", Other},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		got := Other
		for _, e := range doc.Entities {
			if e.Name == c.name {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %s is %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
