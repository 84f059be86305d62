package extract

import "testing"

// TestMetTalk: a conversation or a chat, one told something at a meeting or
// on a call, one joined at a launch or a party, and "the duo" invited for a
// chat met (events_told_at.go, plural_objects.go, events_joined.go); one
// told in a letter or a statement, or told with reporters, did not.
func TestMetTalk(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Storm\n\nGovernor Karl Brenner had a conversation with Mayor Anna Lind on Saturday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Storm\n\nGovernor Karl Brenner chatted with Mayor Anna Lind at the party on Saturday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Storm\n\nGovernor Karl Brenner told Mayor Anna Lind during a phone call that the state would help.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Storm\n\nGovernor Karl Brenner told Mayor Anna Lind over dinner that the state would help.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Storm\n\nIn a phone call on Monday, Governor Karl Brenner told Mayor Anna Lind that the state would help.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Storm\n\nGovernor Karl Brenner told Mayor Anna Lind in a letter that the state would help.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Storm\n\nGovernor Karl Brenner told Mayor Anna Lind in a statement on Monday that the state would help.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Storm\n\nGovernor Karl Brenner told reporters in a conference call that Mayor Anna Lind would help.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Bridge\n\nGovernor Karl Brenner joined Mayor Anna Lind at the launch of the new bridge on Monday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Bridge\n\nGovernor Karl Brenner joined Mayor Anna Lind in calling for a new bridge.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Code\n\nAnna Lind, a front end engineer working out of Washington, D.C., and Karl Brenner, leading the engineers out of Texas, saw the connection. Together, they led the shift. We invited the duo for a chat.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Code\n\nAnna Lind, a front end engineer, and Karl Brenner, a manager, saw the connection. The company then hired Ravi Sood. We invited the duo for a chat.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
	})
}
