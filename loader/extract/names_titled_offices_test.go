package extract

import (
	"testing"
	"time"
)

// TestTitledOffices checks that a body named after its official ("the
// Harris County Sheriff's Office") is one organisation, and that an office
// word after a possessive that is no title's is left alone.
func TestTitledOffices(t *testing.T) {
	pub := time.Date(2023, 5, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The Harris County Sheriff's Office is now investigating the incident at the salon.",
			map[string]EntityType{"Harris County Sheriff's Office": Organization, "Harris County": Other, "Office": Other}},
		{"The case was handled by the Manhattan District Attorney’s Office last year.",
			map[string]EntityType{"Manhattan District Attorney’s Office": Organization, "Manhattan District Attorney": Other}},
		{"Officers of the Christian County Sheriff’s Department arrived at the house later.",
			map[string]EntityType{"Christian County Sheriff’s Department": Organization, "Department": Other}},
		// no words before the title: no name of a body
		{"Officers of the Sheriff's Office arrived at the house later.",
			map[string]EntityType{"Sheriff's Office": Other}},
		// a firm's possessive before an office word: not an official's office
		{"Officials at Ford's Office of the General Counsel declined to comment.",
			map[string]EntityType{"Ford's Office": Other}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
