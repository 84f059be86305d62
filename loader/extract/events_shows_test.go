package extract

import "testing"

// TestShows: a performer who performs at a venue or in a place, headlines
// a festival there or plays a city on a date attends a show there, then;
// a performance told with no place or date, a body "performing" in a
// market and a sports story's "played at" are no show.
func TestShows(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Tour\n\nThe singer Jane Doe will play Sydney on April 17.",
			want: []string{"Event attendee Jane Doe", "Event location Sydney", `Event startDate "2022-04-17"`}},
		{text: "Concert\n\nHarry Styles performed at Madison Square Garden in New York on Friday night.",
			want: []string{"Event attendee Harry Styles", `Event startDate "2022-01-07"`}},
		{text: "Festival\n\nPop star Harry Styles headlined the festival in Glastonbury on Saturday.",
			want: []string{"Event attendee Harry Styles", "Event location Glastonbury", `Event startDate "2022-01-08"`}},
		{text: "Awards\n\nHarry Styles performed at the Grammy Awards in Los Angeles on Sunday.",
			want: []string{"Grammy Awards attendee Harry Styles"}},
		{text: "Film\n\nHarry Styles performed well in the film.",
			notWant: []string{"Event attendee Harry Styles"}},
		{text: "Protest\n\nMinisters are trying to prevent rapper Jay Smith performing in Arkansas.",
			notWant: []string{"Event attendee Jay Smith"}},
		{text: "Shares\n\nApple performed strongly in China last year.",
			notWant: []string{"Event attendee Apple", "Event location China"}},
	})
}

// TestPresentLists: the people listed as present or in attendance at an
// event attend it; "present at" something else adds no one.
func TestPresentLists(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Board\n\nThe board of the Port Authority met on Thursday, with chairman Lawrence Bain, director Carla Smith and member John Doe present.",
			want: []string{"Event attendee Lawrence Bain", "Event attendee Carla Smith", "Event attendee John Doe"}},
		{text: "Trust\n\nThe trust met on Monday, with Ann Lee and Bob Chan in attendance.",
			want: []string{"Event attendee Ann Lee", "Event attendee Bob Chan"}},
		{text: "Trust\n\nThe trust met on Monday, with Ann Lee and Bob Chan present at the opening.",
			notWant: []string{"Event attendee Ann Lee", "Event attendee Bob Chan"}},
		// ", where" people vote at a meeting: they attend
		{text: "Council\n\nThe council held its monthly meeting on Tuesday, where Councillor Amy Brown and Councillor Tom White voted against the plan.",
			want: []string{"Event attendee Amy Brown", "Event attendee Tom White"}},
	})
}
