package extract

import (
	"testing"
)

// TestNameShapes checks the shape rules of names_shape.go by mechanism: a
// lower-case word hyphenated to a name is cut off (but a name's own hyphen
// stays), a person glued after a body's name is split from it, a name opened
// by a French or Spanish body's head is a body, and museums and theatres are
// places.
func TestNameShapes(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"hyphenated adjective", "The Los Angeles-area company said on Tuesday that it would cut 200 jobs.",
			map[string]EntityType{"Los Angeles": City}, []string{"Los Angeles-area"}},
		{"a name's own hyphen", "North Korean leader Kim Il-sung met President Chun Doo Hwan in Seoul.",
			map[string]EntityType{"Kim Il-sung": Person}, []string{"Kim Il"}},
		{"person glued to a body", "Permanent Secretary in the Ministry of Finance Brian Manning said the budget was balanced.",
			map[string]EntityType{"Ministry of Finance": Organization, "Brian Manning": Person},
			[]string{"Ministry of Finance Brian Manning"}},
		{"known body whole", "Analysts at Bank of America Merrill Lynch said the shares would rise.",
			nil, []string{"Merrill Lynch"}},
		{"place across the cut", "\"That is a very short-term view,\" said Lawrence Mills, director-general of the Federation of Hong Kong Industry.",
			map[string]EntityType{"Federation of Hong Kong Industry": Organization}, []string{"Kong Industry"}},
		{"foreign body head", "The Société Générale bank said on Monday that profits rose, said Seán O’Brien, a trader.",
			map[string]EntityType{"Société Générale": Organization, "Seán O’Brien": Person}, nil},
		{"museums are places", "Works from the Musée d’Orsay were shown at the Museo del Prado and the Bardo National Museum.",
			map[string]EntityType{"Musée d’Orsay": Place, "Museo del Prado": Place, "Bardo National Museum": Place}, nil},
		{"apostrophe names the recogniser misses", "Shares of L’Oréal rose on Monday, and the Musée d’Orsay said Valéry Giscard d’Estaing had visited it.",
			map[string]EntityType{"L’Oréal": Organization, "Musée d’Orsay": Place, "Valéry Giscard d’Estaing": Person}, nil},
		{"surnames that are venue words", "Jerry Hall and Stuart Hall met the press in London on Monday.",
			map[string]EntityType{"Jerry Hall": Person, "Stuart Hall": Person}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
