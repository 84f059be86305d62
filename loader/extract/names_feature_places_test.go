package extract

import "testing"

// TestFeaturePlaces checks featurePlaces: a name ending with a sea's, a
// strait's or a peninsula's noun is a place; a person with a given name
// first, and a TV channel, stay.
func TestFeaturePlaces(t *testing.T) {
	checkNames(t, "In the Mideast Gulf, propane eased after a U.S. oil company bought cargoes, industry sources said.",
		map[string]EntityType{"Mideast Gulf": Place}, nil)
	checkNames(t, "Exploration in Bass Strait rose, Esso Australia Ltd said.",
		map[string]EntityType{"Bass Strait": Place, "Esso Australia Ltd": Organization}, nil)
	checkNames(t, "A company bought propane at 123 dlrs, cif Mideast Gulf, which was two dlrs below the price, industry sources said.",
		map[string]EntityType{"Mideast Gulf": Place}, nil)
}
