package extract

import "testing"

// TestAppearanceEvents: an appearance before a court, a judge or a body,
// and testimony, are hearings the person attended (issue 15); not an
// appearance in a video, not testimony denied; "hearing" read as a gerund
// after a body's name is the noun ("a Judiciary Committee hearing"), not
// after a plural subject ("Fed officials hearing that").
func TestAppearanceEvents(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Court\n\nJohn Smith, 34, of Road Town, was charged with murder. Smith appeared before Magistrate Tamia Richards in the Road Town Magistrates' Court on Monday.",
			want: []string{"Event attendee John Smith", "Event location Road Town Magistrates' Court", `Event startDate "2022-01-10"`}},
		{text: "Hearing\n\nJudge Ketanji Brown Jackson faced questions from senators. Jackson testified before the Senate Judiciary Committee on Wednesday.",
			want: []string{"Event attendee Ketanji Brown Jackson", "Event organizer Senate Judiciary Committee", `Event startDate "2022-01-05"`}},
		{text: "Rates\n\nFed chairman Paul Volcker was testifying to the Senate Banking Committee.",
			want: []string{"Event attendee Paul Volcker", "Event organizer Senate Banking Committee"}},
		{text: "Video\n\nSinger Taylor Swift appeared in a video on Monday.",
			notWant: []string{"Event attendee Taylor Swift"}},
		{text: "Rates\n\nFed chairman Paul Volcker did not testify before the House Banking Committee on Thursday.",
			notWant: []string{"Event attendee Paul Volcker"}},
		// an event noun in -ing read as a gerund
		{text: "Hearing\n\nJudge Ketanji Brown Jackson faced questions. Jackson testified at a Judiciary Committee hearing on Wednesday.",
			want: []string{"Event attendee Ketanji Brown Jackson", "Event organizer Judiciary Committee"}},
		// a plural word after a determiner modifies the noun
		{text: "Virus\n\nHealth Minister Karl Brenner spoke at a virtual media briefing on Thursday.",
			want: []string{"Event attendee Karl Brenner"}},
		{text: "Court\n\nThe officials hearing appeals were named by Karl Brenner on Thursday.",
			notWant: []string{"Event attendee Karl Brenner"}},
		{text: "Rates\n\nNowhere, Johnson said, are Fed officials hearing that U.S. businesses cannot compete at current exchange rates.",
			notWant: []string{"Event organizer Federal Reserve", "Event organizer Fed"}},
	})
}
