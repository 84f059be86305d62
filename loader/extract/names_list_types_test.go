package extract

import (
	"testing"
	"time"
)

// TestListBodies checks names_list_types.go: in a list of bodies, an
// unknown one-word place and a person's name the article never shows is a
// person's are bodies; a list after a preposition of place, a name opening
// with a given name, a titled person stay as they were.
func TestListBodies(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"utilities", "Fees total 1-3/4 pct and the issue is guaranteed by the Belgian utilities, Intercom, Ebes and Unerg.",
			map[string]EntityType{"Intercom": Organization, "Ebes": Organization, "Unerg": Organization}},
		{"banks", "The company said in a statement that Societe Generale, Bankers Trust, Chase Investment Bank and Credit Suisse First Boston would place the paper.",
			map[string]EntityType{"Societe Generale": Organization, "Bankers Trust": Organization}},
		{"or even", "Yukos has strong links with Surgutneftegas or even Gazprom, analysts said.",
			map[string]EntityType{"Surgutneftegas": Organization, "Gazprom": Organization}},
		{"given name", "The deal was backed by Microsoft Corp, Intel Corp and John Malone.",
			map[string]EntityType{"John Malone": Person}},
		{"titled person", "Talks between General Motors Corp, Ford Motor Co and Mr Smith ended.",
			map[string]EntityType{"Smith": Person}},
		{"apposition", "Brazil has no target, President of the Brazilian Coffee Institute, IBC, Jorio Dauster said.",
			map[string]EntityType{"Jorio Dauster": Person}},
		{"town and state", "The buyer is Sanderson Farms Inc, Laurel, Miss., and Tyson Foods Inc.",
			map[string]EntityType{"Laurel": Place}},
		{"places", "Miners struck in Huanuni, Corocoro, Siglo and Catavi on Monday.",
			map[string]EntityType{"Huanuni": Place, "Siglo": Place}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}

// TestBodyAfterVenue checks names_venue_bodies.go: a venue's name that a
// body's word ends is the body's; a venue's or a building's word at the end
// keeps it a venue.
func TestBodyAfterVenue(t *testing.T) {
	for name, want := range map[string]bool{
		"Fenice Theatre Foundation": true, "National Theatre Company": true, "Tate Gallery Trust": true,
		"Bardo National Museum": false, "Barbican Centre": false, "Royal Albert Hall": false, "Globe Theatre": false,
	} {
		if got := bodyAfterVenue(name); got != want {
			t.Errorf("bodyAfterVenue(%q) = %v, want %v", name, got, want)
		}
	}
	for name, want := range map[string]bool{"Fenice Theatre Foundation": false, "Globe Theatre": true} {
		if got := venueName(name); got != want {
			t.Errorf("venueName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestMusicBodies checks the bodies' words of orchestras and schools of
// music (gazetteer's orgsuffixes.txt): a city's name before one is the
// body's name, not a place.
func TestMusicBodies(t *testing.T) {
	text := "He conducted the Berlin Philharmonic and the English Chamber Orchestra. Viotti studied at the Lausanne Conservatory."
	checkTypes(t, text, Extract("Headline\n\n"+text, time.Time{}), map[string]EntityType{
		"Berlin Philharmonic": Organization, "English Chamber Orchestra": Organization, "Lausanne Conservatory": Organization})
}
