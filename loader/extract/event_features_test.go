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

// TestPresentBe: who "was at" an event is there, not who "was not" or
// "was never" (syntax.go presentAt); a lower-case trade before the second
// name of a subject list keeps the list ("X and businessman Y",
// occupationWord).
func TestPresentBe(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Party\n\nPremier Karl Brenner and Governor Anna Lind were at a fundraiser on Saturday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Party\n\nPremier Karl Brenner was at the fundraiser with Governor Anna Lind on Saturday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Party\n\nPremier Karl Brenner, who was not at the meeting with Governor Anna Lind, spoke later.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Party\n\nCouncillor Karl Brenner and businessman Ravi Sood met on Sunday.",
			want: []string{"Karl Brenner met Ravi Sood"}},
	})
}
