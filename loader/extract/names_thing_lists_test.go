package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestThingLists checks dropThingLists by mechanism: the items of a list of
// capitalised things (dictionary words news does not always capitalise, at
// most one other word news does not write as a name) are no names; a list
// with a word news always capitalises, a word that marks a body, "the"
// before it or a name a gazetteer knows is a list of names and keeps them.
func TestThingLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string // names that are no entities; "+Name": one that stays, of any type
	}{
		{"a menu of dishes", "On rainy nights she may offer you dinner: Salmon Dinner, Crispy Bass, Fried Eel, Carp Surprise, or Vegetable Medley.",
			nil, []string{"Salmon Dinner", "Crispy Bass", "Fried Eel", "Carp Surprise", "Vegetable Medley"}},
		{"one item no dictionary word", "On mornings when Penny stays inside all day, she may offer you Omelet, Hashbrowns, or Pancakes for breakfast.",
			nil, []string{"Omelet", "Hashbrowns", "Pancakes"}},
		{"a list after a", "On rainy mornings, Penny may offer you Large Milk, Egg, Mixed Seeds, or a Geode.",
			nil, []string{"Geode", "Mixed Seeds"}},
		{"a list of firms with a surname", "Last month, Paramount, Universal and Warner Brothers said they were opting for the format.",
			map[string]EntityType{"Universal": Organization, "Warner Brothers": Organization}, nil},
		{"a list of countries", "Kirwan said Britain, France, Germany, Italy, Spain and Portugal would sign.",
			map[string]EntityType{"Germany": Country, "Portugal": Country}, nil},
		{"a list of bodies", "It would draw on the Army, Navy, Air Force and Coast Guard for the task.",
			map[string]EntityType{"Army": Organization}, nil},
		{"a list opened by the", "The story ran in the Examiner, Sentinel and Courier last week.",
			nil, []string{"+Examiner", "+Sentinel"}},
		{"a list with a body's word", "Programmes run on Sky News, Sky Travel and Sky Sports this week.",
			map[string]EntityType{"Sky News": Organization}, nil},
		{"a list ended by a comma and &", "She likes all of them (except Algae Soup, Beer, Mead, Pale Ale, Pale Broth, & Wine) said Harry Stone.",
			map[string]EntityType{"Harry Stone": Person}, []string{"Pale Broth", "Algae Soup"}},
		{"& without a comma joins one name", "Shares of Procter & Gamble, Colgate and Unilever rose on Monday.",
			nil, []string{"+Procter & Gamble"}},
		{"two items are no list", "She may offer you Omelet or Pancakes for breakfast, said Harry Stone.",
			map[string]EntityType{"Harry Stone": Person}, nil},
		{"a list of people", "The prize went to Anna Kovacs, Harry Stone and Susan Miller last year.",
			map[string]EntityType{"Harry Stone": Person, "Susan Miller": Person}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := map[string]EntityType{}
			maps.Copy(want, tt.want)
			var kept []string
			for _, n := range tt.not {
				if k, ok := strings.CutPrefix(n, "+"); ok {
					kept = append(kept, k)
					continue
				}
				want[n] = Other // no such name
			}
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			checkTypes(t, tt.text, doc, want)
			for _, k := range kept {
				if !slices.ContainsFunc(doc.Entities, func(e Entity) bool { return e.Name == k }) {
					t.Errorf("%q: %q lost", tt.text, k)
				}
			}
		})
	}
}
