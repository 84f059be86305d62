package extract

import "testing"

// TestOpeningPlaceFirms: a place that opens the sentence and runs into a
// body ending in an organisation's word or a legal form is the body's first
// word; a dateline in capitals, a place with a mark after it and a legal
// form alone stay apart.
func TestOpeningPlaceFirms(t *testing.T) {
	checkNames(t, "Denver Grain Exchange officials said wheat trading rose.",
		map[string]EntityType{"Denver Grain Exchange": Organization}, []string{"Grain Exchange", "Denver"})
	checkNames(t, "Malta Shipping Co said it ordered two tankers.",
		map[string]EntityType{"Malta Shipping Co": Organization}, []string{"Shipping Co", "Malta"})
	checkNames(t, "Lisbon Radio said the minister had resigned.",
		map[string]EntityType{"Lisbon Radio": Organization}, []string{"Radio"})
	checkNames(t, "Traders at the Denver Grain Exchange said wheat rose.",
		map[string]EntityType{"Denver Grain Exchange": Organization}, nil)
	checkNames(t, "DENVER - Grain Exchange officials said wheat trading rose.",
		nil, []string{"DENVER - Grain Exchange"})
}
