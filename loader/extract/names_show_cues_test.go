package extract

import "testing"

// TestShowCues checks showCued through dropCuedWorks: a name after a show,
// series, game or hit noun with its own modifier is a work, wherever the
// article writes it; the same words read as verbs, or "game" after a bare
// determiner, cue nothing.
func TestShowCues(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a TV show", "Anna Kovacs starred in the cult TV show Harbour Lights in the 1990s. Harbour Lights ran for six years.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Harbour Lights"}},
		{"a possessive's hit", "The band won two awards for their hit Velmar Rising, Anna Kovacs said.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Velmar Rising"}},
		{"a noun's game", "The prize went to the board game Orla Quest, made by Dorvin Toys Inc in May.",
			map[string]EntityType{"Dorvin Toys Inc": Organization}, []string{"Orla Quest"}},
		{"an adjective's series", "Anna Kovacs wrote the animated series Kettle Kids for the network.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Kettle Kids"}},
		{"a plural show noun after a possessive", "Anna Kovacs hosted children's shows Jimmy Tarrant and Number Nine in the 1980s.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Jimmy Tarrant"}},
		{"show as a verb stays", "Recent polls show Anna Kovacs well ahead of her rivals in the race.",
			map[string]EntityType{"Anna Kovacs": Person}, nil},
		{"hit as a verb stays", "The strike hit Vallon Airways hardest, union leaders said on Monday.",
			map[string]EntityType{"Vallon Airways": Organization}, nil},
		{"a plural subject's verb stays", "The latest figures show Dorvin Bank lost money in May.",
			map[string]EntityType{"Dorvin Bank": Organization}, nil},
		{"game after a bare determiner stays", "At the end of the game Anna Kovacs scored again for the visitors.",
			map[string]EntityType{"Anna Kovacs": Person}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
