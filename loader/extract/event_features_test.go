package extract

import "testing"

// TestEventFeatured: the people an event "featured" take part in it, also
// when the tagger reads "roundtable featured" as two adjectives; they met
// when the event is a meeting (a roundtable), not a concert, a panel or a
// press conference (event_features.go, met_kinds.go).
func TestEventFeatured(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Health\n\nThe roundtable featured Health Minister Karl Brenner and Finance Minister Anna Lind.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Health\n\nThe ministers spoke on Monday. The roundtable featured Health Minister Karl Brenner and Finance Minister Anna Lind.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Health\n\nThe roundtable brought together Health Minister Karl Brenner and Finance Minister Anna Lind.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Health\n\nThe press conference featured Health Minister Karl Brenner and Finance Minister Anna Lind.",
			want: []string{"Event attendee Karl Brenner", "Event attendee Anna Lind"}, notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Music\n\nThe concert featured singer Karl Brenner and rapper Anna Lind.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
	})
}

// TestDelegationListed: a delegation's members listed in the sentence
// before or after the one where it meets someone meet that one, not each
// other (event_delegation.go).
func TestDelegationListed(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trade\n\nThe delegation included Transport Minister Karl Brenner and Senator Anna Lind. The delegation met President Ravi Sood in Washington on Tuesday.",
			want: []string{"Karl Brenner met Ravi Sood", "Anna Lind met Ravi Sood"}, notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Trade\n\nA Jamaican delegation met President Ravi Sood in Washington on Tuesday. The delegation included Transport Minister Karl Brenner and Senator Anna Lind.",
			want: []string{"Karl Brenner met Ravi Sood", "Anna Lind met Ravi Sood"}},
		// the list runs on into a clause: not read
		{text: "Trade\n\nThe delegation met President Ravi Sood in Washington on Tuesday. The delegation included Transport Minister Karl Brenner and Senator Anna Lind, who spoke to reporters afterwards.",
			notWant: []string{"Karl Brenner met Ravi Sood"}},
	})
}
