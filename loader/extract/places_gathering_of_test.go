package extract

import "testing"

// TestGatheringOf: a place after a body named as a meeting's or a
// conference's is where the gathering is, not where the body stands; the
// body named alone before "in" still stands there.
func TestGatheringOf(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Peanuts\n\nThe study was presented at the annual meeting of the American Academy of Allergy, Asthma and Immunology in Houston.",
			notWant: []string{"American Academy of Allergy, Asthma and Immunology location Houston"}},
		{text: "Nurses\n\nShe spoke at the conference of the Royal College of Nursing in Harrogate on Monday.",
			notWant: []string{"Royal College of Nursing location Harrogate"}},
		{text: "Peanuts\n\nShe studied at the American Academy of Pediatrics in Houston for a year.",
			want: []string{"American Academy of Pediatrics location Houston"}},
	})
}
