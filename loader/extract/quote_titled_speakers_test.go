package extract

import "testing"

// TestTitledQuoteSpeaker: "the TITLE" attributing a quotation, or
// reporting in the paragraph before a paragraph of quotation, is the one
// person the story gives that title, named however far back; two people
// with the title, or none, give the quoted "I" to no one
// (quote_titled_speakers.go).
func TestTitledQuoteSpeaker(t *testing.T) {
	const lead = "Port\n\nMayor Anna Lind opened the new port on Monday. The harbour was dredged last year.\n\nShips will dock from May. Fees are low.\n\n"
	runRules(t, []ruleCase{
		{text: lead + "“I will meet President Karl Brenner on Friday,” the mayor added.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: lead + "In the meantime, the mayor also indicated that she will publish the report.\n\n“I will have a call with President Karl Brenner tomorrow.”",
			want: []string{"Anna Lind met Karl Brenner"}},
		// two mayors: which one speaks is not said
		{text: "Port\n\nMayor Anna Lind opened the new port on Monday. Mayor Ravi Sood of Bergen was there.\n\nShips will dock from May. Fees are low.\n\n“I will meet President Karl Brenner on Friday,” the mayor added.",
			notWant: []string{"Anna Lind met Karl Brenner", "Ravi Sood met Karl Brenner"}},
		// no one with the title
		{text: lead + "“I will meet President Karl Brenner on Friday,” the governor added.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
	})
}
