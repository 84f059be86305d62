package extract

import (
	"testing"
	"time"
)

// TestFirmsByEmployer checks the full names a sentence gives as a
// person's or an analyst's workplace, and the people it leaves alone.
func TestFirmsByEmployer(t *testing.T) {
	pub := time.Date(1987, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		// a person's name, "of" and the workplace
		{"The stock rose after analyst Roland Moreno of Smith Barney upgraded his opinion of it, traders said.",
			map[string]EntityType{"Roland Moreno": Person, "Smith Barney": Organization}},
		// after a comma and "from"
		{"\"It is a big writeback,\" Simon Wheatley, from Goldman Sachs, told Reuters.",
			map[string]EntityType{"Simon Wheatley": Person, "Goldman Sachs": Organization}},
		// an analyst's noun and "with"
		{"\"The market is taking a breather,\" said Craig Sloane, a currency analyst with Paine Webber.",
			map[string]EntityType{"Craig Sloane": Person, "Paine Webber": Organization}},
		// before an analyst's noun
		{"Cheap corn is still the main incentive, according to Dean Witter livestock analyst Tom Hare.",
			map[string]EntityType{"Tom Hare": Person, "Dean Witter": Organization}},
		// the subjects of a syndicate's verb
		{"Keefe Bruyette, Goldman Sachs and Merrill Lynch co-managed the deal.",
			map[string]EntityType{"Keefe Bruyette": Organization, "Goldman Sachs": Organization}},
		{"Smith Barney will underwrite the issue.",
			map[string]EntityType{"Smith Barney": Organization}},
		// a person with a person is no workplace
		{"The pack sees recalls for Guy Easterby with Eric Miller and Frank Sheehan returning.",
			map[string]EntityType{"Eric Miller": Person}},
		// a title shows a person
		{"He met Roland Moreno of Mr John Baker and Mr John Baker said so.",
			map[string]EntityType{"John Baker": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
