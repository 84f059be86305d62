package extract

import "testing"

// TestLocalPlaces: towns and counties the gazetteer does not know, the
// region that holds them, a person's home town, and the body written before
// a lower-case title.
func TestLocalPlaces(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Plumber jailed\n\nRegistered gas fitter Hartley, 37, from Radstock, Somerset, did a rushed job.",
			want: []string{"Radstock containedInPlace Somerset", "Hartley homeLocation Radstock"}},
		{text: "Fumes\n\nFumes were pumped into the town house in Bath, Somerset, instead of the flue.",
			want: []string{"Bath containedInPlace Somerset"}},
		{text: "Crash\n\nThe driver, John Ruiz, of Torrance, was taken to hospital.",
			want: []string{"John Ruiz homeLocation Torrance"}},
		// a list of places is no containment
		{text: "Tour\n\nThe band played in Paris, Lyon and Marseille last week.",
			notWant: []string{"Paris containedInPlace Lyon", "Lyon containedInPlace Paris"}},
		{text: "Death\n\nShe died at the home of her father, Future Publishing founder Chris Anderson.",
			want:    []string{`Chris Anderson jobTitle "founder"`, "Chris Anderson affiliation Future Publishing"},
			notWant: []string{`Chris Anderson jobTitle "Future Publishing founder"`}},
		// a holiday names no one
		{text: "Trip\n\nZoe returned to spend Christmas with her mother Lucy Evans in the Lake District.",
			notWant: []string{"Christmas homeLocation Lake District", "Lucy Evans met Christmas"}},
	})
}

// TestLocalTitlesAndEvents: titles, bodies and gatherings of local and
// political news.
func TestLocalTitlesAndEvents(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Exports\n\nPresident of the Jamaica Manufacturers & Exporters, JMEA, John Mahfood says manufacturers should export more.",
			want: []string{`John Mahfood jobTitle "President"`, "John Mahfood affiliation Jamaica Manufacturers & Exporters"}},
		{text: "Exports\n\nIn the meantime, Managing Director of Carita Foods Limited, Rita Hilton says the biggest exports were yam.",
			want:    []string{`Rita Hilton jobTitle "Managing Director"`, "Rita Hilton affiliation Carita Foods Limited"},
			notWant: []string{"Rita Hilton affiliation Managing Director of Carita Foods Limited"}},
		{text: "Arrest\n\nThis morning, the Honourable Premier Fahie was detained in Miami.",
			want:    []string{`Fahie jobTitle "Premier"`},
			notWant: []string{"Fahie affiliation Honourable"}},
		{text: "Briefing\n\nAndrew Fahie held a press conference with Jane Doe on Tuesday.",
			want: []string{"Andrew Fahie met Jane Doe", `Event startDate "2022-01-04"`}},
		{text: "Summit\n\nKeith Mitchell attended the roundtable with Caricom Secretary-General Carla Barnett.",
			want: []string{"Keith Mitchell met Carla Barnett", `Carla Barnett jobTitle "Secretary-General"`, "Carla Barnett affiliation Caricom"}},
		{text: "Budget\n\nFinance Minister Colm Imbert spoke.",
			want:    []string{`Colm Imbert jobTitle "Finance Minister"`},
			notWant: []string{"Colm Imbert affiliation Finance"}},
		{text: "Hearing\n\nSenator Anthony Vieira spoke at the hearing on Wednesday.",
			want: []string{"Event attendee Anthony Vieira"}},
		{text: "Mayors\n\nDeqa Dhalac of South Portland, Maine, was the first Somali American to serve as mayor.",
			want: []string{"Deqa Dhalac homeLocation South Portland", "South Portland containedInPlace Maine"}},
		{text: "Talks\n\nClark held discussions with Democratic Sens. Patrick Moynihan of New York, Christopher Dodd of Connecticut, Lloyd Bentsen of Texas and George Mitchell of Maine.",
			notWant: []string{"Lloyd Bentsen homeLocation Texas"}}, // (the relation model reads the others as homes)
	})
}

// TestNamedLocalEvents: named events with their place and date, passive
// attendance, and gatherings of different kinds kept apart.
func TestNamedLocalEvents(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Party\n\nThe PNP held its Extraordinary Conference in Kingston on Sunday.",
			want: []string{"Extraordinary Conference location Kingston", "Extraordinary Conference attendee PNP", `Extraordinary Conference startDate "2022-01-09"`}},
		{text: "Party\n\nThe party's Extraordinary Conference, held in Kingston on Sunday, elected Mark Golding as leader.",
			want: []string{"Extraordinary Conference location Kingston"}},
		{text: "Summit\n\nLeaders met at the Summit of the Americas in Los Angeles on June 8.",
			want:    []string{"Summit of the Americas location Los Angeles"},
			notWant: []string{"Event attendee Americas"}},
		{text: "Money\n\nA fundraiser attended by John Smith and Mary Jones raised money.",
			want: []string{"John Smith met Mary Jones"}},
		{text: "Week\n\nAndrew Fahie held a press conference on Tuesday.\n\nSenator Anthony Vieira spoke during the sitting of the Senate on Wednesday.",
			want:    []string{"Event attendee Andrew Fahie", "Event attendee Anthony Vieira"},
			notWant: []string{"Andrew Fahie met Anthony Vieira"}},
		// the hearing is no repetition of the press conference
		{text: "Week\n\nAndrew Fahie held a press conference.\n\nThe hearing in Kingston was long.",
			want:    []string{"Event attendee Andrew Fahie"},
			notWant: []string{"Event location Kingston"}},
	})
}
