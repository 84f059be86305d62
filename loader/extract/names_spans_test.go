package extract

import (
	"testing"
)

// TestNameSpans checks the span rules of names_person_of.go,
// names_hyphen_places.go, names_wire_caps.go, names_possessive_firms.go and
// names_bodies_shape.go by mechanism: a person's name before "of" and a firm's
// legal name is no part of the firm's; a place hyphenated to "based" is named,
// and opens no body's name; a function word the wire capitalised after "U.S."
// ends a name; a firm's legal form after a possessive is part of its name;
// "Air" and a country name an airline; a capitalised "-ing" word goes on a
// body's name; a state's abbreviation after a town is a place.
func TestNameSpans(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"person of a firm", "Rates will fall, said Peter Walsh of Barnett Capital Markets Inc.",
			map[string]EntityType{"Peter Walsh": Person, "Barnett Capital Markets Inc.": Organization},
			[]string{"Peter Walsh of Barnett Capital Markets Inc."}},
		{"person of a firm opens the sentence", "Susan Hale of Crandall Trading Co said prices would fall.",
			map[string]EntityType{"Susan Hale": Person, "Crandall Trading Co": Organization},
			[]string{"Susan Hale of Crandall Trading Co"}},
		{"a body of a place stays whole", "The Bank of Montreal Securities Inc said prices would fall.",
			nil, []string{"Montreal Securities Inc"}},
		{"based without a name after", "Regulators barred the Denver-based company from new contracts.",
			map[string]EntityType{"Denver": City}, []string{"Denver-based"}},
		{"based opens no body", "Shares of Houston-based Gulfport Drilling Inc rose.",
			map[string]EntityType{"Houston": City, "Gulfport Drilling Inc": Organization},
			[]string{"Shares of Houston-based Gulfport Drilling Inc"}},
		{"led names no place", "The talks on U.S.-led sanctions went on.",
			nil, []string{"United States", "U.S.-led"}},
		{"wire capital: or", "The rules could drive the market out of centres like Paris and Brussels to Austria, the U.S. Or Japan.",
			map[string]EntityType{"Japan": Country, "United States": Country}, []string{"U.S. Or Japan"}},
		{"possessive firm name", "The index added Wendell's Corp <WDL> in October.",
			map[string]EntityType{"Wendell's Corp": Organization}, []string{"Wendell", "Corp"}},
		{"airline", "The state sold a majority stake in Air Malawi to a hotel group in 1994.",
			map[string]EntityType{"Air Malawi": Organization}, nil},
		{"gerund inside a body's name", "A special session would adopt the resolution after the Association of Zinc Producing Countries meeting April 14 to 16.",
			map[string]EntityType{"Association of Zinc Producing Countries": Organization}, []string{"Association of Zinc Producing"}},
		{"state abbreviation after a town", "He moved to Albany, N.Y., last year.",
			map[string]EntityType{"N.Y.": Place}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
