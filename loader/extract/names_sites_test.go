package extract

import (
	"testing"
	"time"
)

// TestSiteAndSlashNames checks the place of a firm's works, towns with a
// capital inside before their state, and the names joined by a slash.
func TestSiteAndSlashNames(t *testing.T) {
	pub := time.Date(2005, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		// a possessive, a name, a noun of works: the name is the place
		{"Some 2,000 jobs at MG Rover's Midlands plant may be cut, the Financial Times has reported.",
			map[string]EntityType{"Midlands": Place}},
		{"A tie-up, seen as Rover's last chance to save its Longbridge plant, has been pushed by Gordon Brown.",
			map[string]EntityType{"Longbridge": Place}},
		// no possessive: the firm owning the plant stays a firm
		{"Workers at the Ford plant in Dagenham went on strike on Monday, Ford said.",
			map[string]EntityType{"Ford": Organization}},
		// a capital inside a word is a firm's, unless a state follows as
		// after a town
		{"The unit, based in DeKalb, Illinois, makes scales and label printers.",
			map[string]EntityType{"DeKalb": Place}},
		{"The unit, which sold shares in DeKalb last year, makes scales.",
			map[string]EntityType{"DeKalb": Organization}},
		// no one works at a person
		{"However, Tom Reid, a fund manager at Quantum Trustees said the stake was a precursor to a takeover.",
			map[string]EntityType{"Quantum Trustees": Organization, "Tom Reid": Person}},
		{"They had dinner at Tom Reid's house on Friday.",
			map[string]EntityType{"Tom Reid": Person}},
		// a slash joins the names of a firm, never a person's (the name is cut
		// at the slash, as a credit's is)
		{"Royal Dutch/Shell said on Friday that investors have requested a special meeting of its shareholders.",
			map[string]EntityType{"Royal Dutch": Organization}},
		// a credit after a slash leaves the person whole
		{"Photo by Anna Kovacs/Reuters",
			map[string]EntityType{"Anna Kovacs": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
