package extract

import "testing"

// TestSurnameTowns checks names_surname_towns.go: a town's name that is a
// word of a person's full name after the given name is the person's when it
// speaks, but stays a place where a mention stands where a place does.
func TestSurnameTowns(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"surname speaks", "Bolivia's offer is likely to be accepted, central bank governor Javier Toledo Iturri said.\n\nSpeaking to reporters at the annual meeting of the Inter-American Development Bank, Toledo said the banks would be reasonable.",
			map[string]EntityType{"Javier Toledo Iturri": Person}, []string{"Toledo"}},
		{"place by a preposition", "Union leader Javier Toledo Iturri said the plant would close.\n\nThe company said it would move the work to a plant in Toledo, which said it was ready.",
			map[string]EntityType{"Javier Toledo Iturri": Person, "Toledo": City}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
