package extract

import "testing"

// TestChamberMembers: a party's member noun or adjective after a chamber
// names the party, not a body of the chamber's members; a chamber's
// committee keeps its name.
func TestChamberMembers(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Tariffs\n\nThe bill is sponsored by Anna Kowal, a House Democrat from Ohio. Kowal, an Ohio Democrat, said the tariffs would hurt farmers.",
			want:    []string{"Anna Kowal affiliation Democratic Party"},
			notWant: []string{"Anna Kowal affiliation House Democrat"}},
		{text: "Tariffs\n\nThe House, voting first, is expected to override it, House Republican Leader Tom Baird has said.",
			want:    []string{"Tom Baird affiliation Republican Party"},
			notWant: []string{"Tom Baird affiliation House Republican"}},
		{text: "Tariffs\n\nHouse Ways and Means Committee chairman Tom Baird said the tariffs would hurt farmers.",
			want: []string{"Tom Baird affiliation House Ways and Means Committee"}},
	})
}
