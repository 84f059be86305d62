package extract

import "testing"

// TestInstitutionNames checks names joined with the hospital's, clinic's,
// airport's or stadium's noun after them, and typed by it.
func TestInstitutionNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Eloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April.",
			map[string]EntityType{"Royal Shrewsbury hospital": Organization}, nil},
		{"She was treated at the Mayo Clinic in Minnesota.", map[string]EntityType{"Mayo Clinic": Organization}, nil},
		{"She was treated at the Cleveland Clinic last year.", map[string]EntityType{"Cleveland Clinic": Organization}, []string{"Cleveland"}},
		{"She was rushed to Jackson Memorial hospital.", map[string]EntityType{"Jackson Memorial hospital": Organization}, []string{"Jackson"}},
		{"He died at St Mary's Hospital in London.", map[string]EntityType{"St Mary's Hospital": Organization}, []string{"St Mary"}},
		{"He landed at Heathrow airport on Monday.", map[string]EntityType{"Heathrow airport": Place}, nil},
		// a town alone before a noun in lower case says where; a
		// possessive is an owner; a longer name is left whole
		{"She was taken to a Miami hospital.", map[string]EntityType{"Miami": City}, []string{"Miami hospital"}},
		{"He escaped from Cayman’s hospital on Monday.", nil, []string{"Cayman’s hospital"}},
		{"Shares of Hospital Corp of America rose.", nil, []string{"Hospital"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
