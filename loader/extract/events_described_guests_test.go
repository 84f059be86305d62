package extract

import "testing"

// TestDescribedGuests: a party to a meeting named by a description of the
// post and then by name between commas (maybe after their title) is the
// person, not the body; not a firm's partners read as a person.
func TestDescribedGuests(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nPresident Luis Abinader received the president of the AIRD, Celso Juan Marranzini, at the National Palace on Tuesday.",
			want: []string{"Luis Abinader met Celso Juan Marranzini"}},
		{text: "Visit\n\nGovernor John Rankin hosted the head of the Caribbean Development Bank, Gene Leon, at Government House on Friday.",
			want: []string{"John Rankin met Gene Leon"}},
		{text: "Police\n\nMayor Eric Adams met with the city's police commissioner, Keechant Sewell, on Sunday.",
			want: []string{"Eric Adams met Keechant Sewell"}},
		// a capitalised title between the comma and the name is the
		// person's post, not the end of the description
		{text: "Trade\n\nMinister Carla Ruiz met virtually with her counterpart, Minister Owen Grant, last Friday.",
			want: []string{"Carla Ruiz met Owen Grant", "Event attendee Owen Grant"}},
		{text: "Trade\n\nMinister Carla Ruiz held talks with her counterpart, Foreign Minister Owen Grant, in Lima.",
			want: []string{"Carla Ruiz met Owen Grant", "Event location Lima"}},
		{text: "Trade\n\nPresident Ana Soto received her counterpart, Deputy Prime Minister Li Wen, at the palace.",
			want: []string{"Ana Soto met Li Wen"}},
		{text: "Takeover\n\nA union spokesman, Tom Hill, said he met with the new chairman of Allegis, Frank Olson.",
			want: []string{"Event attendee Frank Olson"}, notWant: []string{"Event attendee Allegis"}},
	})
}
