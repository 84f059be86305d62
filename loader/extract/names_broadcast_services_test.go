package extract

import "testing"

// TestBroadcasterServices checks names_broadcast_services.go: a known
// broadcaster's name and the service words after it name one body, the
// channel or service; titles, dates, persons and the subject of what a
// medium is told stay out.
func TestBroadcasterServices(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		// the recogniser reads the broadcaster alone: the service's word joins it
		{"\"It was a hard game,\" the striker told BBC Sport after the final.",
			map[string]EntityType{"BBC Sport": Organization}, []string{"BBC"}},
		// a number word and a possessive after it
		{"The drama was the highlight of BBC Two's autumn schedule.",
			map[string]EntityType{"BBC Two": Organization}, nil},
		// a station number and a word read as a thing
		{"Jo Mills, a presenter on BBC 7 Jazz, picked the record.",
			map[string]EntityType{"BBC 7 Jazz": Organization}, []string{"Jazz"}},
		// a place after the broadcaster is its regional service
		{"The minister told BBC Wales it would cost too much.",
			map[string]EntityType{"BBC Wales": Organization}, []string{"Wales"}},
		// a channel written as one word with its number
		{"The quiz returns to ITV2 next month.",
			map[string]EntityType{"ITV2": Organization}, nil},
		// a title after the broadcaster is no service's word
		{"Later, CNN Political Editor Sam Ford said the vote was close.",
			map[string]EntityType{"CNN": Organization}, []string{"CNN Political"}},
		// a date after it neither
		{"The report was broadcast by CNN Tuesday night.",
			map[string]EntityType{"CNN": Organization}, []string{"CNN Tuesday"}},
		// told something: the words after the medium are its subject
		{"The coach told the BBC Arsenal were the better side.",
			map[string]EntityType{"BBC": Organization}, []string{"BBC Arsenal"}},
		// a short medium's name glued to a number is an index, no channel
		{"The FT30 index rose by 12 points on Friday.",
			nil, []string{"FT30"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
