package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestPlaceShapes checks names read as people's that their own words make
// places or firms, and the people whose given name keeps them people.
func TestPlaceShapes(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The St Lawrence Seaway and the Welland Canal will open to shipping next month.",
			map[string]EntityType{"St Lawrence Seaway": Place}, []string{"Lawrence Seaway"}},
		{"Miners at the Kriel Colliery returned to work after a two-day strike, the company said.",
			map[string]EntityType{"Kriel Colliery": Place}, nil},
		{"Tankers were delayed in the Hormuz Strait after the attack, shipping sources said.",
			map[string]EntityType{"Hormuz Strait": Place}, nil},
		{"The tourists camped at Wadi Musa before driving south to the coast.",
			map[string]EntityType{"Wadi Musa": Place}, nil},
		{"Analysts said Hilton International would report higher profits this year.",
			map[string]EntityType{"Hilton International": Organization}, nil},
		// a given name opens a person's name: "Lane" and "Field" are surnames
		{"Nathan Lane and Frank Field attended the dinner in London on Monday.",
			map[string]EntityType{"Nathan Lane": Person, "Frank Field": Person}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestShapeType checks the type a name's words give it.
func TestShapeType(t *testing.T) {
	for _, c := range []struct {
		name string
		want EntityType
		ok   bool
	}{
		{"White Hart Lane", Place, true},
		{"Lawrence Seaway", Place, true}, // no surname is "Seaway"
		{"River Thames", Place, true},
		{"Ted Bates Worldwide", Organization, true},
		{"Nathan Lane", "", false},
		{"Mike Lake", "", false},
		{"Lane", "", false}, // one word: a surname
		{"John Smith", "", false},
	} {
		var ts []nlp.Token
		for _, w := range strings.Fields(c.name) {
			ts = append(ts, nlp.Token{Text: w, Tag: "NNP"})
		}
		got, ok := shapeType(ts)
		if got != c.want || ok != c.ok {
			t.Errorf("shapeType(%q) = %v, %v, want %v, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// TestDayTail checks the weekday cut from a name in wire copy, and the
// names of days and papers that keep theirs.
func TestDayTail(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Traders said the Chicago Board of Trade Monday raised margins on soybean futures.",
			map[string]EntityType{"Chicago Board of Trade": Organization}, []string{"Chicago Board of Trade Monday"}},
		{"The Mail on Sunday reported that the minister would resign.",
			nil, []string{"Mail"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestParticleGivenNames checks a person's name joined by an Italian or
// a Kenyan particle.
func TestParticleGivenNames(t *testing.T) {
	checkNames(t, "Italy have drafted in Marco dal Lago at open-side for the match in Rome.",
		map[string]EntityType{"Marco dal Lago": Person}, []string{"Lago"})
}
