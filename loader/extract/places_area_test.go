package extract

import "testing"

// TestPlaceArea: a place named with its kind after it ("the Khan Younis
// area"), and research institutes and centres where they stand.
func TestPlaceArea(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hospitals\n\nAhmed Saleh, the director of Al-Amal Hospital in the Rafah area, said so.",
			want: []string{"Al-Amal Hospital location Rafaḩ"}},
		{text: "Hospitals\n\nTroops moved into the Basra area in southern Iraq on Monday.",
			want: []string{"Basra containedInPlace Iraq"}},
		{text: "Allergy\n\nShe is a director at the Murdoch Children’s Research Institute in Melbourne, Australia.",
			want: []string{"Murdoch Children’s Research Institute location Melbourne"}},
		{text: "Taxes\n\nHe co-founded the Urban-Brookings Tax Policy Center in Washington.",
			want: []string{"Urban-Brookings Tax Policy Center location Washington"}},
		// a direction after the place is no kind of place: "in Gaza north"
		{text: "Hospitals\n\nThe Al-Amal Hospital in Gaza north of the city was hit.",
			notWant: []string{"Al-Amal Hospital location Gaza"}},
	})
}
