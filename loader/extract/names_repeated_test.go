package extract

import "testing"

// TestRepeatedNames: a body's acronym the recogniser read in one sentence is
// the same body where the article writes it again and the recogniser missed
// it, so that "it" after it is that body, not a firm of the sentence before.
// An acronym the article never shows as a body ("DRB chips") is not read
// again, nor is a name after a work's noun ("the series KTX"), one in
// brackets after a name read as a place ("Athletics Kenya (AK)") or a name
// of dictionary words ("Central Bank", whose repeats left a lone "Central").
func TestRepeatedNames(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Wage round\n\nThe United Steel Workers Union, USWU, is asking local leaders to back a renewed drive.\n\nThe USWU will begin bargaining this summer.\n\nLabor executives for both Nordwerk AG and Borsig Corp have said they will oppose any attempt.\n\nBut the USWU, pointing to a pay increase in the contract it negotiated with Halvorsen Steel Corp after a 1985 strike, said it intends to seek more.",
			want:    []string{"United Steel Workers Union met Halvorsen Steel Corp"},
			notWant: []string{"Borsig Corp met Halvorsen Steel Corp"}},
		// a standard's acronym, shown only before the nouns it modifies
		{text: "Radio chips shrink\n\nSeveral makers of DRB chips for mobiles showed smaller parts on Monday, and DRB sales rose. At a DRB conference in Cannes, several makers of DRB chips announced lower-cost chips.",
			notWant: []string{"Event attendee DRB"}},
		// a show: "series KTX" makes every KTX a work's name, which the
		// show's co-producer's title does not need
		{text: "Director to make KTX episode\n\nFilm director Quentin Tarantino is to direct an episode of US television series KTX: Harbour Patrol.\n\nKTX's co-producer, Carol Marsh, said the episode would have more blood than usual. She said he agreed while KTX was shooting in Las Vegas. \"He knows everything about KTX,\" Marsh said.",
			want: []string{`Carol Marsh jobTitle "co-producer"`}},
		// the recogniser reads "Athletics Kenya" as a place: the acronym in
		// brackets after it would be read as its code
		{text: "Runner banned\n\nKenya's athletics body has suspended runner Jane Akello.\n\nAthletics Kenya (AK) issued the ban after Akello failed to turn up for a training camp in Embu. \"We have banned her from all competitions,\" said AK chief Peter Kiprono. But AK maintained it was making an example of Akello.",
			want: []string{"Peter Kiprono affiliation AK"}},
	})
	checkNames(t, "Central bank governors from Spain and the Caribbean will meet here this week, the Central Bank of Barbados said.\n\nThe 24th session of Central Bank governors of the American continent opens today.",
		nil, []string{"Central"})
}
