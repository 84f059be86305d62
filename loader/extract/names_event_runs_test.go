package extract

import "testing"

// TestEventRuns checks the named events the recogniser leaves unnamed: runs
// of capitals ending in an event's head, opening with a festival's or a
// feast's, and yearly shows named by their year.
func TestEventRuns(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"This was despite even winning the 1988 Eurovision Song Contest with her performance.",
			map[string]EntityType{"1988 Eurovision Song Contest": Event}, nil},
		{"When the star posted photos of her getting ready for the Met Gala, for example, she received comments.",
			map[string]EntityType{"Met Gala": Event}, nil},
		{"“On the 25th we will be having the Feast of the Winter Star,” she said.",
			map[string]EntityType{"Feast of the Winter Star": Event}, nil},
		{"The band will start the Lift Off Tour in May.",
			map[string]EntityType{"Lift Off Tour": Event}, nil},
		// a yearly show named by its year, one edition (names_event_editions.go)
		{"Her looks included a white blazer worn backward at the 1999 Oscars.",
			map[string]EntityType{"1999 Oscars": Event}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
