package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestCapitalsThatSayNothing: names read only in title-case headings, in a
// common word opening a sentence or in a line of code are dropped; names the
// prose gives, known places and people named in full stay (Other: no entity).
func TestCapitalsThatSayNothing(t *testing.T) {
	pub := time.Date(2022, 4, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Change Font Size of Axis Text\n\nThe plot uses a larger font for the axis text.",
			map[string]EntityType{"Axis Text": Other}},
		{"Watering & Feeding\n\nWater the plant every week in summer.\n\nSpider Mites\n\nSpider mites like dry air.",
			map[string]EntityType{"Watering & Feeding": Other, "Spider Mites": Other}},
		{"Drainage matters most. Pots need good drainage.",
			map[string]EntityType{"Drainage": Other}},
		{"Health is wealth, they say.",
			map[string]EntityType{"Health": Other}},
		// the prose names it: the heading's name stands
		{"Microsoft Buys Nuance for Billions\n\nMicrosoft said on Monday it would buy Nuance Communications.",
			map[string]EntityType{"Microsoft": Organization}},
		// a place the gazetteer knows, a person named in full
		{"Best Hotels in Barcelona for Families\n\nThe city has many.",
			map[string]EntityType{"Barcelona": Place}},
		{"Photo by Anna Kovacs/Reuters", map[string]EntityType{"Anna Kovacs": Person}},
		// a one-word name opening a sentence that news always capitalises
		{"Blair spoke in Chicago on Monday.", map[string]EntityType{"Blair": Person}},
		// code
		{"Set the variables first.\n\nYAGNA_API_URL, base URL to Golem REST API, e.g. http://localhost:7500\n\ndata <- data.frame(Probability = c(0.5, 0.7))",
			map[string]EntityType{"URL": Other, "Golem": Other, "Probability": Other}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}

func TestCodeLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"my_ggp <- ggplot(data, aes(x = Groups))", true},
		{"YAGNA_API_URL, base URL to yagna REST API, e.g. http://localhost:7500", true},
		{"$ pip install yapapi", false}, // one mark only
		{"The minister said x = 5 was wrong.", false},
		{"Visit https://example.org for details.", false},
		{"for (i in 1:10) { print(i) }", true},
	} {
		ss := nlp.Analyse(c.line)
		if len(ss) != 1 {
			t.Fatalf("%q: %d sentences", c.line, len(ss))
		}
		if got := codeLine(ss[0].Tokens); got != c.want {
			t.Errorf("codeLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
