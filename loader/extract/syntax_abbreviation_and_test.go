package extract

import "testing"

// TestAbbreviationAnd: a capitalised "And" after an abbreviation joins the
// names of a list as "and" does, so a meeting between two parties keeps
// both; an "And" after a plain word or a one-stop abbreviation does not.
func TestAbbreviationAnd(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Officials are watching the fishing talks between the U.S. And Canada closely, the minister said.",
			want: []string{"Event attendee United States", "Event attendee Canada"}},
		{text: "Negotiations between the U.K. And Norway on fishing quotas resumed today in Oslo.",
			want: []string{"Event attendee United Kingdom", "Event attendee Norway"}},
	})
	for _, c := range []struct {
		toks []string
		j    int
		want bool
	}{
		{[]string{"the", "U.S.", "And", "Japan"}, 2, true},
		{[]string{"the", "U.S.", "and", "Japan"}, 2, true},
		{[]string{"Smith", "Co.", "And", "Japan"}, 2, false},
		{[]string{"Pride", "And", "Prejudice"}, 1, false},
		{[]string{"And", "Japan"}, 0, false},
	} {
		toks := make([]nlpToken, len(c.toks))
		for i, w := range c.toks {
			toks[i].Text = w
		}
		if got := listConj(toks, c.j); got != c.want {
			t.Errorf("listConj(%q, %d) = %v, want %v", c.toks, c.j, got, c.want)
		}
	}
}

// TestDriveToMeeting: "drive" is a verb of motion: who drives to a meeting
// with someone attends it and meets them.
func TestDriveToMeeting(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Prime Minister Anna Berg drove straight from the station to a meeting with President Karl Holm.",
			want: []string{"Event attendee Anna Berg", "Event attendee Karl Holm", "Karl Holm met Anna Berg"}},
		// the journey's end must be the meeting: "to", "for", "at" before it
		{text: "Prime Minister Anna Berg drove the reform through parliament weeks before a meeting with President Karl Holm.",
			notWant: []string{"Event attendee Anna Berg", "Karl Holm met Anna Berg"}},
	})
}
