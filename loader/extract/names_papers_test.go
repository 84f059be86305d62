package extract

import (
	"testing"
	"time"
)

// TestPaperNames checks that the words that end newspapers' names
// (gazetteer orgsuffixes: "Register", "Inquirer", "Advertiser", "Sentinel")
// keep a town's paper whole and a body's, not the town ("the Des Moines
// Register backed Warren").
func TestPaperNames(t *testing.T) {
	for _, text := range []string{
		"Two papers have endorsed her: the Des Moines Register backed Warren on Sunday.",
		"The Philadelphia Inquirer reported the sale on Monday, said Anna Kovacs.",
	} {
		doc := Extract("Headline\n\n"+text, time.Time{})
		want := map[string]EntityType{"Des Moines": Other}
		if text[4] == 'P' {
			want = map[string]EntityType{"Philadelphia Inquirer": Organization}
		} else {
			want["Des Moines Register"] = Organization
		}
		checkTypes(t, text, doc, want)
	}
}
