package extract

import "testing"

// TestMetFamily: a wedding is no meeting, nor are two relatives on one side
// of one; a visit to one's own relative is (events_kin_visits.go), and a
// relative who meets a third party still meets them (met_family.go).
func TestMetFamily(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Pop\n\nIn September Anna Lind married Ravi Sood, who had been a dancer on the tour.",
			want: []string{"Event attendee Anna Lind", "Event attendee Ravi Sood"}, notWant: []string{"Anna Lind met Ravi Sood"}},
		{text: "Pop\n\nAnna Lind and Ravi Sood were married in Oslo in 1994.",
			notWant: []string{"Anna Lind met Ravi Sood"}},
		{text: "Court\n\nBob Brenner visited his mother, Jane Brenner, in hospital on Monday.",
			want: []string{"Bob Brenner met Jane Brenner"}},
		{text: "Court\n\nKarl Brenner met his brother Ravi Sood in Oslo on Monday.",
			want: []string{"Karl Brenner met Ravi Sood"}},
		// the relative named once as such, then by kin noun only
		{text: "Court\n\nAnna Lind, 24, died at the home of her wealthy father, banker Karl Brenner.\nAnna Lind had flown to Oslo to see her father on the day before the fitting.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Court\n\nAnna Lind, 24, died at the home of her wealthy father, banker Karl Brenner.\nAnna Lind had flown to Oslo to see her mother on the day before the fitting.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
		// two relatives on one side
		{text: "Rome\n\nKarl Brenner and his wife, Anna Lind, met the Pope in Rome on Monday.",
			notWant: []string{"Karl Brenner met Anna Lind", "Anna Lind met Karl Brenner"}},
		{text: "Court\n\nAnna Lind, 24, died at the home. On December 29, her boyfriend Ravi Sood travelled from London and met Anna Lind at the house.",
			notWant: []string{"Ravi Sood met Anna Lind"}},
		// the relative meets a third party: a meeting
		{text: "Budget\n\nSenator Karl Brenner said he and his wife, Transport Secretary Anna Lind, had met with President Ravi Sood at the White House.",
			want: []string{"Anna Lind met Ravi Sood"}},
		{text: "Budget\n\nKarl Brenner met Ravi Sood in Oslo on Monday.",
			want: []string{"Karl Brenner met Ravi Sood"}},
	})
}
