package extract

import "testing"

// TestRolesS20: the blind sample seed117 and s19's known wrong readings,
// by mechanism: a postpositive "General" title keeps its first word
// ("Postmaster General", no "General" of a body "Postmaster"), while a
// body inside another known title stays the affiliation ("Central Bank
// Governor"); a kin apposition naming the relative gives the body to the
// relative, not to the person before it, but stands when no relative is
// named; an MEP's country is their nationality; a nation's adjective that
// starts a team's name ("Irish Lions") is no nationality; a body modifying a possessor ("Yukos
// main shareholders' group") is no affiliation of the group's head.
func TestRolesS20(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Post\n\nIt was announced by Finance Minister Roger Douglas and Postmaster General Jonathan Hunt on Monday.",
			want:    []string{`Jonathan Hunt jobTitle "Postmaster General"`},
			notWant: []string{`Jonathan Hunt jobTitle "General"`, "Jonathan Hunt affiliation Postmaster"}},
		{text: "Football\n\nMutu is now represented by Alessandro Moggi, son of Juve manager Luciano Moggi.",
			want:    []string{"Luciano Moggi affiliation Juve"},
			notWant: []string{"Alessandro Moggi affiliation Juve"}},
		{text: "Europe\n\nThe bill was opposed, and French Socialist MEP Michel Rocard said the vote was wrong.",
			want:    []string{"Michel Rocard nationality France"},
			notWant: []string{"Michel Rocard affiliation France"}},
		{text: "Rugby\n\nThe squad was named, and British and Irish Lions coach Clive Woodward said the team was ready.",
			want:    []string{`Clive Woodward jobTitle "coach"`},
			notWant: []string{"Clive Woodward nationality Ireland"}},
		{text: "Steel\n\nWest German Economics Minister Martin Bangemann said the state could not pay.",
			want: []string{"Martin Bangemann affiliation West Germany"}},
		{text: "Banks\n\nBrazil's Central Bank Governor Francisco Gros said rates would stay.",
			want: []string{`Francisco Gros jobTitle "Central Bank Governor"`}},
		{text: "Yukos\n\nMeanwhile, Tim Osborne, head of Yukos main shareholders' group Menatep, said that Yukos may have to close.",
			notWant: []string{"Tim Osborne affiliation Yukos"}},
	})
}
