package extract

import (
	"testing"
	"time"
)

// TestModernFirmNames checks a given name's shop ("Sam's Club"), a firm
// after a trade that people ply too ("developer Mojang") and a tribe's
// name, and leaves the people beside them.
func TestModernFirmNames(t *testing.T) {
	pub := time.Date(2023, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Shoppers want a paid membership like at Costco or Sam’s Club, he said.",
			map[string]EntityType{"Sam’s Club": Organization}},
		{"He left the farmhouse and went to Pierre's General Store.",
			map[string]EntityType{"Pierre's General Store": Organization}},
		{"Donald Trump's Mar-a-Lago Club hosted the party.",
			map[string]EntityType{"Donald Trump": Person}},
		{"He reported the bug to Minecraft developer Mojang last year.",
			map[string]EntityType{"Mojang": Organization}},
		{"The deal was struck with property developer Donald Trump last year.",
			map[string]EntityType{"Donald Trump": Person}},
		{"She served the Nooksack Indian Tribe and the Lummi Nation.",
			map[string]EntityType{"Nooksack Indian Tribe": Organization}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
