package extract

import "testing"

// TestStageNames checks names_stage_names.go: a number or "The" opening a
// performer's name after a trade or a band noun, and a stage name a real
// name follows.
func TestStageNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		// a number opens a rapper's name: one person, not "Pence" alone
		{"The show was closed by rapper 60 Pence and two dancers.",
			map[string]EntityType{"60 Pence": Person}, []string{"Pence"}},
		// "The" opens a rapper's name (the entity's name drops it, as every name)
		{"Chicago rapper The Riddle has signed a new deal.",
			map[string]EntityType{"Riddle": Person}, nil},
		// "The" opens a band's name after "group"
		{"Glasgow group The Tinsmiths have topped the chart again.",
			map[string]EntityType{"Tinsmiths": Organization}, nil},
		// a year after "rapper" opens no name
		{"He was named rapper 2004 Best Newcomer by the magazine.",
			nil, []string{"2004 Best Newcomer"}},
		// a real name after a comma: the name before it is a person's,
		// here and wherever the story names it again
		{"Kestrel, whose real name is Ann Wilkes, has sold a million records. Kestrel will tour in May.",
			map[string]EntityType{"Kestrel": Person, "Ann Wilkes": Person}, nil},
		{"The court heard that Big Vole - real name Tom Price - had left early.",
			map[string]EntityType{"Big Vole": Person}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
