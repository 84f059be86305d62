package extract

import "testing"

// TestLocalNewsGatherings: the gatherings of local and political news
// with their people, place and date: a sitting a legislature holds, a
// fundraiser a party holds, a meeting "which was attended by" a list, a
// ceremony's attendees who flank its host, two people "together at" an
// event, and a venue that is a building.
func TestLocalNewsGatherings(t *testing.T) {
	runRules(t, []ruleCase{
		// a legislature's sitting ("sitting" tagged a verb) that a list attended;
		// the legislature holds it, it does not attend
		{text: "Sitting\n\nThe House of Assembly sitting on Thursday was attended by Opposition Leader Marlon Penn and Health Minister Carvin Malone.",
			want:    []string{"Event attendee Marlon Penn", "Event attendee Carvin Malone", "Event organizer House of Assembly", `Event startDate "2022-01-06"`},
			notWant: []string{"Event attendee House of Assembly"}},
		// "sitting" as a verb is no sitting
		{text: "Court\n\nThe judge sitting in Road Town heard the case of John Smith and Mary Jones.",
			notWant: []string{"Event attendee John Smith"}},
		// a party's fundraiser: the party holds it; the two named together attend
		{text: "Race\n\nSenator Tim Scott and Nikki Haley were together at an early October GOP fundraiser in Charleston.",
			want:    []string{"Event attendee Tim Scott", "Event attendee Nikki Haley", "Event location Charleston", "Event organizer Republican Party"},
			notWant: []string{"Event attendee Republican Party"}},
		{text: "Race\n\nSenator Tim Scott and Nikki Haley were not together at the fundraiser.",
			notWant: []string{"Event attendee Tim Scott"}},
		// who presides holds the meeting; ", which was attended by" lists its people
		{text: "Board\n\nChairman Mark Brown presided over the board meeting, which was attended by directors Ann Lee, Tom Ford and Raj Patel.",
			want: []string{"Event organizer Mark Brown", "Event attendee Ann Lee", "Event attendee Tom Ford", "Event attendee Raj Patel"}},
		// "flanked by": beside the host at the event
		{text: "Bill\n\nGovernor Ron DeSantis signed the bill during a ceremony in Tallahassee on Friday, flanked by Senate President Kathleen Passidomo and House Speaker Paul Renner.",
			want: []string{"Event attendee Ron DeSantis", "Event attendee Kathleen Passidomo", "Event attendee Paul Renner", "Event location Tallahassee"}},
		// a building is where an event is held: "at City Hall", "was held at the library"
		{text: "Ceremony\n\nThe ceremony at City Hall on Sunday was attended by Mayor Karen Bass and Police Chief Michel Moore.",
			want: []string{"Event location City Hall", "Event attendee Karen Bass", "Event attendee Michel Moore"}},
		{text: "Visit\n\nA meet-and-greet with Representative Karen Bass was held at the Crenshaw Library on Saturday.",
			want: []string{"Event attendee Karen Bass", "Event location Crenshaw Library", `Event startDate "2022-01-08"`}},
	})
}

// TestNarrativeYears: a month's date written without its year takes the
// year of the last date of that month written with one, not the year the
// publication date suggests; another month keeps the publication's year.
func TestNarrativeYears(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Death\n\nThe boiler was fitted on December 16, 2010.\n\nOn December 29, her boyfriend John Smith met Zoe Anderson in Bath.",
			want:    []string{`Event startDate "2010-12-29"`},
			notWant: []string{`Event startDate "2021-12-29"`}},
		{text: "Talks\n\nThe boiler was fitted on December 16, 2010.\n\nOn January 5, John Smith met Zoe Anderson in Bath.",
			want: []string{`Event startDate "2022-01-05"`}},
	})
}

// TestEventNamesWithOf: a named event's name keeps the capitalised words
// joined by "of" before and after its head ("Commonwealth Heads of
// Government Meeting", "Meeting of the Conference of Heads of Government
// of CARICOM"); a body that owns an event by a possessive is no event.
func TestEventNamesWithOf(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Leaders\n\nOn the sidelines of the Commonwealth Heads of Government Meeting in Kigali, Prime Minister Andrew Holness met President Paul Kagame.",
			want:    []string{"Commonwealth Heads of Government Meeting location Kigali"},
			notWant: []string{"Government Meeting location Kigali"}},
		{text: "Leaders\n\nPrime Minister Mia Mottley attended the Regular Meeting of the Conference of Heads of Government of CARICOM in Port of Spain.",
			want: []string{"Regular Meeting of the Conference of Heads of Government of CARICOM attendee Mia Mottley",
				"Regular Meeting of the Conference of Heads of Government of CARICOM location Port of Spain"}},
		{text: "Party\n\nSenator Kamla Persad-Bissessar addressed the United National Congress's Extraordinary Conference at the Couva Auditorium on Sunday.",
			want:    []string{"Extraordinary Conference attendee Kamla Persad-Bissessar"},
			notWant: []string{"United National Congress attendee Kamla Persad-Bissessar"}},
	})
}

// TestLocalMeetingsApart: a country before "meeting" is where it is held,
// not a party; "the trust meeting" is not "the Panama meeting" told
// before it; a meeting "on the sidelines of" a summit that opens the
// sentence is part of it; who presides ("with X presiding") holds and
// attends.
func TestLocalMeetingsApart(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trade\n\nThe Panama meeting was attended by Foreign Minister Janaina Tewaney and Secretary of State Antony Blinken.\n\nTrust members Robert Ruano, Anna Lee and Carl Mena attended the trust meeting on Wednesday in Belize City.",
			want:    []string{"Event location Panama", "Janaina Tewaney met Antony Blinken", "Robert Ruano met Anna Lee"},
			notWant: []string{"Event attendee Panama", "Janaina Tewaney met Robert Ruano", "Antony Blinken met Anna Lee"}},
		{text: "Leaders\n\nOn the sidelines of the summit, Prime Minister Andrew Holness met President Paul Kagame.",
			want: []string{"Andrew Holness met Paul Kagame", "Event superEvent Event"}},
		{text: "Ceremony\n\nThe swearing-in ceremony of Chief Justice Margaret Ramsay-Hale was held at Government House yesterday, with Governor Jane Owen presiding.",
			want: []string{"Event organizer Jane Owen", "Event attendee Jane Owen", "Event attendee Margaret Ramsay-Hale", "Event location Government House"}},
	})
}
