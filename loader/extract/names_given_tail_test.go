package extract

import (
	"testing"
)

// TestCommonSurname checks names_given_tail.go by mechanism: after a cue
// that a person follows, a given name takes back a surname that is also a
// common noun; a capitalised word that is a title, a weekday or a place
// does not join, nor does a given name without a cue before it.
func TestCommonSurname(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"surname that is a common noun", "In a brief hearing, Texaco attorney James Sales said the motion was moot.",
			map[string]EntityType{"James Sales": Person}, []string{"James"}},
		{"after an occupation", "Forestry analyst Rick Sales at Odlum Brown Ltd said the strength reflected the industry.",
			map[string]EntityType{"Rick Sales": Person}, []string{"Rick"}},
		{"weekday is no surname", "The company told analyst James Monday that sales rose.",
			nil, []string{"James Monday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
