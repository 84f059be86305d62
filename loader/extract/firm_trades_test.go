package extract

import (
	"testing"
	"time"
)

// TestTradeFirms checks that a trade's noun in the plural before one name
// makes a firm of it, and leaves people in lists and after a singular.
func TestTradeFirms(t *testing.T) {
	pub := time.Date(2005, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"But the move led to bankers JP Morgan and public relations firm Brunswick withdrawing from the bid team.",
			map[string]EntityType{"JP Morgan": Organization}},
		{"The accounts were checked by auditors Arthur Andersen last year.",
			map[string]EntityType{"Arthur Andersen": Organization}},
		// a list of people, a person after the singular
		{"He was joined by former investment bankers Dennis Levine and Martin Siegel in court.",
			map[string]EntityType{"Dennis Levine": Person, "Martin Siegel": Person}},
		{"The report was written by banker John Smith last year.",
			map[string]EntityType{"John Smith": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
