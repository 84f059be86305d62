package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestKnownAsBodies checks that "known as", and "called" after "a", name a
// body when a noun of bodies heads the phrase before them, and only then.
func TestKnownAsBodies(t *testing.T) {
	checkNames(t, "A group of retired teachers, known as The Kitchen Table Crew, backed the mayor on Monday.",
		map[string]EntityType{"Kitchen Table Crew": Organization}, nil)
	checkNames(t, "The banks formed a consortium known as the Harbour Consortium to bid for the port.",
		map[string]EntityType{"Harbour Consortium": Organization}, nil)
	checkNames(t, "Police arrested members of a gang called Black Lantern in Leeds on Monday.",
		map[string]EntityType{"Black Lantern": Organization}, nil)
	checkNames(t, "The leader of the group, known as Jack Hardy, was arrested in Leeds.",
		map[string]EntityType{"Jack Hardy": Person}, nil) // may be the leader's name: no body
	checkNames(t, "Jo Bell, of an industry research firm, called the March figures excellent.",
		nil, []string{"March"}) // the verb
	checkNames(t, "A man known as Jack Hardy was arrested in Leeds.",
		map[string]EntityType{"Jack Hardy": Person}, nil) // no body's noun
	// the body found, "the group's founder" stands for it
	runRules(t, []ruleCase{
		{text: "One group of senior organizers, known as The Kitchen Table Crew, backed Jane Morton for mayor. " +
			"The group's founder, Ruth Abney, is a force in local politics.",
			want: []string{"Ruth Abney affiliation Kitchen Table Crew"}},
	})
}

// TestKnownAsHeadDeterminer checks the phrase read before the cue.
func TestKnownAsHeadDeterminer(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"a political action group known as", "a"},
		{"one group of now mostly senior organizers , known as", "one"},
		{"the band known as", "the"},
		{"members of the group known as", ""},
		{"a man known as", ""},
		{"an area known as", ""},
	} {
		s := &sentence{}
		for _, w := range strings.Fields(c.text) {
			s.toks = append(s.toks, nlp.Token{Text: w})
		}
		cue := len(s.toks) - 2
		if got := knownAsHeadDeterminer(s, cue); got != c.want {
			t.Errorf("knownAsHeadDeterminer(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
