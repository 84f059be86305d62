package extract

import "testing"

// TestActiveInterviews: who interviews a named person, asks them a quoted
// question, or is spoken to by them as a host attends one interview with
// them; a request ("asked X to resign"), a question told indirectly, the
// police, and speaking to someone who is no host are no interview.
func TestActiveInterviews(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Show\n\nMary Jones interviewed Senator Peter Brown in Washington on Monday.",
			want: []string{"Mary Jones met Peter Brown", "Event location Washington", `Event startDate "2022-01-10"`}},
		{text: "Show\n\nMary Jones asked Peter Brown, \"Did you get it from a tick?\"",
			want: []string{"Mary Jones met Peter Brown"}},
		{text: "Show\n\nPeter Brown, speaking to Fox News host Mary Jones, said the plan would work.",
			want: []string{"Mary Jones met Peter Brown"}},
		{text: "Show\n\nMary Jones asked Peter Brown to resign.",
			notWant: []string{"Mary Jones met Peter Brown"}},
		{text: "Show\n\nMary Jones asked Peter Brown whether he would run.",
			notWant: []string{"Mary Jones met Peter Brown"}},
		{text: "Show\n\nMary Jones never interviewed Peter Brown.",
			notWant: []string{"Mary Jones met Peter Brown"}},
		{text: "Crime\n\nPolice interviewed Peter Brown on Monday.",
			notWant: []string{"Event attendee Peter Brown"}},
		{text: "Show\n\nPeter Brown spoke to Mary Jones on Monday.",
			notWant: []string{"Mary Jones met Peter Brown"}},
	})
}

// TestAskedPronoun: "asked her, “...”" is asked of the person last named
// who is not the one asking, and not of one the article says is a man.
func TestAskedPronoun(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Podcast\n\nOn the podcast, Kirstie Alley talked about her health.\n\nDan Wootton asked her, \"Did you get it from a tick?\" She said yes.",
			want: []string{"Dan Wootton met Kirstie Alley"}},
		{text: "Podcast\n\nOn the podcast, Mr John Smith talked about his health.\n\nDan Wootton asked her, \"Did you get it from a tick?\"",
			notWant: []string{"Dan Wootton met John Smith"}},
		{text: "Podcast\n\nKirstie Alley talked about her health.\n\nDan Wootton asked her to resign.",
			notWant: []string{"Dan Wootton met Kirstie Alley"}},
	})
}
