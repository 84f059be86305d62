package nlp

import (
	"strings"
	"testing"
)

// A name cut after its middle initial is one sentence again; a sentence
// ending in a letter ("Plan B.") before another stays cut.
func TestMiddleInitialSplit(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Joseph B. Ely II became chairman, succeeding Albert B. Hunt, who served in that position since 1972.",
			[]string{"Joseph B. Ely II became chairman, succeeding Albert B. Hunt, who served in that position since 1972."}},
		{"Two representatives, Charles B. Gates Jr. and Walter B. Dial Jr., have left its board.",
			[]string{"Two representatives, Charles B. Gates Jr. and Walter B. Dial Jr., have left its board."}},
		{"The company chose Plan B. The plan costs less.",
			[]string{"The company chose Plan B.", "The plan costs less."}},
		{"The film is about Malcolm X. Besides Dee, it stars Denzel Washington.",
			[]string{"The film is about Malcolm X.", "Besides Dee, it stars Denzel Washington."}},
	} {
		var got []string
		for _, s := range Analyse(c.text) {
			got = append(got, c.text[s.Tokens[0].Start:s.Tokens[len(s.Tokens)-1].End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
