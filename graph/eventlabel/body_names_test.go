package eventlabel

import "testing"

// TestKindBodyNames: a capitalised "Congress" or "Assembly" is a body, not
// the kind, when another event word names one; alone it still names it.
func TestKindBodyNames(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		{"The mayor opposed a budget summit with Congress on Friday.", "summit"},
		{"Mr Lane agreed to meet Pan Africanist Congress leader Ben Dube in Leeds.", "meeting"},
		{"He told Congress about his visit to Lima.", "visit"},
		{"The National Assembly held talks with the unions.", "talks"},
		{"The National People's Congress opened in Beijing.", "conference"},
		{"He addressed the party congress in Leeds.", "conference"},
	} {
		if got := Kind(tc.sentence); got != tc.want {
			t.Errorf("Kind(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
	// "including" is no word that describes the gathering
	f := Facts{Sentence: "In a letter to Congress, he promised proper procedures, including consultation with the panel.", Others: []string{"Congress"}}
	if got, want := f.Label(), "talks: Congress"; got != want {
		t.Errorf("Label() = %q, want %q", got, want)
	}
}
