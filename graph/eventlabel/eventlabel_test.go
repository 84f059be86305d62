package eventlabel

import "testing"

func TestKind(t *testing.T) {
	const s = "After an informal working dinner on Sunday, Ryabkov predicted “difficult” talks in Geneva that are to be followed by a NATO-Russia meeting in Brussels on Wednesday."
	for _, tc := range []struct {
		sentence        string
		places, players []string
		want            string
	}{
		{s, []string{"Geneva"}, nil, "talks"},
		{s, []string{"Brussels"}, []string{"Russia"}, "meeting"},
		{s, nil, nil, "dinner"},
		{s, []string{"Paris"}, []string{"Sergei Ryabkov", "Ryabkov"}, "dinner"},
		{"Blair visited Rome.", nil, nil, "visit"},
		{"Bush telephoned Putin on Monday.", nil, nil, "call"},
		{"The summit of G8 leaders opened.", nil, nil, "summit"},
		{"Nothing happened here.", nil, nil, "event"},
		{"", nil, nil, "event"},
	} {
		if got := Kind(tc.sentence, tc.places, tc.players); got != tc.want {
			t.Errorf("Kind(%q, %v, %v) = %q, want %q", tc.sentence, tc.places, tc.players, got, tc.want)
		}
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		kind           string
		people, others []string
		place, date    string
		want           string
	}{
		{"talks", []string{"Tony Blair", "Silvio Berlusconi"}, []string{"Italy"}, "Brussels", "2005-03-22", "talks: Blair, Berlusconi — Brussels, 2005-03"},
		{"meeting", nil, []string{"NATO", "Russia"}, "Brussels", "2022-01", "meeting: NATO, Russia — Brussels, 2022-01"},
		{"summit", []string{"A B", "C D", "E F", "G H", "I J"}, nil, "", "2005", "summit: B, D, F +2 — 2005"},
		{"visit", []string{"Tony Blair"}, nil, "", "", "visit: Blair"},
		{"", nil, nil, "", "", "event"},
		{"call", []string{"George W. Bush", "Laura Bush"}, nil, "", "", "call: Bush"},
	} {
		if got := Label(tc.kind, tc.people, tc.others, tc.place, tc.date); got != tc.want {
			t.Errorf("Label(%q, %v, %v, %q, %q) = %q, want %q", tc.kind, tc.people, tc.others, tc.place, tc.date, got, tc.want)
		}
	}
}
