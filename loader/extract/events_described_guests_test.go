package extract

import "testing"

// TestDescribedGuests: a party to a meeting named by a description of the
// post and then by name between commas is the person, not the body; not a
// firm's partners read as a person.
func TestDescribedGuests(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nPresident Luis Abinader received the president of the AIRD, Celso Juan Marranzini, at the National Palace on Tuesday.",
			want: []string{"Luis Abinader met Celso Juan Marranzini"}},
		{text: "Visit\n\nGovernor John Rankin hosted the head of the Caribbean Development Bank, Gene Leon, at Government House on Friday.",
			want: []string{"John Rankin met Gene Leon"}},
		{text: "Police\n\nMayor Eric Adams met with the city's police commissioner, Keechant Sewell, on Sunday.",
			want: []string{"Eric Adams met Keechant Sewell"}},
		{text: "Takeover\n\nA union spokesman, Tom Hill, said he met with the new chairman of Allegis, Frank Olson.",
			want: []string{"Event attendee Frank Olson"}, notWant: []string{"Event attendee Allegis"}},
	})
}
