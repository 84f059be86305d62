package extract

import "testing"

// TestMixedSubjects: a body and a person named as one subject of a meeting
// verb both take part and are one side: each met the other side, not each
// other, even where the other side is not read (syntax_subjects.go
// partyTypes, met_co_subjects.go).
func TestMixedSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Merger\n\nLawyers said Nordwerk AG and Peter Quill met with Rolf Berg in November.",
			want:    []string{"Nordwerk AG met Rolf Berg", "Peter Quill met Rolf Berg"},
			notWant: []string{"Peter Quill met Nordwerk AG", "Nordwerk AG met Peter Quill"}},
		{text: "Merger\n\nLawyers said Nordwerk AG and Peter Quill met with Rolf Berg in November and continued to meet with them until May.",
			notWant: []string{"Peter Quill met Nordwerk AG", "Nordwerk AG met Peter Quill"}},
	})
}
