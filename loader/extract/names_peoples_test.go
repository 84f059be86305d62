package extract

import "testing"

// TestPeoplesNoNames checks data/peoples.txt through recognise.go: the
// name of a people that is no nation ("Latino", "Kurds") is no person's,
// body's or place's name, beside a name that is one.
func TestPeoplesNoNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"an adjective of a people coordinated", "Police stops of black and Latino young people rose in Chicago, officials said.",
			map[string]EntityType{"Chicago": Place}, []string{"Latino"}},
		{"an adjective of a people alone", "Five of the seven progressives behind Warren are black or Latino, which illustrates how race is playing out.",
			nil, []string{"Latino"}},
		{"a people in the plural", "Hispanics and Kurds marched in Boston on Sunday.",
			map[string]EntityType{"Boston": Place}, []string{"Hispanics", "Kurds"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
