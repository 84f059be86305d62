package extract

import "testing"

// TestListingPlaces checks names_listing_places.go: the town after the last
// comma of a short line in capitals of the body (a tour's venues between its
// dates) is a place, as a line in capitals alone or between table rows; not
// a town named by a common word, not an unknown word, not the headline, not
// a long line.
func TestListingPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"between dates", "The singer tours Australia in April, the label said.\n\nTHURSDAY APRIL 2\n\nCOLOUR CLUB, MELBOURNE\n\nFRIDAY APRIL 17\n\nOAF GALLERY BAR, SYDNEY",
			map[string]EntityType{"Melbourne": City, "Sydney": City}, nil},
		{"alone", "The band plays one show, the label said.\n\nTHE LEXINGTON, LONDON",
			map[string]EntityType{"London": City}, []string{"Lexington"}},
		{"common word", "The band plays two shows, the label said.\n\nTHURSDAY APRIL 2\n\nTHE CORN EXCHANGE, READING\n\nFRIDAY APRIL 3\n\nTHE PALACE, BATH",
			nil, []string{"Reading", "Bath"}},
		{"no comma", "The band plays one show, the label said.\n\nCOLOUR CLUB MELBOURNE",
			nil, []string{"Melbourne"}},
		{"long line", "The band plays one show, the label said.\n\nTICKETS FOR THE SHOW GO ON SALE NEXT WEEK AT THE BOX OFFICE, MELBOURNE",
			nil, []string{"Melbourne"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

func TestCapitalsWord(t *testing.T) {
	for w, want := range map[string]bool{"SYDNEY": true, "MÜNCHEN": true, "Sydney": false, "A": false, "U.S.": false, "B2": false} {
		if got := capitalsWord(w); got != want {
			t.Errorf("capitalsWord(%q) = %v, want %v", w, got, want)
		}
	}
	if got := capitalsAsName("MÜNCHEN"); got != "München" {
		t.Errorf("capitalsAsName = %q", got)
	}
}
