package extract

import "testing"

// TestDescribedTitleDisjoint checks roles_described_disjoint.go: a
// description is not the person its sentence names as a subject before it,
// may be a possessor named there, and stands for no one when the nearest
// sentence naming a person names only someone with another title.
func TestDescribedTitleDisjoint(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string // "person|title" facts wanted, and not wanted
	}{
		{"the speaker is not the one described",
			"Gordon Brown unveiled the budget on Wednesday. For the Lib Dems, Vince Cable said the chancellor had failed to deal with the looming problems.",
			[]string{"Gordon Brown|chancellor"}, []string{"Vince Cable|chancellor"}},
		{"a subject is not the one described",
			"Gordon Brown left for Africa. Mr Blair then changed his mind in June, amid suspicion the chancellor was manoeuvring against him.",
			[]string{"Gordon Brown|chancellor"}, []string{"Tony Blair|chancellor", "Blair|chancellor"}},
		{"a possessor may be",
			"The plans were published on Monday. Tony Blair's official spokesman declined to say whether the prime minister backed the plans.",
			[]string{"Tony Blair|prime minister"}, nil},
		{"no reaching past a titled person",
			"Labour's Paul Flynn said the pair had had a scorching from MPs. On Tuesday, Deputy Prime Minister John Prescott told BBC News that the troops had spoken. The book claims that at a dinner the prime minister told colleagues he would stand down.",
			nil, []string{"Paul Flynn|prime minister", "John Prescott|prime minister"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkJobTitles(t, tt.text, tt.want, tt.not) })
	}
}
