package extract

import (
	"testing"
	"time"
)

// TestPlaceShortForms checks the gazetteer's short forms of places that
// modern copy uses alone (loader/gazetteer/data/countries_extra.tsv and
// places_extra.tsv): a territory's initials, an island group without
// "Islands", a city without its first word or with its initials. Read alone
// they were bodies (an acronym or an unknown word is a body by default).
func TestPlaceShortForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"territory initials before a title", "BVI Premier Qwen Ollard flew home on Monday.",
			map[string]EntityType{"British Virgin Islands": Country, "Qwen Ollard": Person, "BVI": Other}},
		{"island group without Islands", "Inmates could walk out of Cayman's only prison, a report said.",
			map[string]EntityType{"Cayman Islands": Country, "Cayman": Other}},
		{"city without its article", "She moved her show to Vegas in 2003.",
			map[string]EntityType{"Las Vegas": City, "Vegas": Other}},
		{"city initials", "He was born and raised in L.A., and still lives there.",
			map[string]EntityType{"Los Angeles": City, "L.A.": Other}},
		{"a longer name keeps its words", "The bank moved its funds to Grand Cayman last year.",
			map[string]EntityType{"Cayman Islands": Other}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
