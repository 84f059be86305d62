package extract

import "testing"

// TestModernEvents: meetings told with the phrases of modern copy (a
// sit-down, a courtesy call, a wedding, an interview with a journalist
// named through their outlet) are events both parties attend, with the
// place and date of their clause; states and denials are none.
func TestModernEvents(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nMayor Lori Lightfoot sat down with Governor J.B. Pritzker on Tuesday to discuss the budget.",
			want: []string{"Event attendee Lori Lightfoot", "Event attendee J.B. Pritzker", "Lori Lightfoot met J.B. Pritzker", `Event startDate "2022-01-04"`}},
		{text: "Budget\n\nMayor Lori Lightfoot did not sit down with Governor J.B. Pritzker.",
			notWant: []string{"Lori Lightfoot met J.B. Pritzker"}},
		{text: "Call\n\nPremier Natalio Wheatley paid a courtesy call on Governor John Rankin at Government House.",
			want: []string{"Natalio Wheatley met John Rankin", "Event location Government House"}},
		{text: "Call\n\nGovernor Ruth Baines received a courtesy call from Ambassador Paul Okafor on Monday.",
			want: []string{"Ruth Baines met Paul Okafor", `Event startDate "2022-01-10"`}},
		{text: "Call\n\nGovernor Ruth Baines did not receive a courtesy call from Ambassador Paul Okafor.",
			notWant: []string{"Ruth Baines met Paul Okafor"}},
		{text: "Visit\n\nPremier Natalio Wheatley paid a courtesy visit to Governor John Rankin on Monday.",
			want: []string{"Natalio Wheatley met John Rankin"}},
		// weddings: a verb with its object, or the two of its subject
		{text: "Wedding\n\nCeline Dion married René Angélil in 1994.",
			want:    []string{"Event attendee Celine Dion", "Event attendee René Angélil", `Event startDate "1994"`},
			notWant: []string{"Celine Dion met René Angélil"}}, // a wedding is no meeting (met_family.go)
		{text: "Wedding\n\nKim Kardashian and Kanye West tied the knot in Florence.",
			want: []string{"Event attendee Kim Kardashian", "Event attendee Kanye West", "Event location Florence"}},
		{text: "Wedding\n\nJay Smith and Ann Lee were married in Boston.",
			want: []string{"Event attendee Jay Smith", "Event attendee Ann Lee", "Event location Boston"}},
		// a state, a married couple and a marriage denied are no wedding
		{text: "Wedding\n\nJohn Brown is married to Mary Brown.",
			notWant: []string{"Event attendee John Brown", "Event attendee Mary Brown"}},
		{text: "Wedding\n\nJohn Brown and Mary Brown are married.",
			notWant: []string{"Event attendee John Brown", "Event attendee Mary Brown"}},
		{text: "Wedding\n\nOssie Davis and Ruby Dee were married for more than 56 years.",
			notWant: []string{"Event attendee Ossie Davis", "Event attendee Ruby Dee"}},
		// a pronoun's antecedent is no party to a wedding
		{text: "Film\n\nBugsy was a hit for Annette Bening.\n\nShe married Warren Beatty.",
			notWant: []string{"Event attendee Warren Beatty", "Event attendee Bugsy"}},
		{text: "Film\n\nBugsy was the start of a liaison for Annette Bening - she married Warren Beatty.",
			notWant: []string{"Event attendee Warren Beatty", "Event attendee Bugsy"}},
		{text: "Wedding\n\nJohn Brown never married Mary Brown.",
			notWant: []string{"Event attendee John Brown", "Event attendee Mary Brown"}},
		// an interview with a journalist named through the outlet
		{text: "Bill\n\nIn an interview with CNN's Jake Tapper, Senator Bernie Sanders said the bill would fail.",
			want: []string{"Event attendee Bernie Sanders", "Event attendee Jake Tapper", "Bernie Sanders met Jake Tapper"}},
		{text: "Bill\n\nSenator Bernie Sanders said in an interview with Jake Tapper that the bill would fail.",
			want: []string{"Bernie Sanders met Jake Tapper"}},
		// an interview with an outlet names no one met
		{text: "Bill\n\nIn an interview with CNN, Senator Bernie Sanders said John Smith would lose.",
			notWant: []string{"Bernie Sanders met John Smith"}},
	})
}

// TestModernAttendees: who acts at an event told in a prepositional phrase
// attends it, every name of the subject list; ", attended by" after a
// verb, ", where X addressed" and "alongside X" add attendees. Who only
// intends to act there, or a country's official at talks between
// countries, is no attendee read this way.
func TestModernAttendees(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Deal\n\nAt a news conference in Panama on Monday, President Laurentino Cortizo and Foreign Minister Janaina Tewaney announced the deal.",
			want:    []string{"Event attendee Laurentino Cortizo", "Event attendee Janaina Tewaney", "Event location Panama"},
			notWant: []string{"Laurentino Cortizo met Janaina Tewaney"}},
		{text: "Deal\n\nLaurentino Cortizo and Janaina Tewaney announced the deal at a news conference on Monday.",
			want: []string{"Event attendee Laurentino Cortizo", "Event attendee Janaina Tewaney"}},
		{text: "Bonn\n\nGerhard Stoltenberg and James Baker reaffirmed their commitment at a secret meeting yesterday in Frankfurt.",
			want: []string{"Gerhard Stoltenberg met James Baker"}},
		{text: "Board\n\nThe board met on Thursday, attended by directors Mary Jones, Tom Reid and Ann Cole.",
			want: []string{"Event attendee Mary Jones", "Event attendee Tom Reid", "Event attendee Ann Cole"}},
		{text: "Party\n\nThe conference was held at the National Arena, where party president Mark Golding addressed delegates.",
			want: []string{"Event attendee Mark Golding", "Event location National Arena"}},
		{text: "Hearing\n\nSenator Kamina Johnson Smith testified at a hearing on Tuesday alongside Commissioner Gary Rowe.",
			want: []string{"Event attendee Kamina Johnson Smith", "Event attendee Gary Rowe"}},
		// a visit's place where someone did something else
		{text: "Tour\n\nOn Tuesday Charles Kennedy will visit Leicester South, where MP Parmjit Singh Gill overturned a big Labour majority in last year's by-election.",
			notWant: []string{"Charles Kennedy met Parmjit Singh Gill"}},
		{text: "Board\n\nRobert Luciano intends to recommend the dividend at the next meeting of the board.",
			notWant: []string{"Event attendee Robert Luciano"}},
		{text: "Trade\n\nClayton Yeutter made his remarks at a U.S.-Israeli trade meeting marking the second year of their accord.",
			notWant: []string{"Clayton Yeutter met Israel", "Clayton Yeutter met United States"}},
	})
}

// TestDebates: a debate of candidates with a date, a place or a host is an
// event with them; a debate over a matter is none; its speakers did not
// meet each other.
func TestDebates(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Debate\n\nThe stakes are high for the candidates ahead of Tuesday's Democratic debate in South Carolina, co-hosted by CBS News.",
			want: []string{"Event organizer CBS News", "Event location South Carolina", `Event startDate "2022-01-11"`}},
		{text: "Debate\n\nSenator Amy Klobuchar and Mayor Pete Buttigieg clashed at the televised debate in Des Moines.",
			want:    []string{"Event attendee Amy Klobuchar", "Event attendee Pete Buttigieg", "Event location Des Moines"},
			notWant: []string{"Amy Klobuchar met Pete Buttigieg"}},
		{text: "Debate\n\nThe debate over immigration in Britain divided Labour, Tony Blair said at a news conference in London.",
			notWant: []string{"Event location Britain"}},
	})
}

// TestHostedGuests: who hosts or welcomes a person meets them; a person's
// statement welcomed is no guest.
func TestHostedGuests(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nPresident Joe Biden hosted Prime Minister Rishi Sunak at the White House on Thursday.",
			want: []string{"Joe Biden met Rishi Sunak", "Event location White House", `Event startDate "2022-01-06"`}},
		{text: "Visit\n\nPresident Joe Biden welcomed Prime Minister Rishi Sunak to the White House.",
			want: []string{"Joe Biden met Rishi Sunak"}},
		{text: "Trade\n\nJames Baker welcomed Kiichi Miyazawa's statement on the yen.",
			notWant: []string{"James Baker met Kiichi Miyazawa"}},
	})
}
