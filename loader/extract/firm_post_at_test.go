package extract

import "testing"

// TestFirmsAfterPostAt checks firmsAfterPostAt: a name after a post's "of"
// phrase or an analyst's noun and "at" is a firm's, even where "at" would
// make it a place; a bare title, a person's name before "at" and a place
// the gazetteer knows leave the place.
func TestFirmsAfterPostAt(t *testing.T) {
	checkNames(t, "Demand is still growing, said Ann Fowler, director of retail marketing at Quorvex.",
		map[string]EntityType{"Quorvex": Organization, "Ann Fowler": Person}, nil)
	checkNames(t, "Rates will fall, said Paul Tamsin, an economist at Brayfield.",
		map[string]EntityType{"Brayfield": Organization}, nil)
	checkNames(t, "The minister received the award from the Queen at Sandringham last year.",
		map[string]EntityType{"Sandringham": Place}, nil)
	checkNames(t, "Rates will fall, said Paul Tamsin, head of research at Leeds.",
		map[string]EntityType{"Leeds": Place}, nil)
}
