package nlp

import "testing"

// TestIsEmoticon checks the two-byte screen before the emoticon map: every
// emoticon passes it (none is shorter than two bytes), common words do not
// reach the map.
func TestIsEmoticon(t *testing.T) {
	for e := range emoticons {
		if !isEmoticon(e) {
			t.Errorf("isEmoticon(%q) = false", e)
		}
	}
	for _, w := range []string{"", "o", "of", "over", "X", "xD!", ":", "8", "Obama", "v_v_"} {
		if isEmoticon(w) {
			t.Errorf("isEmoticon(%q) = true", w)
		}
	}
}
