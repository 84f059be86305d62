package extract

import "testing"

// TestHostedForms: a host to come, a greeting and the passive of hosting
// make the two people meet; an event hosted, a show hosted and a name
// without a title do not (events_hosted.go).
func TestHostedForms(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nFrench President Karl Brenner will host German Chancellor Anna Lind in Paris next week.",
			want: []string{"Karl Brenner met Anna Lind", "Event location Paris"}},
		{text: "Visit\n\nPresident Karl Brenner plans to welcome Chancellor Anna Lind to the palace on Monday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Visit\n\nGovernor Karl Brenner greeted President Anna Lind at the airport on Tuesday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Visit\n\nGovernor Karl Brenner was hosted by President Anna Lind at the palace on Tuesday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Visit\n\nPresident Karl Brenner was joined by President Anna Lind at the summit in Oslo.",
			want: []string{"Karl Brenner met Anna Lind", "Event location Oslo"}},
		// not a meeting of two people
		{text: "Visit\n\nPresident Karl Brenner was joined by President Anna Lind in calling for a ceasefire.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Show\n\nAnna Lind will host Karl Brenner's show on Friday.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
		{text: "Show\n\nGovernor Karl Brenner did not greet President Anna Lind at the airport.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
	})
}

// TestVisitsCalls: a visit paid to a titled person and a call by video
// between two make them meet; a trip to a place and one who speaks to a
// gathering by video link do not (events_visits_calls.go).
func TestVisitsCalls(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nPrime Minister Anna Lind paid a visit to Prime Minister Karl Brenner in Oslo on Friday.",
			want: []string{"Anna Lind met Karl Brenner", "Event location Oslo"}},
		{text: "Visit\n\nDuring his visit to President Karl Brenner, Secretary Ravi Sood pledged more aid.",
			want: []string{"Ravi Sood met Karl Brenner"}},
		{text: "Visit\n\nPrime Minister Anna Lind and President Karl Brenner spoke by video on Tuesday.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nPrime Minister Anna Lind and President Karl Brenner held a video conference on Tuesday.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Visit\n\nKing Ravi Sood paid for a sightseeing tour to Wadi Rum.",
			notWant: []string{"Event attendee Wadi Rum"}},
		{text: "Visit\n\nPresident Karl Brenner is due to speak by video link after bad weather delayed his helicopter.",
			notWant: []string{"Event attendee Karl Brenner"}},
		{text: "Visit\n\nBob Brenner paid a visit to his mother, Jane Brenner, in hospital on Monday.",
			notWant: []string{"Bob Brenner met Jane Brenner"}},
	})
}
