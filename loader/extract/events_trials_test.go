package extract

import "testing"

// TestVerdictTrials: a trial told with the verdict on one named person is
// that person's trial, at the court the sentence names, on the date after
// the noun; a trial told with no verdict on a person is none of theirs.
func TestVerdictTrials(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Plumber\n\nA jury at Bristol Crown Court convicted Andrew Hartley of manslaughter following a two week trial in March.\n\nChris Anderson had taken to the court's witness box during Hartley's trial.",
			want: []string{"Event attendee Andrew Hartley", "Event attendee Chris Anderson", "Event location Bristol Crown Court",
				`Event startDate "2021-03"`, "Andrew Hartley met Chris Anderson"}},
		{text: "Verdict\n\nA jury at Leeds Crown Court found John Smith guilty of fraud after a trial last month.",
			want: []string{"Event attendee John Smith", "Event location Leeds Crown Court", `Event startDate "2021-12"`}},
		// no verdict on a person: no trial of theirs
		{text: "Plumber\n\nJohn Smith spoke of a trial at Bristol Crown Court in March.",
			notWant: []string{"Event attendee John Smith", "Event location Bristol Crown Court"}},
		{text: "Verdict\n\nA jury at Leeds Crown Court did not convict John Smith after a trial last month.",
			notWant: []string{"Event attendee John Smith"}},
	})
}

// TestPresenceAttendees: a person whose presence, appearance or debut is
// in or at an event attends it; a day and its part owning an event noun
// dates it before any date after the noun.
func TestPresenceAttendees(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Bloomberg\n\nElizabeth Warren said Michael Bloomberg's presence in the Las Vegas debate would help voters.",
			want:    []string{"Event attendee Michael Bloomberg", "Event location Las Vegas"},
			notWant: []string{"Event attendee Elizabeth Warren"}},
		{text: "Hearing\n\nCritics noted Governor Jane Owen's appearance at the hearing in Tallahassee on Tuesday.",
			want: []string{"Event attendee Jane Owen", "Event location Tallahassee"}},
		{text: "Debate\n\nMichael Bloomberg's debut at Wednesday night's debate, and the outcome of the March 3 primaries, will matter.",
			want:    []string{`Event startDate "2022-01-05"`, "Event attendee Michael Bloomberg"},
			notWant: []string{`Event startDate "2022-03-03"`, `Event startDate "2021-03-03"`}},
	})
}

// TestEventThisMonth: "earlier this month" dates an event in the
// publication's month; "later this month" and "this year" date none.
func TestEventThisMonth(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Court\n\nAt the swearing-in ceremony earlier this month, a lawyer, Shannon Kilpatrick, said Raquel Montoya-Lewis spoke movingly.",
			want: []string{"Event attendee Raquel Montoya-Lewis", "Event attendee Shannon Kilpatrick", `Event startDate "2022-01"`}},
		// "later this month", "this year": too loose to date an event
		{text: "Summit\n\nMayor Jane Owen will meet Governor Jay Inslee later this month.",
			want: []string{"Jane Owen met Jay Inslee"}, notWant: []string{`Event startDate "2022-01"`}},
		{text: "Summit\n\nMayor Jane Owen met Governor Jay Inslee this year.",
			want: []string{"Jane Owen met Jay Inslee"}, notWant: []string{`Event startDate "2022"`}},
	})
}
