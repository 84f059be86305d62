package extract

import "testing"

// TestSpeakerParty: a body that says "talks with X" without "its" is a
// party of those talks (event_speaker_party.go); a person who says so,
// perhaps a spokesman or an analyst, is not made one.
func TestSpeakerParty(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Merger\n\nNordwerk AG said negotiations with Halvorsen Steel Corp over a joint venture have reached a final stage.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG said that talks with Halvorsen Steel Corp would resume next week.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nAnalyst Peter Quill said talks with Halvorsen Steel Corp would resume next week.",
			notWant: []string{"Peter Quill met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG said preliminary merger talks with Halvorsen Steel Corp have been terminated.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG said recent negotiations with Halvorsen Steel Corp were informal.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nAnalyst Peter Quill said preliminary merger talks with Halvorsen Steel Corp have been terminated.",
			notWant: []string{"Peter Quill met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG said Brazilian talks with Halvorsen Steel Corp would resume next week.",
			notWant: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG said the talks with Halvorsen Steel Corp would resume next week.",
			notWant: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
	})
}
