package extract

import "testing"

// TestEventOrganiserDates: the date and place after an organiser's passive
// ("hosted by X on Friday", "organised by the union in Leeds") are the
// event's; a date of another clause is not.
func TestEventOrganiserDates(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Funds\n\nSenator Lia Moss attended a fundraiser hosted by Mayor Tim Gray on Friday.",
			want: []string{"Event organizer Tim Gray", "Event attendee Lia Moss", `Event startDate "2022-01-07"`}},
		{text: "Funds\n\nSenator Lia Moss spoke at a rally organised by the union in Leeds on Saturday.",
			want: []string{"Event attendee Lia Moss", "Event location Leeds", `Event startDate "2022-01-08"`}},
		{text: "Funds\n\nSenator Lia Moss attended a fundraiser hosted by Mayor Tim Gray, who was elected on Tuesday.",
			notWant: []string{`Event startDate "2022-01-04"`}},
	})
}
