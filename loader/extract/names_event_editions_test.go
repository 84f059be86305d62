package extract

import (
	"slices"
	"testing"
	"time"
)

// TestEventEditions checks that a year before a recurring event's name is
// taken into it, the name without the year kept as the node's alias, and
// that wars, games named by their city and coordinated years keep theirs.
func TestEventEditions(t *testing.T) {
	for _, c := range []struct {
		text  string
		want  map[string]EntityType
		not   []string
		alias string
	}{
		{"The company expects to benefit from the acceptance of bowling in the 1988 Summer Olympics as an exhibition sport.",
			map[string]EntityType{"1988 Summer Olympics": Event}, []string{"Summer Olympics"}, "Summer Olympics"},
		{"They won best pop act at the 2004 Brit Awards and were nominated for best British group.",
			map[string]EntityType{"2004 Brit Awards": Event}, []string{"Brit Awards"}, "Brit Awards"},
		{"He won the 1998 World Cup and 2000 European Championship with France.",
			map[string]EntityType{"1998 World Cup": Event, "2000 European Championship": Event}, nil, "European Championship"},
		{"She missed the entire 2005 Golden Globe Awards with a cold.",
			map[string]EntityType{"2005 Golden Globe Awards": Event}, []string{"Golden Globe Awards"}, "Golden Globe Awards"},
		{"Collins worked with the British teams at the 2000 and 2004 Olympics.",
			nil, []string{"2004 Olympics"}, ""},
		{"Exports grew at that rate until the 1973 Yom Kippur War.",
			map[string]EntityType{"Yom Kippur War": Event}, []string{"1973 Yom Kippur War"}, ""},
		{"Kenteris won 200m gold at the 2000 Sydney Olympics, while Thanou won silver in the 100m.",
			map[string]EntityType{"Sydney Olympics": Event}, []string{"2000 Sydney Olympics"}, ""},
	} {
		checkNames(t, c.text, c.want, c.not)
		if c.alias == "" {
			continue
		}
		doc := Extract("Headline\n\n"+c.text, time.Time{})
		found := false
		for _, e := range doc.Entities {
			found = found || e.Type == Event && slices.Contains(e.Aliases, c.alias)
		}
		if !found {
			t.Errorf("%q: no event with alias %q: %+v", c.text, c.alias, doc.Entities)
		}
	}
}
