package extract

import (
	"testing"
	"time"
)

// TestSplitAcronymAnd checks that a name joining a word of capitals and a
// mixed-case name at "and" is split into two bodies, and that firms'
// legal names, initials and known names stay whole.
func TestSplitAcronymAnd(t *testing.T) {
	pub := time.Date(1987, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The refinery contract will be signed by KORVA and Lakeside Refining next week, the companies said.",
			map[string]EntityType{"KORVA": Organization, "Lakeside Refining": Organization, "KORVA and Lakeside Refining": Other}},
		{"Analysts said TRELCO and Bremer Post were the most likely bidders for the freight group.",
			map[string]EntityType{"TRELCO": Organization, "Bremer Post": Organization, "TRELCO and Bremer Post": Other}},
		// a legal name, initials, and a heading of capitals stay whole
		{"Shares of ZUMA and Farmers Ltd rose two cents to 3.40 dlrs in Perth trading today.",
			map[string]EntityType{"Farmers Ltd": Other}},
		{"The fund is run by S and P Advisers, the firm said on Monday.",
			map[string]EntityType{"P Advisers": Other}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

// TestCapitalsWordAndMixedCase checks the word shapes splitAcronymAnd reads.
func TestCapitalsWordAndMixedCase(t *testing.T) {
	for w, want := range map[string]bool{"KORVA": true, "ABC": true, "AT": false, "U.S.": false, "3MX": false, "Korva": false} {
		if got := capitalsOnlyWord(w); got != want {
			t.Errorf("capitalsOnlyWord(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Lakeside": true, "McKay": true, "LAKESIDE": false, "lakeside": false, "X": false} {
		if got := mixedCase(w); got != want {
			t.Errorf("mixedCase(%q) = %v, want %v", w, got, want)
		}
	}
}
