package extract

import "testing"

// TestBodiesForeignConnected checks that a foreign body's name goes on over
// its connector and the capitalised words after it, and that a person's
// name and a place in brackets stay out.
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
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
