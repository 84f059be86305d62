package extract

import "testing"

// TestSpeakingAfterMeeting: who speaks in a participle clause after a
// meeting was in it, whether the clause is fronted, set off by commas or
// trailing; a participle of another subject's clause is not read so
// (met_participles.go).
func TestSpeakingAfterMeeting(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nSpeaking after meeting Chancellor Karl Brenner in Berlin, President Anna Lind said Europe must act.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nPresident Anna Lind, speaking after talks with Chancellor Karl Brenner in Berlin, said Europe must act.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nAnna Lind said Europe must act, speaking after meeting Karl Brenner in Berlin.",
			want: []string{"Anna Lind met Karl Brenner"}},
		// the participle's subject is not the sentence's first name
		{text: "Talks\n\nThe report by Anna Lind was published, speaking after meeting Karl Brenner.",
			notWant: []string{"Anna Lind met Karl Brenner"}},
		{text: "Talks\n\nHe told Reuters, speaking after talks with Karl Brenner, that Europe must act.",
			notWant: []string{"Reuters met Karl Brenner"}},
	})
}
