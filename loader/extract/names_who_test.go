package extract

import (
	"testing"
	"time"
)

// TestPeopleByWho checks peopleByWho: a name read as a body's that ", who"
// takes up is a person's when its words name people; a body's name ("the
// European Community, who") or a name owned by "of" stays a body's.
func TestPeopleByWho(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"a given name and a body word", "The Path-Goal Model is given by Robert House, who, along with his associates, tried to predict the effect.",
			map[string]EntityType{"Robert House": Person}},
		{"a body's name", "Farm exports fell, particularly to the European Community, who, we are convinced, are the worst offenders.",
			map[string]EntityType{"European Community": Organization}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			checkTypes(t, tt.text, doc, tt.want)
		})
	}
	which := "The Path-Goal Model is given by Robert House, which published it in 1971."
	for _, e := range Extract("Headline\n\n"+which, time.Time{}).Entities {
		if e.Name == "Robert House" && e.Type == Person {
			t.Errorf("%q: Robert House typed Person without who", which)
		}
	}
	if !peopleWords("Tanni Grey Thompson") || peopleWords("European Community") || peopleWords("IBM") {
		t.Error("peopleWords")
	}
}
