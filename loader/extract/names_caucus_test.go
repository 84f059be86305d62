package extract

import (
	"testing"
	"time"
)

// TestCaucusBodies checks that "Caucus" ends a body's name (the
// gazetteer's orgsuffixes.txt): a caucus of a legislature is no person.
func TestCaucusBodies(t *testing.T) {
	text := "Democrats are split in blocs: the Congressional Progressive Caucus, with 95 House members, and the 34-member Hispanic Caucus."
	checkTypes(t, text, Extract("Headline\n\n"+text, time.Time{}), map[string]EntityType{
		"Congressional Progressive Caucus": Organization, "Hispanic Caucus": Organization,
	})
}
