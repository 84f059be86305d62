package extract

import "testing"

// TestBoardSeats: a seat on a body's board ("member of the board of",
// "chairman of the board of directors of", "a member of the Contraves
// board", "of the ADB board of governors") is a post at the body.
func TestBoardSeats(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trial\n\nDarius N. Keaton, former member of the board of Santa Fe International Corp, pleaded guilty.",
			want: []string{"Darius N. Keaton affiliation Santa Fe International Corp", `Darius N. Keaton jobTitle "former member"`}},
		{text: "Shares\n\nSetsuya Tabuchi, chairman of the board of directors of Nomura Securities Co Ltd, said shares would fall.",
			want: []string{"Setsuya Tabuchi affiliation Nomura Securities Co Ltd", `Setsuya Tabuchi jobTitle "chairman"`}},
		{text: "Court\n\nMax Baumann, a member of the Contraves AG board, told Reuters the company was calm.",
			want: []string{"Max Baumann affiliation Contraves AG"}},
		{text: "Port\n\nRobert Ruano, a member of the Belize Port Authority board of trustees, said the port would pay.",
			want: []string{"Robert Ruano affiliation Belize Port Authority", `Robert Ruano jobTitle "member"`}},
		// a board that is no body's: no affiliation
		{text: "Port\n\nRobert Ruano, a member of the board, said the port would pay.",
			notWant: []string{"Robert Ruano affiliation Board"}},
	})
}
