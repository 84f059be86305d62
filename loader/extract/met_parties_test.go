package extract

import "testing"

// TestMetSidesAndIntents: the parties of "talks between banks and A, B"
// are on one side, a speaker is no party to the talks named after
// "between", and a meeting hoped for or asked for gives no met even when
// merged with a real one (met.go, event_triggers.go).
func TestMetSidesAndIntents(t *testing.T) {
	runRules(t, []ruleCase{
		// one side of the talks: each talks with the banks, not with the others
		{text: "Karl Brenner said he based this forecast on progress in talks between banks and Norway, Sweden, and Denmark.",
			notWant: []string{"Norway met Sweden", "Sweden met Denmark", "Norway met Denmark", "Karl Brenner met Norway", "Karl Brenner met Sweden"}},
		// named parties on both sides stay
		{text: "Talks between Halvorsen Steel Corp and Norrland Mining Corp on fishing rights resumed in Oslo on Monday.",
			want: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		// a country is no party to met (issue 11 item 6, met_places.go): it attends
		{text: "Talks between Norway and Sweden on fishing rights resumed in Oslo on Monday.",
			want: []string{"Event attendee Norway", "Event attendee Sweden"}, notWant: []string{"Norway met Sweden"}},
		// a speaker after "following a meeting between" is no party
		{text: "Karl Brenner said that following a meeting between Halvorsen Steel Corp and Norrland Mining Corp on March 3, the plan was dropped.",
			want:    []string{"Halvorsen Steel Corp met Norrland Mining Corp"},
			notWant: []string{"Karl Brenner met Halvorsen Steel Corp", "Karl Brenner met Norrland Mining Corp"}},
		// hoped for, in an article where a real meeting is read too
		{text: "Thousands of fans lined the street to meet their idols. Anna Lind said she was hoping to meet Karl Brenner and Ravi Sood.",
			notWant: []string{"Anna Lind met Karl Brenner", "Anna Lind met Ravi Sood"}},
		// asked for or wanted
		{text: "Halvorsen Steel Corp said it has requested an early meeting with Norrland Mining Corp's board.",
			notWant: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		{text: "Karl Brenner said he wanted to hold talks with Anna Lind as soon as possible.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Karl Brenner held talks with Anna Lind in Oslo on Monday.",
			want: []string{"Karl Brenner met Anna Lind"}},
	})
}

// TestMetBodiesThroughPeople: a body named only as the modifier of its
// people or things is no party; its own team or the name in brackets
// beside a party is (met.go: orgModifier, throughPeople).
func TestMetBodiesThroughPeople(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Karl Brenner yesterday met Nordic Development Bank and International Monetary Fund officials in Washington.",
			notWant: []string{"Karl Brenner met Nordic Development Bank", "Karl Brenner met International Monetary Fund"}},
		{text: "Karl Brenner will meet representatives of Halvorsen Steel Corp on Friday.",
			notWant: []string{"Karl Brenner met Halvorsen Steel Corp"}},
		{text: "Karl Brenner, who hosted the talks, said the plan gave a greater role to a Nordic Development Bank fund.",
			notWant: []string{"Karl Brenner met Nordic Development Bank"}},
		{text: "Karl Brenner said there was no problem about participation in talks held by Nordic Development Bank (NDB) finance ministers next week.",
			notWant: []string{"Karl Brenner met Nordic Development Bank"}},
		// the body itself, with its acronym and a spokesman of it
		{text: "Talks between the Nordic Development Bank (NDB) and Halvorsen Steel Corp have failed to settle the dispute, an NDB spokesman said.",
			want: []string{"Nordic Development Bank met Halvorsen Steel Corp"}},
		// a body's own team
		{text: "Talks between Halvorsen Steel Corp and a Nordic Development Bank team led by Anna Lind began on Monday.",
			want: []string{"Halvorsen Steel Corp met Nordic Development Bank"}},
		// a country is no party to met (issue 11 item 6, met_places.go): it attends
		{text: "Talks between the Nordic Development Bank (NDB) and Norway have failed to settle the dispute, an NDB spokesman said.",
			want: []string{"Event attendee Nordic Development Bank", "Event attendee Norway"}, notWant: []string{"Nordic Development Bank met Norway"}},
		{text: "Talks between Norway and a Nordic Development Bank team led by Anna Lind began on Monday.",
			want: []string{"Event attendee Norway", "Event attendee Nordic Development Bank"}, notWant: []string{"Norway met Nordic Development Bank"}},
	})
}

// TestMetVisitsAndPronouns: who makes a visit does not meet another
// visitor by it, a body visited is no one met, and a pronoun is the one
// its clause is about (event_triggers.go, antecedents.go, syntax.go).
func TestMetVisitsAndPronouns(t *testing.T) {
	runRules(t, []ruleCase{
		// "his visit" read with the wrong "his" in a later sentence
		{text: "Karl Brenner arrived in Oslo on Monday for a visit. " +
			"Brenner is expected to canvass support for the idea, first proposed by Agriculture Minister Ravi Sood, during his two-day visit to Oslo.",
			notWant: []string{"Karl Brenner met Ravi Sood"}},
		// a body visited
		{text: "Karl Brenner, head of the business group, spotted the dangers last November when he visited the Nordic Development Bank.",
			notWant: []string{"Karl Brenner met Nordic Development Bank"}},
		{text: "Karl Brenner visited Anna Lind in Oslo on Monday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		// "it" of a speaker no recogniser named is not the last body named
		{text: "In a filing with the Securities Review Commission, the Halvorsen/Norrland group said it sold shares. " +
			"The Halvorsen/Norrland group, which has litigation pending, also said it has held talks with Morgan Grenfell Corp about a settlement.",
			notWant: []string{"Securities Review Commission met Morgan Grenfell Corp"}},
		// "as X held its meeting": X's meeting, not the last body's
		{text: "Norrland Mining Corp raised its offer. The news came as Halvorsen Steel Corp held its third meeting with the Nordic Development Bank since December.",
			want:    []string{"Halvorsen Steel Corp met Nordic Development Bank"},
			notWant: []string{"Norrland Mining Corp met Nordic Development Bank"}},
	})
}

// TestMetReadsMore: meetings the reader missed: a summit's parties after
// its place and a relative period, a subject before "today" read as a
// noun, and people named after a title with "of the" (event_triggers.go,
// syntax.go).
func TestMetReadsMore(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The talks are expected to lay the groundwork for a summit in Oslo next month between President Karl Brenner and Prime Minister Anna Lind.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Karl Brenner and Ravi Sood are today meeting British Chancellor of the Exchequer Anna Lind and Foreign Secretary Paul Okafor.",
			want: []string{"Karl Brenner met Anna Lind", "Ravi Sood met Anna Lind", "Karl Brenner met Paul Okafor"}},
	})
}

// TestMetHoldersAndLists: a body of members holds its talks, "talks on X's
// purchase of Y" makes no party of Y, and "A, B and other officials" is a
// list met one by one (met.go, event_participants.go).
func TestMetHoldersAndLists(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "On the failure of the recent Nordic Timber Organization talks, Karl Brenner said Norway felt frustrated.",
			notWant: []string{"Nordic Timber Organization met Karl Brenner"}},
		{text: "Halvorsen Steel Corp and Norrland Mining Corp have agreed not to pursue their talks on Norrland's possible purchase of Lindqvist Gas Co.",
			notWant: []string{"Norrland Mining Corp met Lindqvist Gas Co", "Halvorsen Steel Corp met Lindqvist Gas Co"}},
		// a country is no party to met (issue 11 item 6, met_places.go): it attends
		{text: "Talks on Russia's proposed membership of the World Trade Organization resumed in Geneva.",
			want: []string{"Event attendee Russia", "Event attendee World Trade Organization"}, notWant: []string{"Russia met World Trade Organization"}},
		{text: "Karl Brenner held discussions here on Friday with Anna Lind, Treasury Secretary Ravi Sood and other officials.",
			want: []string{"Karl Brenner met Anna Lind"}, notWant: []string{"Anna Lind met Ravi Sood"}},
	})
}

// TestMetRound5c: a country before a lower-case title is named through
// its official, a couple visiting a city did not meet by it (but a visit
// for talks is talks), people in talks with no one named are each in their
// own, the relative's head speaks in "whom he said spoke", and names after
// "between" are another thing's parties (met.go, event_triggers.go,
// syntax.go).
func TestMetRound5c(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Speaking after farm trade talks with Norway agriculture minister Anna Lind, Karl Brenner said the market was closed.",
			want: []string{"Karl Brenner met Anna Lind"}, notWant: []string{"Karl Brenner met Norway"}},
		{text: "Crown Prince Karl Brenner and Crown Princess Anna Lind visited New York on Monday to help promote the festivities.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		// two who travel together for talks are one side (seed51 judged so)
		{text: "Karl Brenner and Anna Lind will visit Tokyo in April for discussions on farm trade issues.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Judges Karl Brenner, Anna Lind and Ravi Sood are in discussions to sign up for the new series.",
			notWant: []string{"Karl Brenner met Anna Lind", "Anna Lind met Ravi Sood"}},
		{text: "Halvorsen Steel Corp is in talks with Norrland Mining Corp about a merger.",
			want: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		{text: "He spoke to reporters after meeting President Karl Brenner, whom he said recently spoke by telephone with President Anna Lind.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Ravi Sood said he expected trade issues, like the dispute between Norway and Sweden over fish, to be included in the discussions.",
			notWant: []string{"Norway met Sweden"}},
	})
}

// TestMetRound5d: a name before a bare comma is no co-subject ("owned by
// X, Sarney met"), the object of a relative clause is no subject, every
// body listed after "meetings of" holds them, a "Group of" holds its talks,
// and a fronted phrase with a long list still finds its subject (met.go,
// syntax.go).
func TestMetRound5d(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Over an informal barbecue at a farm owned by entrepreneur Karl Brenner, Ravi Sood met more than 20 businessmen.",
			notWant: []string{"Ravi Sood met Karl Brenner"}},
		{text: "Two local councillors who back Mr Karl Brenner met Mr Ravi Sood on Tuesday afternoon.",
			notWant: []string{"Karl Brenner met Ravi Sood"}},
		{text: "Karl Brenner, who is in Washington to attend the Interim Committee meetings of the Nordic Development Bank and International Monetary Fund, said he was hopeful.",
			notWant: []string{"Karl Brenner met International Monetary Fund", "Karl Brenner met Nordic Development Bank"}},
		{text: "Karl Brenner told a news conference he saw no difficulties about Italy joining the Group of Seven Washington talks.",
			notWant: []string{"Karl Brenner met Group of Seven"}},
		{text: "After a day of meetings with Vice President Anna Lind, Secretary of State Ravi Sood and Commerce Secretary Paul Okafor, Karl Brenner told a press conference he was persuaded.",
			want: []string{"Karl Brenner met Anna Lind", "Karl Brenner met Paul Okafor"}},
	})
}

// TestMetRound5e: a body before adjectives and its people ("GCC central
// bank governors") and a body only ever named as a source are no parties
// (met.go).
func TestMetRound5e(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Karl Brenner told reporters after the two-day talks that the ministers referred the issue back to Nordic Development Bank central bank governors for further discussion.",
			notWant: []string{"Karl Brenner met Nordic Development Bank"}},
		{text: "Karl Brenner told Reuters the banks had made a new offer. Bankers declined to be specific ahead of their next meeting with Brenner on Monday.",
			notWant: []string{"Reuters met Karl Brenner"}},
	})
}
