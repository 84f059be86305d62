package extract

import (
	"testing"
	"time"
)

// Seed184 rows 3, 8, 18, 28, 33, 37, 42 (testdata/nodes/event-seed184.tsv).
func TestEventNodesS24(t *testing.T) {
	runRulesAt(t, time.Date(1987, 6, 19, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "Rice\n\nKondo said after a cabinet meeting that consumers should benefit. Agriculture Ministry sources said the price would be cut after discussions by the Rice Price Council on July 1 and 2.",
			want: []string{"Event attendee Kondo"}, notWant: []string{`Event startDate "1987-07-01"`}},
		{text: "Split\n\nPhilippine Long Distance Telephone Co said it has called a special shareholder meeting to approve a split. The company said the meeting will be held July 15.",
			want: []string{`Event startDate "1987-07-15"`}},
		{text: "Bentsen\n\n\"I'm not at liberty to say,\" the Texas Democrat told an American Stock Exchange conference.",
			want: []string{"Event attendee American Stock Exchange"}, notWant: []string{"Event attendee Texas"}},
		{text: "Candidate\n\nA meeting of Suffolk Coastal UKIP members is due to be held next week to discuss a replacement.",
			notWant: []string{"Event attendee Suffolk Coastal"}},
		{text: "Gallery\n\nFive million visitors made the London gallery the UK's most visited museum in 2004.",
			notWant: []string{`Event startDate "2004"`}},
	})
	runRulesAt(t, time.Date(1987, 3, 31, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "Poland\n\nPoland met the Paris Club of western creditor nations for renewed talks on rescheduling its debt. They said the discussions were to renew contacts agreed after an inconclusive meeting in January. The January talks focussed on the rescheduling of about 500 mln dlrs.",
			want: []string{"Event attendee Paris Club"}, notWant: []string{`Event startDate "1987-01"`}},
	})
}

// A plural possessive opens a named event's name (event_name_possessors.go).
func TestEventNamePossessors(t *testing.T) {
	doc := Extract("Theatre\n\nThe History Boys by Alan Bennett has been named best new play in the Critics' Circle Theatre Awards.", time.Time{})
	for _, e := range doc.Entities {
		if e.Type == Event && e.Name == "Critics' Circle Theatre Awards" {
			return
		}
	}
	t.Errorf("no event \"Critics' Circle Theatre Awards\" in %+v", doc.Entities)
}
