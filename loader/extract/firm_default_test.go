package extract

import (
	"testing"
	"time"
)

// TestFirmsByOpener checks that names read as people's that open with a
// firm's first word are firms' unless the article shows they are people's.
func TestFirmsByOpener(t *testing.T) {
	if !firmOpeners["kidder"] || !firmOpeners["drexel"] || firmOpeners["john"] {
		t.Fatalf("firmOpeners: kidder %v, drexel %v, john %v", firmOpeners["kidder"], firmOpeners["drexel"], firmOpeners["john"])
	}
	pub := time.Date(1987, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The securities are rated B-2. Kidder Peabody, Merrill Lynch and Smith Barney co-managed the issues.",
			map[string]EntityType{"Kidder Peabody": Organization, "Merrill Lynch": Organization}},
		{"The offering was led by Drexel Burnham. The notes are non-callable for five years, Drexel said.",
			map[string]EntityType{"Drexel Burnham": Organization}},
		// people keep their type: a pronoun, a title, the surname alone
		{"Morgan Freeman said he would star in the film.",
			map[string]EntityType{"Morgan Freeman": Person}},
		{"Chinese Premier Li Peng arrived in Moscow on Monday.",
			map[string]EntityType{"Li Peng": Person}},
		{"The prize went to Sony Smith. Smith was not there to collect it.",
			map[string]EntityType{"Sony Smith": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

// TestLoneNames checks one-word names read as people's that the article
// never names in full: firms', unless a given name or shown a person's.
func TestLoneNames(t *testing.T) {
	pub := time.Date(2005, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Aid agencies welcomed the plan. Oxfam said the debt relief was a good start.",
			map[string]EntityType{"Oxfam": Organization}},
		// "the" before it, a pronoun after it that is not its own
		{"His income includes payments for being a consultant to the Tote and for his column in a newspaper.",
			map[string]EntityType{"Tote": Organization}},
		// a given name after a title, read as a body's for the "it" after it
		{"Fleet comptroller Irv Goss said it is estimated that the deal will result in minimal dilution.",
			map[string]EntityType{"Irv Goss": Person}},
		// a surname of a person named in full, a title, a given name
		{"Gordon Brown spoke in London. Brown said the plan was a good start.",
			map[string]EntityType{"Gordon Brown": Person}},
		{"Chancellor Brown said the plan was a good start.",
			map[string]EntityType{"Brown": Person}},
		// a surname news writes after a title ("President Putin"), which
		// the learned list counts
		{"The observers said the referendum [Putin’s plan for the region] had failed at the border.",
			map[string]EntityType{"Putin": Person}},
		{"We went to the market on Sunday. Sam said the strawberries were a good start.",
			map[string]EntityType{"Sam": Person}},
		// a name cut from a longer one, a misspelt surname
		{"Talks between Iran and a UN team led by Jan Eliasson began on Monday.",
			map[string]EntityType{"Eliasson": Person}},
		{"Finance Minister Mohamed Berada said aid was secured. Berrada said the debt would be paid.",
			map[string]EntityType{"Berrada": Person}},
		// a body's name that opens with a title word keeps it
		{"The cost could rise by 1989, the General Accounting Office said.",
			map[string]EntityType{"General Accounting Office": Organization}},
		{"Deputy State Department spokesman Phyllis Oakley said the talks went well.",
			map[string]EntityType{"State Department": Organization}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

// TestCommonWordNames checks names read as people's that hold a common word
// ("Twentieth Century Fox"), saints' places, and competitions read as bodies.
func TestCommonWordNames(t *testing.T) {
	pub := time.Date(2005, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Twentieth Century Fox is still to announce which format it will back, Matt Williams said.",
			map[string]EntityType{"Twentieth Century Fox": Organization, "Matt Williams": Person}},
		// a given name opens it, a particle, the last word of another name
		{"The report was praised by Jack Straw on Monday.",
			map[string]EntityType{"Jack Straw": Person}},
		{"In the mid-1990s, Osama bin Laden lived in Khartoum. Bin Laden later left for Afghanistan.",
			map[string]EntityType{"Osama bin Laden": Person}},
		// a firm's word ends the name; an amount of money is no name
		{"Southcorp bought the stake from Reline Investments, the family investment firm. Its shares were suspended at A$4.25 on Friday.",
			map[string]EntityType{"Reline Investments": Organization, "A$4.25": Other}},
		// a newspaper
		{"Wheat crops in east China suffered damage because of frost, the China Daily said.",
			map[string]EntityType{"China Daily": Organization}},
		// a saint's name for a town
		{"The championships will be held in St Etienne, France, next month.",
			map[string]EntityType{"St Etienne": Place}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
	// a competition is no body
	text := "She lost in the first round of the Australian Open in January."
	for _, e := range Extract(text, pub).Entities {
		if e.Name == "Australian Open" && e.Type != Other && e.Type != Event {
			t.Errorf("%q: Australian Open typed %v, want a competition", text, e.Type)
		}
	}
}
