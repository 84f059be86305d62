package extract

import (
	"testing"
	"time"
)

// TestSharedSurnames checks names_shared_surname.go by mechanism: a lone
// given name joined by "and" to a person named in full takes that person's
// surname; the last item of a list, a name's last word, a body's name and
// the given name of another person named in full do not.
func TestSharedSurnames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"couple after a preposition", "Paul Begala was a longtime advisor to Bill and Hillary Clinton.",
			map[string]EntityType{"Bill Clinton": Person, "Hillary Clinton": Person, "Bill": Other}},
		{"couple opening the sentence", "John and Mary Smith hosted the party at their home.",
			map[string]EntityType{"John Smith": Person, "Mary Smith": Person, "John": Other}},
		{"an ampersand joins a firm's name", "The firm was founded by Tom & Jane Qwertle in 1990.",
			map[string]EntityType{"Tom Qwertle": Other}},
		{"last item of a list", "Fans saw Nana Mouskouri, Lulu and Julio Iglesias.",
			map[string]EntityType{"Lulu Iglesias": Other, "Julio Iglesias": Person}},
		{"last word of a full name", "The album has songs by Paul Simon and Art Garfunkel.",
			map[string]EntityType{"Simon Garfunkel": Other, "Paul Simon": Person, "Art Garfunkel": Person}},
		{"a body's name", "Harper and Row Publishers Inc said its profit rose.",
			map[string]EntityType{"Harper Row": Other}},
		{"given name of another person", "Oprah Winfrey spoke on Monday. Later Oprah and Gayle King laughed.",
			map[string]EntityType{"Oprah King": Other, "Gayle King": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
