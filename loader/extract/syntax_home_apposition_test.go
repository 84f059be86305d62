package extract

import "testing"

// TestHomeApposition: the state ending a firm's home address in an
// apposition is no subject of the verb after it (syntax_home_apposition.go);
// a place after "in February," still is.
func TestHomeApposition(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "AZT\n\nBurroughs Wellcome Co said the drug was approved. Burroughs Wellcome, of Research Triangle Park, N.C., has scheduled a press conference for Monday in New York.",
			want:    []string{"Event attendee Burroughs Wellcome Co"},
			notWant: []string{"Event attendee N.C."}},
		{text: "Dollar\n\nIn addition, in February, U.S. officials meeting with other major industrialized nations in Paris agreed that the dollar had dropped enough.",
			want: []string{"Event attendee United States"}},
	})
}
