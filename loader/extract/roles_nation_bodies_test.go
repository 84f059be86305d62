package extract

import "testing"

// TestNationBeforeBodyTitle: a nation before a lower-case body phrase and a
// title names that body, not the nation; a nation before a bare title or a
// government department stays the affiliation.
func TestNationBeforeBodyTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Tulips\n\nPrices will fall, Dutch dairy trade association chairman Pieter Boskamp said on Monday.",
			want:    []string{`Pieter Boskamp jobTitle "dairy trade association chairman"`},
			notWant: []string{"Pieter Boskamp affiliation Netherlands"}},
		{text: "Wheat\n\nFrench farmers union leader Henri Duval told reporters the quotas were too low.",
			notWant: []string{"Henri Duval affiliation France"}},
		{text: "Steel\n\nThe cuts are needed, said German steel federation president Klaus Bremer.",
			notWant: []string{"Klaus Bremer affiliation Germany"}},
		// a sport's name is no body: the nation's side
		{text: "Rugby\n\nThe former England rugby union captain Martin Jones plays his testimonial in June.",
			want: []string{"Martin Jones nationality England"}},
		// a nation's minister serves the nation
		{text: "Wheat\n\nFrench agriculture minister Henri Duval told reporters the quotas were too low.",
			want: []string{"Henri Duval affiliation France"}},
	})
}
