package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestMisreadAgentNoun: an -er word tagged a comparative is a trade unless
// a stem of it is an adjective or an adverb.
func TestMisreadAgentNoun(t *testing.T) {
	for _, c := range []struct {
		word, tag string
		want      bool
	}{
		{"blogger", "JJR", true},
		{"vlogger", "JJR", true},
		{"podcaster", "JJR", true},
		{"blogger", "NN", false}, // an NN is read by occupation itself
		{"younger", "JJR", false},
		{"bigger", "JJR", false},
		{"larger", "JJR", false},
		{"happier", "JJR", false},
		{"stronger", "JJR", false},
		{"later", "JJR", false},
		{"better", "JJR", false},  // irregular: good, better
		{"Blogger", "JJR", false}, // capitalised: a name's word
	} {
		if got := misreadAgentNoun(nlp.Token{Text: c.word, Tag: c.tag}); got != c.want {
			t.Errorf("misreadAgentNoun(%s/%s) = %v, want %v", c.word, c.tag, got, c.want)
		}
	}
}
