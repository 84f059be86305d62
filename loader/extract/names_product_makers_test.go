package extract

import "testing"

// TestProductMakers checks names_product_makers.go: a one-word name before
// a gadget's noun, "model" or a model's code is its maker, a firm wherever
// the article writes it, and a longer name it opens is cut to the maker;
// a product after a possessive, a standard before "compatible", a demonym,
// a person's name and a footballer's minute stay as they were.
func TestProductMakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a gadget's noun after a missed maker", "Readers also liked the Quillo pocket calculator from 1978.",
			map[string]EntityType{"Quillo": Organization}, nil},
		{"a needed word before the noun", "The list includes the 1962 Zarvex remote control at number four.",
			map[string]EntityType{"Zarvex": Organization}, nil},
		{"a maker then its possessive", "The first Borlak transistor radio came in 1957. Borlak's third entry is a tape player.",
			map[string]EntityType{"Borlak": Organization}, nil},
		{"a model after a determiner", "I would have picked a Veltrona model instead.",
			map[string]EntityType{"Veltrona": Organization}, nil},
		{"a code before a product's noun", "The airline leased two Velmark 737-200 aircraft last year.",
			map[string]EntityType{"Velmark": Organization}, nil},
		{"a product after a possessive", "Zorvac Corp said its Quillex video recorder sold well.",
			map[string]EntityType{"Zorvac Corp": Organization}, []string{"Quillex"}},
		{"a standard before compatible", "The box links Zorvac Corp computers to other Scriptal compatible printers.",
			nil, []string{"Scriptal"}},
		{"a footballer's minute", "Dravec scored in the 87th minute. Dravec 87 was all the scoreboard showed.",
			nil, []string{"Dravec 87"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
	if modelCode("1983") || modelCode("87") || !modelCode("QX-7") || !modelCode("300") {
		t.Error("modelCode: a year or a minute taken for a model, or a model missed")
	}
	if camelModel("MacDonald") || camelModel("KGaA") || camelModel("RepublicBank") || !camelModel("PocketPad") {
		t.Error("camelModel: a name's particle, a legal form or a body's word taken for a model, or a model missed")
	}
}
