package extract

import "testing"

// TestWorkLists checks workListed through dropCuedWorks: the names listed
// after "<works> such as" are works wherever the article writes them; a
// maker before a possessive, and the names after "firms such as", stay.
func TestWorkLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"films", "Anna Kovacs starred in films such as Jimmy Tarrant and Mister Velmar. Jimmy Tarrant won a prize.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Jimmy Tarrant", "Mister Velmar"}},
		{"arcade classics", "Anna Kovacs grew up on arcade classics such as Jimmy Tarrant, the maze game.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Jimmy Tarrant"}},
		{"a maker's possessive stays", "Sales of consoles such as Dorvin Toys Inc's Orla Box rose, Anna Kovacs said.",
			map[string]EntityType{"Dorvin Toys Inc": Organization, "Anna Kovacs": Person}, nil},
		{"firms stay", "Firms such as Dorvin Toys Inc and Vallon Airways Inc cut jobs.",
			map[string]EntityType{"Dorvin Toys Inc": Organization, "Vallon Airways Inc": Organization}, nil},
		{"a name after the list stays", "He made films such as Harbour Lights with Anna Kovacs in Prague.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Harbour Lights"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
