package extract

import "testing"

// TestLonePlaceParty: a gathering whose only party read is one place is
// dropped (event_lone_place.go); a place named beside its officials or a
// verb of attending, and a lone country in negotiations, are kept.
func TestLonePlaceParty(t *testing.T) {
	runRules(t, []ruleCase{
		// a place alone at a gathering: dropped
		{text: "Bonds\n\nGeorgia Power last visited the debt market in March.",
			notWant: []string{"Event attendee Georgia"}},
		{text: "Contras\n\nChairmen of the Senate and House select Nicaragua committees told a news conference they would wait.",
			notWant: []string{"Event attendee Nicaragua"}},
		// a place standing for its people, or attending: kept
		{text: "Aid\n\nKenyan officials will meet major aid donors in June to discuss funding.",
			want: []string{"Event attendee Kenya"}},
		{text: "Bank\n\nPoland is attending an IMF meeting for the first time.",
			want: []string{"Event attendee Poland"}},
		// a lone country in negotiations: kept
		{text: "Trade\n\nMinisters also decided to continue talks with Thailand.",
			want: []string{"Event attendee Thailand"}},
	})
}
