package extract

import "testing"

// TestBodiesOfThe checks that a body's head read alone after "the" joins
// the capitalised words after its "of" or "for", and stops before a title
// and a person's name.
func TestBodiesOfThe(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"She studied at the School of the Art Institute of Chicago last year.",
			map[string]EntityType{"School of the Art Institute of Chicago": Organization}, []string{"School", "Art Institute of Chicago"}},
		{"He runs the Center for Plants & Culture in Los Angeles.",
			map[string]EntityType{"Center for Plants & Culture": Organization}, []string{"Center"}},
		{"The Bank of the Philippine Islands reported profits.",
			map[string]EntityType{"Bank of the Philippine Islands": Organization}, []string{"Philippine Islands"}},
		{"He met the Bank of Japan Governor Satoshi Sumita.",
			map[string]EntityType{"Bank of Japan": Organization, "Satoshi Sumita": Person}, nil},
		{"The rise is recommended by the Employers Federation of the Philippines (EFP).",
			map[string]EntityType{"Employers Federation of the Philippines": Organization}, []string{"Employers Federation"}},
		{"The plan was approved by the U.S. Bankruptcy Court for the Southern District of New York.",
			map[string]EntityType{"U.S. Bankruptcy Court for the Southern District of New York": Organization}, []string{"U.S. Bankruptcy Court"}},
		{"The Economic Commission for Latin America and the Caribbean said the region grew.",
			map[string]EntityType{"Economic Commission for Latin America and the Caribbean": Organization}, []string{"Economic Commission for Latin America"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestBodiesOfTheStops checks where a body's "of the" name stops.
func TestBodiesOfTheStops(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The provision was required by the Office of the Comptroller of the Currency, the bank said.",
			map[string]EntityType{"Office of the Comptroller of the Currency": Organization}, []string{"Office of the Comptroller"}},
		{"Researchers from the University of the Highlands and Islands and Southampton have been looking at wave heights.",
			nil, []string{"University of the Highlands and Islands and Southampton"}},
		{"Textron signed a contract with the U.S. Army for M1 Abrams tank engines.",
			nil, []string{"U.S. Army for M1 Abrams"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestBodyOfWarNoEvent checks that a body's "HEAD of/for X" name ending in
// an event's head word stays a body, while a war's name is an event.
func TestBodyOfWarNoEvent(t *testing.T) {
	checkNames(t, "He spoke at the Institute for the Study of War yesterday.", map[string]EntityType{"Institute for the Study of War": Organization}, nil)
	checkNames(t, "He fought in the Iraq War.", map[string]EntityType{"Iraq War": Event}, nil)
}
