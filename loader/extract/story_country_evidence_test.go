package extract

import (
	"strings"
	"testing"
	"time"
)

// TestStoryCountryHeld: a bare national body takes the story's most-named
// country, unless that country is counted only from adjectives before
// common nouns while another government, named by its head, acts.
func TestStoryCountryHeld(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		// adjectives only, a headed government acting: the body keeps its name
		{"The Bush administration's duties on Brazilian coffee lifted Brazilian bond yields. Treasury Secretary Tom Miller said the duties would stay.", "Treasury", "Brazil Treasury"},
		// adjectives only, no government named by its head: the story's country
		{"Duties on Brazilian coffee lifted Brazilian bond yields. A Treasury spokesman said the duties would stay.", "Brazil Treasury", "Treasury"},
		// a headed government, but the story names the country itself
		{"The Bush administration's duties on Brazilian coffee angered Brazil. Brazilian exporters said the Treasury would protest.", "Brazil Treasury", "Treasury"},
		// a headed government, and the body's own sentence names the country
		{"The Bush administration's duties on Brazilian coffee lifted Brazilian bond yields. Brazilian officials said the Treasury would protest.", "Brazil Treasury", "Treasury"},
	} {
		d := Extract(c.text, time.Time{})
		names := namesOfType(d, Organization)
		got := "|" + strings.Join(names, "|") + "|"
		if !strings.Contains(got, "|"+c.want+"|") || strings.Contains(got, "|"+c.not+"|") {
			t.Errorf("%q: organisations %q, want %q and not %q", c.text, got, c.want, c.not)
		}
	}
}
