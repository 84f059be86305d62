package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestPartyTags checks dropPartyTags: a party-and-state tag after a name is
// no body, the bodies around it stay.
func TestPartyTags(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"comma", "There will be difficulty, said Gene Moos, aide to house majority leader Tom Foley, D-Wash.",
			map[string]EntityType{"Tom Foley": Person}, []string{"D-Wash"}},
		{"clause", "House Energy and Commerce committee chairman John Dingell, D-Mich, said the Securities and Exchange Commission should act.",
			map[string]EntityType{"John Dingell": Person, "Securities and Exchange Commission": Organization}, []string{"D-Mich"}},
		{"two", "The charges, made jointly by Sens. William Proxmire, D-Wis., and Charles Grassley, R-Iowa, were based on a report.",
			map[string]EntityType{"William Proxmire": Person, "Charles Grassley": Person}, []string{"D-Wis", "R-Iowa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
	for w, want := range map[string]bool{"D-Wash": true, "R-R.I": true, "R-2": false, "D-": false} {
		if got := tagLetters([]nlp.Token{{Text: w}}); got != want {
			t.Errorf("tagLetters(%q) = %v, want %v", w, got, want)
		}
	}
}
