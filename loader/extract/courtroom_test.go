package extract

import "testing"

// TestCourtroom: a judge sentencing someone, and a witness at someone's
// trial, were in court with them; a trial's defendant attends it; a
// sentence passed by a court or one not passed brings no one together.
func TestCourtroom(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Court\n\nA jury convicted Andrew Hartley of manslaughter.\n\nJudge Neil Ford sentenced sobbing Hartley to three years.",
			want: []string{"Event attendee Neil Ford", "Event attendee Andrew Hartley", "Neil Ford met Andrew Hartley"}},
		{text: "Court\n\nAndrew Hartley was convicted of manslaughter.\n\nChris Anderson, the victim's father, had taken to the witness box during Hartley's trial.",
			want: []string{"Event attendee Andrew Hartley", "Event attendee Chris Anderson", "Chris Anderson met Andrew Hartley"}},
		{text: "Trial\n\nBernie Ebbers faces fraud charges.\n\nMr Ebbers' trial is expected to last two months, his lawyer Reid Weingarten said.",
			want:    []string{"Event attendee Bernie Ebbers"},
			notWant: []string{"Reid Weingarten met Bernie Ebbers"}},
		// not a judge, and not sentenced by a person
		{text: "Court\n\nPresident John Smith said Mary Jones sentenced Peter Brown to silence at the meeting of the club.",
			notWant: []string{"Mary Jones met Peter Brown"}},
	})
}
