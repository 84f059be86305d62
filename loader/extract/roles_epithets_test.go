package extract

import "testing"

// TestPioneerNoTitle: "pioneer" is shaped as an occupation (-er) but is an
// epithet, no post; an engineer's trade is read.
func TestPioneerNoTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Firms\n\nThe firm was founded by aviation pioneer Ada Brennan in 1950.",
			notWant: []string{`Ada Brennan jobTitle "aviation pioneer"`}},
		{text: "Firms\n\nThe firm was founded by aviation engineer Ada Brennan in 1950.",
			want: []string{`Ada Brennan jobTitle "aviation engineer"`}},
	})
}
