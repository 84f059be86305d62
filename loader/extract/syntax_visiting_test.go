package extract

import "testing"

// TestVisitingGuest: "visiting" before a guest's title is no bar to reading
// the guest (nameListLead, syntax.go): "met with visiting Chinese Foreign
// Minister Wang Yi", "during a meeting with visiting ...".
func TestVisitingGuest(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nPresident Luis Abinader met with visiting Chinese Foreign Minister Wang Yi on Tuesday.",
			want: []string{"Luis Abinader met Wang Yi"}},
		{text: "Talks\n\nPrime Minister Andrew Holness raised the issue during a meeting with visiting Chinese Foreign Minister Wang Yi on Tuesday.",
			want: []string{"Andrew Holness met Wang Yi"}},
		{text: "Talks\n\nNakasone explained the conditions during the first round of talks with the visiting Polish leader Wojciech Jaruzelski.",
			want: []string{"Event attendee Wojciech Jaruzelski"}},
	})
}
