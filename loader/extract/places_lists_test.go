package extract

import "testing"

// TestPlacesApart: a list with a comma before "and" and a city with the
// district it is are no town and its region; a town after "to" with its
// state is.
func TestPlacesApart(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Suits\n\nSimilar suits were filed in Ohio, Texas, and Pennsylvania.",
			notWant: []string{"Ohio containedInPlace Texas"}},
		{text: "Suits\n\nSimilar suits were filed in Ohio, Texas or Pennsylvania.",
			notWant: []string{"Ohio containedInPlace Texas"}},
		{text: "Policy\n\nShe works out of Washington, D.C., on trade policy.",
			notWant: []string{"Washington containedInPlace D.C."}},
		{text: "Policy\n\nHe moved to Washington, D.C. in 2010.",
			notWant: []string{"Washington containedInPlace D.C."}},
		{text: "Boats\n\nThe boat sailed through the Inside Passage to Ketchikan, Alaska.",
			want: []string{"Ketchikan containedInPlace Alaska"}},
		// still a town and its region
		{text: "Boats\n\nThe boat was built in Dayton, Ohio, and sold in 1990.",
			want: []string{"Dayton containedInPlace Ohio"}},
	})
}
