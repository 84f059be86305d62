package extract

import "testing"

// TestLowerRankBeforeCapitalTitle: a lower-case rank ("deputy", "vice",
// "shadow") before a capitalised title stays in the title, for a deputy
// holds another post than the head's; "former" and "acting" do not
// (roles_rank.go).
func TestLowerRankBeforeCapitalTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Dinner\n\nThe dinner was hosted by deputy PM Mark Ellison in November.",
			want:    []string{`Mark Ellison jobTitle "deputy PM"`},
			notWant: []string{`Mark Ellison jobTitle "PM"`, `Mark Ellison jobTitle "deputy"`}},
		{text: "Plan\n\nThe plan was backed by vice President Tom Rowe on Monday.",
			want:    []string{`Tom Rowe jobTitle "vice President"`},
			notWant: []string{`Tom Rowe jobTitle "President"`}},
		{text: "Plan\n\nThe plan was backed by assistant Secretary Tom Rowe on Monday.",
			want:    []string{`Tom Rowe jobTitle "assistant Secretary"`},
			notWant: []string{`Tom Rowe jobTitle "Secretary"`}},
		// an acting holder holds the post
		{text: "Plan\n\nThe plan was backed by acting Governor Tom Rowe on Monday.",
			want: []string{`Tom Rowe jobTitle "Governor"`}},
		{text: "Plan\n\nThe plan was backed by former President Tom Rowe on Monday.",
			want:    []string{`Tom Rowe jobTitle "President"`},
			notWant: []string{`Tom Rowe jobTitle "former President"`}},
		{text: "Budget\n\nThe budget was attacked by shadow Chancellor Peter Lund.",
			want: []string{`Peter Lund jobTitle "shadow Chancellor"`}},
		// a lower-case post before a capitalised rank is still two titles
		{text: "Crime\n\nSaid police press liaison officer Superintendent Audley Peters.",
			want: []string{`Audley Peters jobTitle "Superintendent"`}},
	})
}

// TestPartyWordAfterState: a party word between a state and a legislator's
// title is the party, no word of the title, and the state is the seat
// (names_party_members.go, roles_party_seats.go).
func TestPartyWordAfterState(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Bill\n\nOhio Republican Rep. Dan Kemper said the bill would pass.",
			want:    []string{`Dan Kemper jobTitle "Rep."`, "Dan Kemper affiliation Republican Party", "Dan Kemper affiliation Ohio"},
			notWant: []string{`Dan Kemper jobTitle "Republican Rep."`}},
		{text: "Bill\n\nOregon Democratic Sens. Ann Rolfe and Carl Moss voted against it.",
			want:    []string{`Ann Rolfe jobTitle "Sen."`, `Carl Moss jobTitle "Sen."`, "Carl Moss affiliation Democratic Party"},
			notWant: []string{`Ann Rolfe jobTitle "Democratic Sen."`}},
		// no state before the party: the party alone
		{text: "Bill\n\nThe bill was opposed by Republican Sen. Ann Rolfe on Friday.",
			want: []string{`Ann Rolfe jobTitle "Sen."`, "Ann Rolfe affiliation Republican Party"}},
	})
}
