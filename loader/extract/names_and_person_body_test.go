package extract

import (
	"testing"
	"time"
)

// TestSplitPersonAndBody checks that a person's full name run across "and"
// into a body's name ("X of Y") is two names, and that names joined by
// "and" that are not a person's and a body's stay as they were.
func TestSplitPersonAndBody(t *testing.T) {
	pub := time.Date(2023, 5, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The panel included David Estwick and University of the West Indies lecturer Jane Brown.",
			map[string]EntityType{"David Estwick": Person, "University of the West Indies": Organization, "Jane Brown": Person,
				"David Estwick and University of the West Indies": Other}},
		{"The talks were led by Peter Phillips and University of Technology president Kevin Brown.",
			map[string]EntityType{"Peter Phillips": Person, "University of Technology": Organization,
				"Peter Phillips and University of Technology": Other}},
		// a body's name with "and" in it stays whole
		{"The Securities and Exchange Commission said on Tuesday it would look into the trades.",
			map[string]EntityType{"Securities and Exchange Commission": Organization}},
		// the half before "and" opens with no given name: not a person's
		{"Shares of Procter and Gamble rose after the report.",
			map[string]EntityType{"Procter": Other}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
