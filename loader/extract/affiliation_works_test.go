package extract

import "testing"

// TestNamedWork: a work the recogniser read as a body is no affiliation
// (affiliation-seed121 rows 21 and 44); a body before "magazine" stays one.
func TestNamedWork(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The film is being produced by Joel Silver, producer of the Matrix trilogy.",
			notWant: []string{"Joel Silver affiliation Matrix"}},
		{text: "Mira Nair's Indian-style adaptation of Vanity Fair has been attacked by critics in the US.",
			notWant: []string{"Mira Nair affiliation Vanity Fair"}},
		{text: "Dan Jolin, reviews editor of Empire magazine, says classic children's films are popular.",
			want: []string{"Dan Jolin affiliation Empire"}},
	})
}
