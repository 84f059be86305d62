package extract

import "testing"

// TestBracketedPeople checks names_bracketed_people.go: a surname after a
// bracket that holds a given name or a title is a person's, and the
// bracketed words of a firm's or a place's name are no such bracket.
func TestBracketedPeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		// a title and a given name in the bracket
		{"Critics say the plan which (Polish leader Stefan) Kowalczyk backs will fail.",
			map[string]EntityType{"Kowalczyk": Person}, nil},
		// a given name alone in the bracket, in a list of players
		{"The coach said they can start (Walter) Brenninkmeyer and (Igor) Vasquez on Sunday.",
			map[string]EntityType{"Brenninkmeyer": Person, "Vasquez": Person}, nil},
		// a given name after other words in the bracket, an unseen word alone
		{"He wrote to Secretary (of State Harold) Thornbury and to (Zorbulat) Kemaldinov.",
			map[string]EntityType{"Thornbury": Person, "Kemaldinov": Person}, nil},
		// a title alone in the bracket, with a possessive after the name
		{"The raid was aimed at (Libyan President) Ghalbouni's guards, officials said.",
			map[string]EntityType{"Ghalbouni": Person}, nil},
		// a direction in the bracket is no given name: the country stays
		{"The surpluses of Japan and (West) Germany have fed on this deficit.",
			map[string]EntityType{"Germany": Place}, nil},
		// a firm's acronym after its ticker is no given name
		{"The crash of a Kanto Airways Ltd <KANT.T> (KAL) Boeing 747 killed 20 people.",
			nil, []string{"Boeing"}},
		// a firm's word after the name: the firm stays
		{"The report said (Martin) Kessler Associates had advised the board.",
			map[string]EntityType{"Kessler Associates": Organization}, []string{"Kessler"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
