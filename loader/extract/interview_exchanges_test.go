package extract

import "testing"

// TestExchangeInterviews: on a page with a host, the host quoted in the
// sentence next to another person's quote talked with them; two people
// quoted one after the other with no host among them did not, nor did a
// host and someone quoted further away.
func TestExchangeInterviews(t *testing.T) {
	page := "Voters\n\nCo-host Gayle King spoke to voters in Columbia.\n\n" +
		"\"I still have more time,\" Renada Chisholm said.\n\n" +
		"\"I keep hearing that,\" King said.\n\n" +
		"\"That's a huge part of the voters,\" Chisholm said.\n\n" +
		"\"The economy matters,\" Alex Blocker said.\n\n" +
		"\"Health care matters,\" Zainab Dossaji said.\n\n" +
		"Turnout was high. Lines were long.\n\n" +
		"\"I am undecided,\" said Walter Reed."
	// (the two are named in no one sentence: they share the interview, no met fact)
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Gayle King", "Renada Chisholm", true},
		{"Gayle King", "Alex Blocker", false},
		{"Alex Blocker", "Zainab Dossaji", false},
		{"Renada Chisholm", "Alex Blocker", false},
		{"Gayle King", "Walter Reed", false},
	} {
		if got := sharedEvent(t, page, c.a, c.b); got != c.same {
			t.Errorf("%s and %s at one event = %v, want %v", c.a, c.b, got, c.same)
		}
	}
	// no host on the page: quotes next to each other are no conversation
	if sharedEvent(t, "Voters\n\n\"I keep hearing that,\" Gayle King said.\n\n\"That's a huge part of the voters,\" Renada Chisholm said.", "Gayle King", "Renada Chisholm") {
		t.Error("two people quoted in turn, no host: an interview")
	}
}
