package extract

import "testing"

// TestSeatVerbs: a seat held "on" a body named after "serves", "served",
// "sits" or "sat" (maybe after "has" or in a relative clause, maybe on "the
// board of" it) makes the body the person's affiliation; a body unnamed
// ("the jury") gives none.
func TestSeatVerbs(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Council\n\nNadia Mohamed has served on the St. Louis Park City Council since 2019.",
			want: []string{"Nadia Mohamed affiliation St. Louis Park City Council"}},
		{text: "Senate\n\nNadia Mohamed, who sits on the Senate Finance Committee, said the plan was good.",
			want: []string{"Nadia Mohamed affiliation Senate Finance Committee"}},
		{text: "Boards\n\nNadia Mohamed serves on the board of Acme Foods.",
			want: []string{"Nadia Mohamed affiliation Acme Foods"}},
		{text: "Court\n\nNadia Mohamed sat on the jury at Leeds Crown Court.",
			notWant: []string{"Nadia Mohamed affiliation Leeds Crown Court"}},
	})
}
