package extract

import "testing"

// TestBodyExperts: "the BODY expert" after one person is named stands for
// that person and gives the body, no job title (roles_described_experts.go);
// with two people before it, nobody.
func TestBodyExperts(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Diets\n\nProfessor Mary Holt said shaming is wrong. The University of Leeds expert continued, \"It makes people feel worse.\"",
			want: []string{"Mary Holt affiliation University of Leeds"}, notWant: []string{`Mary Holt jobTitle "expert"`, `Mary Holt jobTitle "University of Leeds expert"`}},
		{text: "Diets\n\nMary Holt and Tom Reed said shaming is wrong. The University of Leeds expert added that it makes people feel worse.",
			notWant: []string{"Mary Holt affiliation University of Leeds", "Tom Reed affiliation University of Leeds"}},
	})
}
