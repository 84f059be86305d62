package extract

import (
	"testing"
	"time"
)

// TestLonePeople checks one-word names the article never names in full
// that modern copy still shows are people's: met with, spoke with, a
// speech verb taken up by "he" or "she" in the next sentence, "Mr", a
// person's possessive ("X's wife"), a verb only people take.
func TestLonePeople(t *testing.T) {
	pub := time.Date(2024, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Mottley met with Holness in Kingston on Monday.",
			map[string]EntityType{"Mottley": Person, "Holness": Person}},
		{"Obama spoke in Chicago. He said the plan would work.",
			map[string]EntityType{"Obama": Person}},
		{"The vote was close. Mr Zelnik said the result was fair.",
			map[string]EntityType{"Zelnik": Person}},
		{"Zelnik's wife was at the hearing on Monday.",
			map[string]EntityType{"Zelnik": Person}},
		{"Zelnik was born in Ohio and moved west.",
			map[string]EntityType{"Zelnik": Person}},
		{"Zelnik told reporters the deal was off.",
			map[string]EntityType{"Zelnik": Person}},
		{"The talks went well. Zelnik phoned Okonjo on Friday.",
			map[string]EntityType{"Zelnik": Person, "Okonjo": Person}},
		{"The bill passed on Monday. Obama spoke.",
			map[string]EntityType{"Obama": Person}},
		{"Tip O'Neill served as Speaker of the House. The bill passed.",
			map[string]EntityType{"Tip O'Neill": Person}},
		// a nickname in quotes between a given name and the surname: one
		// person (names_nicknames.go), no part of it a body
		{"That is the view of football coach Renaldo “Peewee” Gilkes as the Tridents prepare for four games.",
			map[string]EntityType{"Renaldo “Peewee” Gilkes": Person, "Peewee": Other, "Gilkes": Other}},
		// firms keep their type
		{"Aid agencies welcomed the plan. Oxfam said the debt relief was a good start.",
			map[string]EntityType{"Oxfam": Organization}},
		{"Yahoo's shares rose on Monday.",
			map[string]EntityType{"Yahoo": Organization}},
		{"The ruling was appealed. Asked why, Dorrit's lawyers said the ban was not hunting.",
			map[string]EntityType{"Dorrit": Organization}},
		{"In the antiulcer market, Tagamet has met stiff competition.",
			map[string]EntityType{"Tagamet": Organization}},
		{"Aid agencies welcomed the plan. Oxfam spoke out against it.",
			map[string]EntityType{"Oxfam": Organization}},
		{"Aid agencies welcomed the plan. Oxfam said the relief Gordon Brown offered was a good start. He said it was late.",
			map[string]EntityType{"Oxfam": Organization}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

// TestSurnamesShownPeople checks a one-word body's name that is the surname
// of a person named in full: the person's when a sentence shows it.
func TestSurnamesShownPeople(t *testing.T) {
	pub := time.Date(2020, 2, 18, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Michael Bloomberg spoke on Monday. Bloomberg now denies he ever said any of that.",
			map[string]EntityType{"Michael Bloomberg": Person, "Bloomberg": Other}},
		// no sign of a person: the news agency
		{"Michael Bloomberg spoke on Monday. The figures were first reported by Bloomberg.",
			map[string]EntityType{"Michael Bloomberg": Person, "Bloomberg": Organization}},
		// no one of that surname: the news agency
		{"Shares fell on Monday. Bloomberg said the figures were late.",
			map[string]EntityType{"Bloomberg": Organization}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

// TestThinkerNames checks one-word names an explainer shows are people's
// by the ideas they put forward: the owner of a theory or a model, the
// subject of ", who believed"; a firm's possessive of a product keeps its
// type, and a label's name gets no title from "the leader" after a colon.
func TestThinkerNames(t *testing.T) {
	pub := time.Date(2024, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Hursey and Blanchard’s Situational Model: According to this model, the leader has to adopt a style.",
			map[string]EntityType{"Blanchard": Person, "Hursey": Person}},
		{"This model is given by Tannenbaum and Schmidt, who believed that there are several styles.",
			map[string]EntityType{"Tannenbaum": Person, "Schmidt": Person}},
		{"Zelnik's theory of markets is taught widely.",
			map[string]EntityType{"Zelnik": Person}},
		// firms keep their type
		{"Aid agencies welcomed the plan. Oxfam said the debt relief was a good start.",
			map[string]EntityType{"Oxfam": Organization}},
		{"Yahoo's shares rose on Monday.",
			map[string]EntityType{"Yahoo": Organization}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

// TestLabelNoTitle checks that "the leader" after a label's colon gives no
// title to the person the label names, while a description in the next
// sentence still takes up the person named before.
func TestLabelNoTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Styles vary. Hursey and Blanchard’s Situational Model: According to this model, the leader has to adopt a style.",
			notWant: []string{`Blanchard jobTitle "leader"`}},
		{text: "Jack Straw said the talks would go on. The foreign secretary told MPs the plan was sound.",
			want: []string{`Jack Straw jobTitle "foreign secretary"`}},
	})
}
