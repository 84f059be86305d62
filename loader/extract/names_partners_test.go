package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestFirmsLegalNames checks firms' legal names that commas, "and" and the
// wire's sign-off cut or join: Other in want means no such entity.
func TestFirmsLegalNames(t *testing.T) {
	pub := time.Date(1987, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		// a partnership's name across a comma
		{"Hutton had been in talks with Purolator's adviser, Dillon, Read and Co since late December.",
			map[string]EntityType{"Dillon, Read and Co": Organization, "Read and Co": Other, "Dillon": Other}},
		{"The offering is led by Ladenburg, Thalmann and Co and Moseley Holding Corp.",
			map[string]EntityType{"Ladenburg, Thalmann and Co": Organization, "Moseley Holding Corp": Organization}},
		{"The economist at Smith Barney, Harris Upham and Co. said rates would rise.",
			map[string]EntityType{"Smith Barney, Harris Upham and Co.": Organization}},
		// ... not the last of a list, nor after a firm's own name or a place
		{"The managers are Lazard Freres, Morgan Grenfell, Read and Co and Kleinwort.",
			map[string]EntityType{"Morgan Grenfell, Read and Co": Other}},
		{"Shares were sold by Salomon Brothers, Read and Co and others.",
			map[string]EntityType{"Salomon Brothers, Read and Co": Other}},
		{"The shop opened in Paris, Read and Co said on Monday.",
			map[string]EntityType{"Paris, Read and Co": Other}},
		// a legal form ends a name: "and" after it joins two
		{"Only a few companies such as Electrolux AB and Pepsico Inc have arranged one.",
			map[string]EntityType{"Electrolux AB": Organization, "Pepsico Inc": Organization, "Electrolux AB and Pepsico Inc": Other}},
		// the wire's sign-off after an abbreviation is no part of a name,
		// and the sentence it closes is prose, not a heading
		{"The dealers for the program are Barclays de Zoete Wedd, Credit Suisse First Boston Ltd, Goldman Sachs International and S.G. Warburg and Co Ltd. REUTER",
			map[string]EntityType{"S.G. Warburg and Co Ltd.": Organization, "Credit Suisse First Boston Ltd": Organization, "Goldman Sachs International": Organization}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

// TestBodyFirstWords checks that the first words of one body's longer name
// are that body in the article, and that a weekday after a name is no part
// of it.
func TestBodyFirstWords(t *testing.T) {
	pub := time.Date(1987, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text     string
		entities []string // "Name (alias, ...)" or "Name" for each entity that must be there
		not      []string // names no entity may have
	}{
		{"Commercial Union Assurance said it is arranging a facility. Commercial Union has had a paper program since 1985.",
			[]string{"Commercial Union Assurance (Commercial Union)"}, []string{"Commercial Union"}},
		{"The deal was struck with Hutton Friday, a Hutton spokesman said.",
			nil, []string{"Hutton Friday"}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		got := map[string]bool{}
		for _, e := range doc.Entities {
			n := e.Name
			if len(e.Aliases) > 0 {
				n += " (" + strings.Join(e.Aliases, ", ") + ")"
			}
			got[n] = true
			got["name:"+e.Name] = true
		}
		for _, w := range c.entities {
			if !got[w] {
				t.Errorf("%q: no entity %q; got %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got["name:"+w] {
				t.Errorf("%q: unexpected entity %q", c.text, w)
			}
		}
	}
}

// TestTwoFirmsJoined checks names joined by "and" that are two firms' and
// those that are one body's.
func TestTwoFirmsJoined(t *testing.T) {
	pub := time.Date(2005, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Sony Pictures Entertainment and MGM Studios have already staked their allegiance with the format.",
			map[string]EntityType{"Sony Pictures Entertainment": Organization, "MGM Studios": Organization, "Sony Pictures Entertainment and MGM Studios": Other}},
		{"Members of the Amalgamated Engineering and Electrical Union voted on Monday.",
			map[string]EntityType{"Amalgamated Engineering and Electrical Union": Organization}},
		{"The audit was done by Arthur Andersen and Co last year.",
			map[string]EntityType{"Arthur Andersen": Other}},
		// two words the article names apart are two names, kin is a person
		{"Reliance Industries is run by his brother Mukesh. Mukesh spoke of ownership issues. Others blame the investment by Mukesh and Reliance in a phone venture.",
			map[string]EntityType{"Mukesh": Person, "Reliance Industries": Organization, "Mukesh and Reliance": Other}},
		// a firm by its context is no person's first name
		{"Analyst Fitch Chen said the notes were sound. They are rated A-2 by Moody's and A by Fitch's.",
			map[string]EntityType{"Fitch": Organization, "Fitch Chen": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

// TestNamedApart checks the words an article names apart from "a and b".
func TestNamedApart(t *testing.T) {
	for _, c := range []struct {
		text, a, b string
		want       bool
	}{
		{"Reliance Industries is run by Mukesh. The investment by Mukesh and Reliance grew.", "Mukesh", "Reliance", true},
		{"Shares in Marks and Spencer rose. Marks & Spencer said sales were up.", "Marks", "Spencer", false},
		{"Mukesh spoke. The investment by Mukesh and Reliance grew.", "Mukesh", "Reliance", false},
		{"Reliance Industries grew. The investment by Mukesh and Co grew.", "Mukesh", "Co", false},
	} {
		x := newExtractor(c.text, nlp.Analyse(c.text), time.Time{})
		if got := x.namedApart(c.a, c.b); got != c.want {
			t.Errorf("%q: namedApart(%q, %q) = %v, want %v", c.text, c.a, c.b, got, c.want)
		}
	}
}
