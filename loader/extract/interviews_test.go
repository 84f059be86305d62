package extract

import "testing"

// TestInterviews: a host asking someone, or told something by them, is an
// interview both attend; two people each interviewed apart did not meet,
// and a reporter or an unnamed audience interviews no one.
func TestInterviews(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Voters\n\nBernice Scott is a force in local politics.\n\nAsked why she called the group the Reckoning Crew, Scott told \"CBS This Morning\" co-host Gayle Smith, \"Because you have to reckon with us.\"\n\nZainab Dossaji told Smith she believes the stakes are higher.",
			want:    []string{"Event attendee Gayle Smith", "Event attendee Bernice Scott", "Gayle Smith met Bernice Scott", "Gayle Smith met Zainab Dossaji"},
			notWant: []string{"Bernice Scott met Zainab Dossaji"}},
		{text: "Show\n\nOn Monday the NBC anchor Lester Holt interviewed voters in Ohio.\n\n\"What matters to you?\" Holt asked Mary Jones.",
			want: []string{"Lester Holt met Mary Jones"}},
		// a reporter told by phone, and a host who asks no one named
		{text: "Talks\n\nJohn Smith told reporter Anne Brown that the talks had failed.\n\nHost Mary Jones asked whether the talks would resume.",
			notWant: []string{"John Smith met Anne Brown", "Mary Jones met John Smith"}},
	})
}
