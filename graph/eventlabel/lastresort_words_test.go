package eventlabel

import "testing"

// TestKindLastWords: what was done names the kind when no event word does,
// never beside one.
func TestKindLastWords(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		{"Markets may move when Ms Hale testifies before the Senate panel.", "hearing"},
		{"The singer will perform at a concert in Oslo.", "concert"},
		{"She said she had spoken with Mr Dale last week.", "conversation"},
		{"At a debate in Leeds, Mr Dale said taxes would rise.", "debate"},
		{"The firm is continuing to negotiate with the union.", "talks"},
		{"He spoke at a meeting in Leeds.", "meeting"},
		{"After the reception, he telephoned Mr Dale.", "call"},
		{"Prices rose sharply on Monday.", "event"},
	} {
		if got := Kind(tc.sentence); got != tc.want {
			t.Errorf("Kind(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
