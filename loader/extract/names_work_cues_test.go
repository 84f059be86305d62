package extract

import "testing"

// TestCuedWorks checks dropCuedWorks: a name written just after a work's
// noun or "aboard" is no body and no person, wherever the article writes it;
// a name followed by a verb, or a firm with its legal form, stays.
func TestCuedWorks(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a film", "Anna Kovacs wrote the songs for the movie Harbour Lights, earning an award. Harbour Lights opened in May.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Harbour Lights"}},
		{"a vessel", "The Liberian tanker Anna Marisol, laden with crude, was hit near Kharg, shipping sources said.",
			nil, []string{"Anna Marisol"}},
		{"aboard a ship", "Tests were run aboard the Maria Kowalska, a Polish freighter, Anna Kovacs told Reuters.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Maria Kowalska"}},
		{"a drug", "Sales of the drug Veltrax, launched in May, rose 20 pct, Dorvin Pharmaceuticals Inc said.",
			map[string]EntityType{"Dorvin Pharmaceuticals Inc": Organization}, []string{"Veltrax"}},
		{"a single", "The album follows single Black and Bright Town, which reached number six.",
			nil, []string{"Black and Bright Town"}},
		{"a vessel in a fixture", "Tennaco took Nicoldara part cargo 50,000 tons dirty April 12 Caribbean to U.S. Gulf worldscale 130.",
			nil, []string{"Nicoldara"}},
		{"a relative clause's subject stays", "It is the film Anna Kovacs made in 1998, and it won prizes.",
			map[string]EntityType{"Anna Kovacs": Person}, nil},
		{"a verb with its object after a work", "The quirky comedy Paper Kites won the top prize at the festival, Anna Kovacs said.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Paper Kites"}},
		{"a form of be after a vessel", "The Greek bulk carrier Orla Maren was hit in the engine room on Sunday.",
			nil, []string{"Orla Maren"}},
		{"have before a participle", "Dorvin Pharmaceuticals Inc said its drug Veltrax has passed a second trial.",
			map[string]EntityType{"Dorvin Pharmaceuticals Inc": Organization}, []string{"Veltrax"}},
		{"a noun tagged as an adjective", "He made the documentary Harbour Lights 2 about the strike.",
			nil, []string{"Harbour Lights"}},
		{"a ship's carrier", "The aircraft carrier Santa Orla is in the northern Arabian Sea, officials said.",
			nil, []string{"Santa Orla"}},
		{"an airline's carrier stays", "Dorvin Air signed a pact with regional carrier Vallon Airways Inc on Monday.",
			map[string]EntityType{"Vallon Airways Inc": Organization}, nil},
		{"a new clause after an indefinite noun stays", "If you would rather see a downloaded movie Dorvin is showing a phone with a TV screen.",
			map[string]EntityType{"Dorvin": Organization}, nil},
		{"a relative clause with a modal stays", "It is the film Anna Kovacs will make in Prague next year.",
			map[string]EntityType{"Anna Kovacs": Person}, nil},
		{"a firm with its legal form stays", "Colestipol is a drug Dorvin Pharmaceuticals Inc has sold since 1977.",
			map[string]EntityType{"Dorvin Pharmaceuticals Inc": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
