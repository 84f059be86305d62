package extract

import "testing"

// TestEventsS16: the wrong event nodes of the blind samples seed200 and
// seed201 (testdata/nodes), by mechanism: an event noun that modifies a
// thing, "meet" with a target behind a name, meetings denied or told with
// "any" or "no", players meeting in a match, a place named as a party's
// seat, a date moved to a later day, and a body's own meeting after
// another's. What each rule keeps is beside it.
func TestEventsS16(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Layoffs\n\nGeneral Motors Corp said it will lay off 3,500 workers temporarily at one of its car assembly plants on March 23.",
			notWant: []string{"Event attendee General Motors Corp"}},
		{text: "Honda\n\nHonda's U.S. output would have to be adjusted to meet changing U.S. demand, the spokesman said.",
			notWant: []string{"Event attendee United States"}},
		{text: "Visit\n\nHonda chairman Tadashi Kume will meet U.S. Trade Representative Clayton Yeutter in Washington.",
			want: []string{"Event attendee Clayton Yeutter"}},
		{text: "Trial\n\nMr Ebbers denied he frequently met Scott Sullivan to discuss company business.",
			notWant: []string{"Event attendee Scott Sullivan"}},
		{text: "Budget\n\nReagan said he would be willing to participate personally in any negotiations with Congress.",
			notWant: []string{"Event attendee Congress"}},
		{text: "Rugby\n\nAll Blacks captain Tama Umaga will meet Brian O'Driscoll in Saturday's Rugby Aid match at Twickenham.",
			notWant: []string{"Event attendee Brian O'Driscoll"}},
		{text: "Banks\n\nLast year, Illinois Regional had discussions with Milwaukee-based Marine Corp but no agreement was reached.",
			notWant: []string{"Event attendee Milwaukee"}},
		{text: "Meeting\n\nCooperVision Inc said it has delayed its annual meeting to June 22 from May 14.",
			want: []string{`Event startDate "2022-06-22"`}, notWant: []string{`Event startDate "2021-06-22"`}},
		{text: "Rates\n\nPresident Reagan said in a statement as he left the White House to visit his wife Nancy at Bethesda Naval Hospital.",
			notWant: []string{"Event attendee White House"}},
		{text: "Trip\n\nChancellor Kohl left Moscow to visit President Reagan in Washington.",
			want: []string{"Event attendee Kohl"}, notWant: []string{"Event attendee Moscow"}},
	})
}
