package extract

import "testing"

// TestClubSuffixesAndBodyHeads checks names_club_suffix.go: a club's suffix
// read as a body of its own after a town's name ends that name ("Sunderland
// FC"); and resolveBodies in entities.go: a body's head word before "of"
// alone ("the Institutes") is the one body the article names with it, not a
// body of its own, unless "of" follows it too ("the Council of Economic
// Advisers" is another council).
func TestClubSuffixesAndBodyHeads(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"club suffix after its town", "Bob Murray, chairman of Sunderland FC, has launched a bid for the club.",
			map[string]EntityType{"Sunderland FC": Organization}, []string{"FC"}},
		{"head before of", "Leeco Diagnostics Inc said the National Institutes of Health have awarded it a grant. Leeco said the Institutes made the grant under their research program.",
			map[string]EntityType{"National Institutes of Health": Organization}, []string{"Institutes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
