package extract

import "testing"

// TestCoordinatedSubjectsWithArticles: "A and the B" before a meeting verb
// are both its subjects, as "A and B" are; a list after a preposition
// before another subject is no subject.
func TestCoordinatedSubjectsWithArticles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trade\n\nPortugal and the Netherlands held talks on fishing quotas on Monday.",
			want: []string{"Event attendee Portugal", "Event attendee Netherlands"}},
		{text: "Trade\n\nNordwerk AG and the Halvorsen Steel Corp held talks on Monday.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Trade\n\nAt both the Nordwerk AG and the Halvorsen Steel Corp we will be discussing the merger.",
			notWant: []string{"Event attendee Nordwerk AG", "Event attendee Halvorsen Steel Corp"}},
	})
}

// TestListAfterWithIsNoSubject: names listed after "with" are no subject of
// a verb after them ("a letter with A and the B on Monday to discuss"), while
// names after "before" that stand right before their verb are its subject.
func TestListAfterWithIsNoSubject(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trade\n\nThe governor wrote a letter with Minister Olga Brandt and the Acting Premier Karl Voss on Monday to discuss the report.",
			notWant: []string{"Event attendee Olga Brandt", "Event attendee Karl Voss"}},
		{text: "Trade\n\nThe remark came a day before Portugal and the Netherlands held talks on fishing quotas.",
			want: []string{"Event attendee Portugal", "Event attendee Netherlands"}},
	})
}
