package extract

import "testing"

// TestDescribedFirmStart checks that a description glued before a body's
// name is cut off: a nationality, or an adjective of the dictionary no
// gazetteer knows, then a lower-case body noun; a firm's own name before
// the noun stays.
func TestDescribedFirmStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Anna Weber of the Catholic charity Zorbex said the banks must act.",
			map[string]EntityType{"Zorbex": Organization}, []string{"Catholic charity Zorbex", "Catholic"}},
		{"Anna Weber of the Dutch firm Zorbex Aid said the banks must act.",
			map[string]EntityType{"Zorbex Aid": Organization}, []string{"Dutch firm Zorbex Aid"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
