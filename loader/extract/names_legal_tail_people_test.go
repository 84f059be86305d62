package extract

import "testing"

// TestLegalTailFirms checks that a person-read name ending with a firm's
// legal form is a firm's, and that people keep their type.
func TestLegalTailFirms(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Ostermarkische Voltenbank AG [OVBV.VI] expects to maintain its dividend and to record a moderate rise in profits this year, General Director Hans Weber said.",
			map[string]EntityType{"Ostermarkische Voltenbank": Organization, "Hans Weber": Person}},
		{"Anna Holt said the plan would work, and Ms Holt added that it was cheap.",
			map[string]EntityType{"Anna Holt": Person}},
	} {
		checkNames(t, c.text, c.want, nil)
	}
}
