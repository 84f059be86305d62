package extract

import "testing"

// TestLocalPlaces: towns and counties the gazetteer does not know, the
// region that holds them, a person's home town, and the body written before
// a lower-case title.
func TestLocalPlaces(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Plumber jailed\n\nRegistered gas fitter Hartley, 37, from Radstock, Somerset, did a rushed job.",
			want: []string{"Radstock containedInPlace Somerset", "Hartley homeLocation Radstock"}},
		{text: "Fumes\n\nFumes were pumped into the town house in Bath, Somerset, instead of the flue.",
			want: []string{"Bath containedInPlace Somerset"}},
		{text: "Crash\n\nThe driver, John Ruiz, of Torrance, was taken to hospital.",
			want: []string{"John Ruiz homeLocation Torrance"}},
		// a list of places is no containment
		{text: "Tour\n\nThe band played in Paris, Lyon and Marseille last week.",
			notWant: []string{"Paris containedInPlace Lyon", "Lyon containedInPlace Paris"}},
		{text: "Death\n\nShe died at the home of her father, Future Publishing founder Chris Anderson.",
			want:    []string{`Chris Anderson jobTitle "founder"`, "Chris Anderson affiliation Future Publishing"},
			notWant: []string{`Chris Anderson jobTitle "Future Publishing founder"`}},
		// a holiday names no one
		{text: "Trip\n\nZoe returned to spend Christmas with her mother Lucy Evans in the Lake District.",
			notWant: []string{"Christmas homeLocation Lake District", "Lucy Evans met Christmas"}},
	})
}
