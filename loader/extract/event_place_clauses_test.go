package extract

import "testing"

// TestEventPlaceClauses: a clause that announces where or when an event is
// held gives the event its place; a place in a clause that says something
// else does not.
func TestEventPlaceClauses(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Summit\n\nReagan will meet Thatcher at the economic summit, which will take place in Venice on June 8.",
			want: []string{"Event location Venice", "Event attendee Thatcher"}},
		{text: "Talks\n\nPrime Minister Yasuhiro Nakasone will attend the conference, to be held in Geneva on Monday.",
			want: []string{"Event location Geneva", "Event attendee Yasuhiro Nakasone"}},
		{text: "Talks\n\nShultz will hold talks with Gorbachev, which are expected to be held in Moscow.",
			want: []string{"Event location Moscow"}},
		{text: "Talks\n\nShultz will hold talks with Gorbachev, which will focus on trade in Moscow.",
			notWant: []string{"Event location Moscow"}},
	})
}

// TestDayNumber: the numbers a day of the month is written with.
func TestDayNumber(t *testing.T) {
	for s, want := range map[string]bool{"8": true, "8-10": true, "30th": true, "1st": true, "31": true,
		"32": false, "0": false, "1987": false, "8pct": false, "": false, "June": false} {
		if got := dayNumber(s); got != want {
			t.Errorf("dayNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMonthAfterPlace: a month before a day's number is the date, not the
// end of the place's name.
func TestMonthAfterPlace(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nShultz will meet Gorbachev in Tokyo April 1-3.", want: []string{"Event location Tokyo"}, notWant: []string{"Event location Tokyo April"}},
	})
}
