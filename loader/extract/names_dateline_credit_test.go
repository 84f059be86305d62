package extract

import "testing"

// TestDatelineCredits checks the outlet in brackets after a dateline's place
// read as a body, not as the place's code.
func TestDatelineCredits(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"AUSTIN (KXAN) — Texas voters approved an amendment on Tuesday. Lee spoke to KXAN in June.", map[string]EntityType{"KXAN": Organization, "Austin": City}, nil},
		{"HOUSTON, Texas (KTRK) -- A Houston-area beauty business is taking drastic measures.", map[string]EntityType{"KTRK": Organization, "Texas": Place}, nil},
		{"MIAMI (WSVN) - A man was hurt in a crash on Tuesday, police said.", map[string]EntityType{"WSVN": Organization}, nil},
		// a place's code, no dateline
		{"Flights leave Boise (BOI), Missoula (MSO) and Spokane (GEG) daily.", nil, []string{"BOI", "MSO"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
