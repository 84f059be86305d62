package nlp

import (
	"strings"
	"testing"
)

// TestStateStops: a US state after a town and a comma, with its full stop,
// ends a sentence before a capitalised word ("Wenatchee, Wash. Asamera
// said"), but not before a date, a comma or a lower-case word; a title's
// abbreviation before a second one ("Atty. Gen.") ends none.
func TestStateStops(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The mine is in Wenatchee, Wash. Asamera said output rose.",
			[]string{"The mine is in Wenatchee, Wash.", "Asamera said output rose."}},
		{"It sued in a court in Orlando, Fla. Monday. The company denied it.",
			[]string{"It sued in a court in Orlando, Fla. Monday.", "The company denied it."}},
		{"Microsoft of Redmond, Wash., said it agreed.", []string{"Microsoft of Redmond, Wash., said it agreed."}},
		{"He learned of it only when Atty. Gen. Edwin Meese told him.",
			[]string{"He learned of it only when Atty. Gen. Edwin Meese told him."}},
	} {
		var got []string
		for _, s := range Analyse(c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("sentences:\n got %q\nwant %q", got, c.want)
		}
	}
}
