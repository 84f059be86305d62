package extract

import "testing"

// TestPurposeMeeting: one who travels to a place to meet someone is the
// meeting's subject; one who travels from a place (an intent) or is sent
// by another is not read so (event_purpose.go).
func TestPurposeMeeting(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trip\n\nSenator Anna Lind flew to Kyiv on Friday to meet President Karl Brenner.",
			want: []string{"Anna Lind met Karl Brenner", `Event startDate "2022-01-07"`}},
		// "is to meet": no journey, the meeting to come
		{text: "Trip\n\nSenator Anna Lind is to meet President Karl Brenner on Friday.",
			want: []string{`Event startDate "2022-01-14"`}},
		// "wanted to meet": only wished for, no event (event_unheld.go)
		{text: "Trip\n\nSenator Anna Lind wanted to meet President Karl Brenner on Friday.",
			notWant: []string{`Event startDate "2022-01-14"`, "Event attendee Karl Brenner"}},
		{text: "Trip\n\nSecretary Anna Lind went to Beijing last week to meet Vice Premier Karl Brenner.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Trip\n\nAmbassador Anna Lind travelled to Oslo to meet Prime Minister Karl Brenner.",
			want: []string{"Anna Lind met Karl Brenner"}},
		// the origin of a journey: an intent only
		{text: "Trip\n\nHer friend Anna Lind travelled from London to meet Karl Brenner and found the door locked.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
		// another's journey: "urged X to fly to Oslo to meet"
		{text: "Trip\n\nPresident Ravi Sood urged Anna Lind to fly to Oslo to meet Karl Brenner.",
			notWant: []string{"Ravi Sood met Karl Brenner"}},
	})
}

// TestTenseOfJourney: a motion verb before "to" and a named place tells
// the past ("flew to Kyiv"); before "to" and anything else, the future
// ("were to meet", "mailed to 135,000 stockholders for its May 21
// meeting", as before) (dates.go).
func TestTenseOfJourney(t *testing.T) {
	for _, c := range []struct {
		toks []nlpToken
		want int
	}{
		{[]nlpToken{{Text: "flew", Tag: "VBD"}, {Text: "to", Tag: "TO"}, {Text: "Kyiv", Tag: "NNP"}, {Text: "Monday", Tag: "NNP"}}, -1},
		{[]nlpToken{{Text: "were", Tag: "VBD"}, {Text: "to", Tag: "TO"}, {Text: "meet", Tag: "VB"}, {Text: "Monday", Tag: "NNP"}}, 1},
		{[]nlpToken{{Text: "mailed", Tag: "VBD"}, {Text: "to", Tag: "TO"}, {Text: "135,000", Tag: "CD"}, {Text: "May", Tag: "NNP"}}, 1},
	} {
		if got := tense(c.toks, 3); got != c.want {
			t.Errorf("tense(%v) = %d, want %d", c.toks, got, c.want)
		}
	}
}

// TestJointPressConference: two who hold a press conference jointly or
// together met; two who only speak at one did not (met_joint.go).
func TestJointPressConference(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Crime\n\nGovernor Anna Lind and Mayor Karl Brenner held a joint news conference at City Hall on Monday.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Crime\n\nMayor Karl Brenner and Commissioner Anna Lind held a press conference together on Tuesday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Crime\n\nMayor Karl Brenner and Commissioner Anna Lind told a news conference that crime was falling.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Crime\n\nSenator Karl Brenner and Senator Anna Lind addressed a joint session of Congress.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
	})
}

// TestAtMeeting: one who speaks at a meeting told in an earlier sentence
// met its parties; one who speaks after it, or at a conference, did not
// (met_at_meeting.go).
func TestAtMeeting(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nGovernor Anna Lind met tribal leaders in Sacramento on Monday. Speaking at the meeting, Chairman Karl Brenner said the talks went well.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nPresident Anna Lind held talks with a delegation of farmers on Tuesday. Their leader, Ravi Sood, said during the talks that prices would rise.",
			want: []string{"Anna Lind met Ravi Sood"}},
		{text: "Talks\n\nGovernor Anna Lind met tribal leaders in Sacramento on Monday. A spokesman, Karl Brenner, said after the meeting that the talks went well.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nGovernor Anna Lind opened a conference on farming in Sacramento on Monday. Speaking at the conference, Karl Brenner said prices were low.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
	})
}

// TestIncludedPeople: people named as some of a group met are met; bodies
// named so are not (event_included.go).
func TestIncludedPeople(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nSecretary Anna Lind met business leaders on Tuesday, including Karl Brenner.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nSecretary Anna Lind met several ministers, including Finance Minister Karl Brenner.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nSecretary Anna Lind held talks with ministers, among them Finance Minister Karl Brenner.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nSecretary Anna Lind met leaders of rights groups, including the Brenner Foundation.",
			notWant: []string{"Anna Lind met Brenner Foundation"}},
	})
}

// TestDelegationMembers: the named members of a delegation meet whom it
// meets, not each other; a delegation said to meet by someone else does
// not make the speaker a member (event_delegation.go).
func TestDelegationMembers(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nA congressional delegation led by Senator Anna Lind and including Representative Karl Brenner met President Ravi Sood in Taipei.",
			want:    []string{"Anna Lind met Ravi Sood", "Karl Brenner met Ravi Sood"},
			notWant: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nThe delegation, which included Senator Anna Lind and Senator Karl Brenner, met Prime Minister Ravi Sood on Monday.",
			want:    []string{"Anna Lind met Ravi Sood", "Karl Brenner met Ravi Sood"},
			notWant: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nThe delegation will meet Prime Minister Ravi Sood, Senator Anna Lind said.",
			notWant: []string{"Anna Lind met Ravi Sood"}},
	})
}

// TestInvertedAttendees: who was at a meeting told before, named after
// "were" ("Also at the meeting were X and Y"), attended and met its
// parties; a list after "were" that does not open with the meeting is not
// read (event_inverted.go, met_at_meeting.go).
func TestInvertedAttendees(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nMayor Anna Lind met with residents at City Hall on Monday. Also at the meeting were Councilwoman Maria Lopez and Police Chief Karl Brenner.",
			want: []string{"Anna Lind met Maria Lopez", "Anna Lind met Karl Brenner"}},
		{text: "Budget\n\nGovernor Anna Lind held talks with union leaders on Friday. Attending the talks were Ravi Sood and Karl Brenner.",
			want: []string{"Anna Lind met Ravi Sood", "Anna Lind met Karl Brenner"}},
		{text: "Budget\n\nMayor Anna Lind met with residents at City Hall on Monday. Critics of the meeting were Ravi Sood and Karl Brenner.",
			notWant: []string{"Anna Lind met Ravi Sood"}},
	})
}
