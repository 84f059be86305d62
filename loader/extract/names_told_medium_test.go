package extract

import "testing"

// TestToldMediumCut checks that a news medium told is cut off the subject
// of what it was told, and that a medium's own longer name stays whole.
func TestToldMediumCut(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Gerrard told the BBC Liverpool were unlikely to win the trophy this year.",
			map[string]EntityType{"BBC": Organization, "Liverpool": Place}, []string{"BBC Liverpool"}},
		{"A company official told Reuters Japan would cut its rates.",
			map[string]EntityType{"Reuters": Organization, "Japan": Country}, []string{"Reuters Japan"}},
		// no finite verb after the name: the medium's name is whole
		{"The minister told BBC Radio 4 he would stay.",
			map[string]EntityType{"BBC Radio 4": Organization}, []string{"BBC"}},
		{"A Labour Party spokesman told the BBC News website the party avoided those lists.",
			map[string]EntityType{"BBC News": Organization}, []string{"News"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
