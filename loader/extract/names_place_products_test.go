package extract

import "testing"

// TestPlaceProducts checks that names read as places are no places when
// the article writes them as a model or a sedan, and organisations when it
// writes them as brands, and that places before other nouns, and
// countries, stay.
func TestPlaceProducts(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The carmaker said it will stop making the Toledo sedan at its plant near Detroit next year.",
			map[string]EntityType{"Detroit": City}, []string{"Toledo"}},
		{"Its wine brands include Bordeaux Hills, Brisbane and Napier, the company said in Sydney.",
			map[string]EntityType{"Sydney": City, "Brisbane": Organization, "Napier": Organization}, nil},
		{"The warehouse will handle parts for Wexford, Tralee and Galway product lines, the firm said.",
			map[string]EntityType{"Wexford": Organization, "Tralee": Organization}, nil},
		{"Models covered by the recall include Corsica, Malibu and Monza, the company said in Detroit.",
			map[string]EntityType{"Detroit": City}, []string{"Corsica", "Monza"}},
		{"Sales of the Bristol model fell 4 pct in March. Dealers said the Bristol sold well in Spain.",
			map[string]EntityType{"Spain": Country}, []string{"Bristol"}},
		{"The Toledo plant will close next year and the work will move to Detroit, the company said.",
			map[string]EntityType{"Toledo": City, "Detroit": City}, nil},
		{"Japan car sales rose 3 pct in March, the association said in Tokyo.",
			map[string]EntityType{"Japan": Country, "Tokyo": City}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
