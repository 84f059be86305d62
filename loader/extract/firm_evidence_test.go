package extract

import (
	"testing"
	"time"
)

// TestFirmsByEvidence checks the names the article itself shows are firms,
// and the people it shows are people.
func TestFirmsByEvidence(t *testing.T) {
	pub := time.Date(1987, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		// a possessive that owns nothing
		{"The notes are rated A-2 by Moody's and A by Fitch.",
			map[string]EntityType{"Moody": Organization}},
		// ... and one that owns something
		{"Prime Minister Margaret Thatcher's visit to Moscow ended on Friday.",
			map[string]EntityType{"Margaret Thatcher": Person}},
		// a body's first word alone
		{"Esselte Business Systems Inc's Esselte Meto division bought a unit. Esselte said the unit makes scales.",
			map[string]EntityType{"Esselte": Organization}},
		// names listed with a firm's legal name
		{"The dealers are Barclays de Zoete Wedd, Credit Suisse First Boston Ltd and Goldman Sachs International.",
			map[string]EntityType{"Barclays de Zoete Wedd": Organization, "Goldman Sachs International": Organization}},
		// after a plural noun of firms
		{"Members include technology companies Dell, Samsung and Matsushita.",
			map[string]EntityType{"Matsushita": Organization}},
		// people in a list with firms keep their type: initials, a title after
		{"It bought the stake from Interfirst Venture Corp, Sam B. Myers, Neomar Resources Inc and Richard L. Morgan.",
			map[string]EntityType{"Sam B. Myers": Person, "Richard L. Morgan": Person}},
		{"He named Renato Picco, managing director of Eridania SPA and Gianfranco Ceroni, managing director of Italiana.",
			map[string]EntityType{"Gianfranco Ceroni": Person}},
		// two names after ", and" are no list
		{"Richard Wigton, an employee of Kidder Peabody Co Inc, and Timothy Tabor were charged.",
			map[string]EntityType{"Timothy Tabor": Person}},
		// an Irish surname stays whole
		{"Sonia O'Sullivan has indicated that she would like to run. O'Sullivan is training in Australia.",
			map[string]EntityType{"Sonia O'Sullivan": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
