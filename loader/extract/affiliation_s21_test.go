package extract

import (
	"slices"
	"testing"
	"time"
)

// TestAwardedFor: the name after "for" and an award's words is what the
// award was for, no body (affiliation-seed151 row 8); "scored for Arsenal"
// stays the club's.
func TestAwardedFor(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "British actress Imelda Staunton won best actress, while Liam Neeson won best actor for Kinsey.",
			notWant: []string{"Liam Neeson affiliation Kinsey"}},
		{text: "Lauren, Patrick Vieira, Freddie Ljungberg and Ashley Cole scored for Arsenal, while Andy Gray was on target for the Blades.",
			want: []string{"Ashley Cole affiliation Arsenal"}},
		{text: "Sideways was named best film.\n\nThe US movie also picked up four other accolades including best director for Alexander Payne and supporting actor for Thomas Haden Church.",
			notWant: []string{"Alexander Payne affiliation Thomas Haden Church"}},
	})
}

// TestOneLetterPerson: "reporter R." cut at the initial by the sentence
// split names no one (affiliation-seed151 row 38).
func TestOneLetterPerson(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Action should be delayed until the Supreme Court ruled on the appeal of an insider trading conviction by former Wall Street Journal reporter R. Foster Winans.\n\nThe court said no.",
			notWant: []string{"R affiliation Wall Street Journal"}},
	})
}

// TestFiledCountryBody: a generic body the article's country has no known
// body of, in a story filed from a country that has one, is the filing
// capital is the capital's country's ("Treasury Secretary James Baker" in a
// story from Washington about Japan: affiliation-seed150 row 41); from
// another city of it, the article's country's.
func TestFiledCountryBody(t *testing.T) {
	const text = "Japan's Fujitsu abandoned its bid, and Japanese makers were angry.\n\nJapan's officials said the group will go before Treasury Secretary James Baker's council."
	for _, c := range []struct{ dateline, want, notWant string }{
		{"WASHINGTON", "Treasury Department", "Japan Treasury"},
		{"MIAMI", "Japan Treasury", "Treasury Department"},
		{"TOKYO", "Japan Treasury", "Treasury Department"},
	} {
		doc := Rules{}.ExtractFiled(text, time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), c.dateline)
		names := namesOfType(doc, Organization)
		if !slices.Contains(names, c.want) || slices.Contains(names, c.notWant) {
			t.Errorf("dateline %q: organisations %q, want %q and no %q", c.dateline, names, c.want, c.notWant)
		}
	}
}

// TestPartyMemberOpens: a party's member word opening a person's name is
// no part of it (affiliation-seed150 row 13, "Democrat William Proxmire").
func TestPartyMemberOpens(t *testing.T) {
	doc := Extract("Johnston, of Louisiana, and fellow Democrat William Proxmire of Wisconsin accused the administration.\n\nBut Tory Dominic Grieve disagreed, and Liberal Democrat Paul Tyler agreed.", time.Time{})
	var names []string
	for _, e := range doc.Entities {
		if e.Type == Person {
			names = append(names, e.Name)
		}
	}
	for _, w := range []string{"William Proxmire", "Dominic Grieve", "Paul Tyler"} {
		if !slices.Contains(names, w) {
			t.Errorf("persons %q, want %q among them", names, w)
		}
	}
}

// TestClippedAnd: a brand joined by a clipped "and" is one name, and so is
// its short form opening a sentence (affiliation-seed151 row 42, "Pak
// Stores Inc").
func TestClippedAnd(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Investor Paul Bilzerian offered to buy the Pay 'N Pak Stores Inc stock he does not own.\n\nHe wrote to Pay 'N Pak Chairman David Heerensperger.",
			want:    []string{"David Heerensperger affiliation Pay 'N Pak Stores Inc"},
			notWant: []string{"David Heerensperger affiliation Pak Stores Inc", "David Heerensperger affiliation Pak"}},
	})
}

// TestCutAfterPlace: one unknown word right after a place, cut from the
// body named after the place, is no body (affiliation-seed123 row 29,
// "Ontario Hydro spokeswoman"); a known body after a place stays one.
func TestCutAfterPlace(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Ontario Hydro spokeswoman Christina Warren told Reuters the blackout occurred.",
			notWant: []string{"Christina Warren affiliation Hydro"}},
		{text: "Michigan Bell spokesman John Smith said the lines were cut.",
			notWant: []string{"John Smith affiliation Bell"}},
	})
}
