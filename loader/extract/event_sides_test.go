package extract

import "testing"

// TestTalksSideInThatClause: the subject of a clause "that" opens after a
// verb or "and", or "as" opens right before a verb group ("as Maas
// prepared to fly to Brussels to meet"), takes part in the talks its verb
// holds ("added that Nordwerk is holding discussions with Halvorsen"); a name after "that"
// following a noun is no subject of a meeting the relative clause lacks
// the object of ("targets that Parliament must meet").
func TestTalksSideInThatClause(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Merger\n\nAnalysts said that Nordwerk AG is holding talks with Halvorsen Steel Corp.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp", "Event attendee Nordwerk AG"}},
		{text: "Merger\n\nThe comments came as Pieter Maas prepared to fly to Brussels to meet with Karl Hauser.",
			want: []string{"Pieter Maas met Karl Hauser"}},
		{text: "Merger\n\nWeber added that Nordwerk AG is in discussions with Halvorsen Steel Corp on the sale.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nThe bank said the offer stood and that Pieter Maas later met Karl Hauser in Rotterdam.",
			want: []string{"Pieter Maas met Karl Hauser"}},
		{text: "Budget\n\nThe act calls for a balanced budget through a series of deficit targets that Congress must meet.",
			notWant: []string{"Event attendee Congress"}},
	})
}

// TestTalksSideBeenIn: who has been in talks was in them, as who is in
// them ("Amoco has also been in talks with Dome").
func TestTalksSideBeenIn(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Merger\n\nNordwerk AG has also been in talks with Halvorsen Steel Corp.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp", "Event attendee Nordwerk AG"}},
		{text: "Merger\n\nNordwerk AG had been in negotiations with Halvorsen Steel Corp since December.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG has not been in talks with Halvorsen Steel Corp.",
			notWant: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
	})
}
