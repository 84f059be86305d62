package extract

import "testing"

// TestPlaceOwnsBody: a place in the possessive before the body a person
// serves is where the body is, not the person's home; a possessive place
// before a group of people stays one.
func TestPlaceOwnsBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nWladyslaw Baka, head of Poland's National Bank, told the official news agency PAP yesterday the talks were a step towards fresh credits.",
			notWant: []string{"Wladyslaw Baka homeLocation Poland"}},
		{text: "Coffee\n\nJorge Cardenas, manager of Colombia's coffee growers' federation, said he did not believe any important decisions would emerge.",
			notWant: []string{"Jorge Cardenas homeLocation Colombia"}},
		{text: "Age\n\nMr Toshitsune is one of Japan's 23,000 centenarians - a club that is growing by 13% annually.",
			want: []string{"Toshitsune homeLocation Japan"}},
	})
}
