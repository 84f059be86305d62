package extract

import "testing"

// TestBodiesForeignConnected checks that a foreign body's name goes on over
// its connector and the capitalised words after it, and that a person's
// name and a place in brackets stay out; over "sans" ("without") people
// the recogniser read are a body's words.
func TestBodiesForeignConnected(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The state oil company Petroleos de Venezuela will travel to London next week.",
			map[string]EntityType{"Petroleos de Venezuela": Organization}, []string{"Petroleos", "Venezuela"}},
		{"The plant will be built by the state utility Electricite de France next year.",
			map[string]EntityType{"Electricite de France": Organization}, []string{"Electricite"}},
		// "sans": no person's name goes on over "without", people read there are a body's words
		{"Among the 17 organisations listed are Oxfam, Medecins sans Frontieres (Doctors Without Borders) and Network for Good.",
			map[string]EntityType{"Médecins Sans Frontières": Organization}, []string{"Medecins", "Frontieres"}},
		// a head the recogniser read as a given name or a place ("Banco"),
		// one written without its accents ("Societe"), a person's name
		// with a connector inside after the head ("Chemins de Fer")
		{"The loan came from Banco do Brasil, officials said.",
			map[string]EntityType{"Banco do Brasil": Organization}, []string{"Banco", "Brasil"}},
		{"Banco do Nordeste said it would lend more.",
			map[string]EntityType{"Banco do Nordeste": Organization}, []string{"Banco", "Nordeste"}},
		{"The Societe Nationale des Chemins de Fer said fares rose.",
			map[string]EntityType{"Societe Nationale des Chemins de Fer": Organization}, []string{"Societe Nationale", "Chemins de Fer"}},
		// a foreign "and" inside the name, the one word after it read as a person's
		{"Anna Weber of the group Vita et Lux said the banks must act.",
			map[string]EntityType{"Vita et Lux": Organization, "Anna Weber": Person}, []string{"Vita", "Lux"}},
		{"He joined the Ministerio de Obras y Transportes last year.",
			map[string]EntityType{"Ministerio de Obras y Transportes": Organization}, []string{"Transportes"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
