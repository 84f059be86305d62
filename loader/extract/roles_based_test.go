package extract

import "testing"

// TestBasedPerson: a "-based" word before the title in front of a person's
// name gives the person's home; not a firm's seat, nor a one-word name.
func TestBasedPerson(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Bug\n\n“I thought a lot,” Pakistan-based developer Ammar Askar wrote in a blog post.",
			want: []string{"Ammar Askar homeLocation Pakistan", `Ammar Askar jobTitle "developer"`}},
		{text: "Oil\n\nCalgary-based independent analyst James Hamilton has said so in reports.",
			want: []string{"James Hamilton homeLocation Calgary"}},
		{text: "Planes\n\nSeattle-based Boeing chief Jim Albaugh said so.",
			notWant: []string{"Jim Albaugh homeLocation Seattle"}},
		{text: "Cocoa\n\nLondon-based dealer Gill and Duffus said the crop was large.",
			notWant: []string{"Gill homeLocation London"}},
	})
}
