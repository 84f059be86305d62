package extract

import "testing"

func TestDescribedTitle(t *testing.T) {
	for in, want := range map[string]string{
		"deaf actress":                 "actress",
		"21-year-old defender":         "defender",
		"two-goal striker":             "striker",
		"chart-topping singer":         "singer",
		"self-described lawyer":        "lawyer",
		"star skipper":                 "skipper",
		"part-time cleaner":            "part-time cleaner",
		"Prince":                       "",
		"prince":                       "",
		"Queen and Prince":             "",
		"Crown Prince":                 "Crown Prince",
		"Foreign Minister":             "Foreign Minister",
		"deaf":                         "deaf",
		"proud Labour leader":          "proud Labour leader",
		"straight-talking former head": "former head",
	} {
		if got := describedTitle(in); got != want {
			t.Errorf("describedTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDescribedTitleInSentences: the wrong kinds of the blind samples
// (seed125, seed126, seed127) read from whole sentences.
func TestDescribedTitleInSentences(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Paul Newman won the best actor Oscar, and deaf actress Marlee Martin was named best actress.",
			want:    []string{`Marlee Martin jobTitle "actress"`},
			notWant: []string{`Marlee Martin jobTitle "deaf actress"`}},
		{text: "Spurs had also made an undisclosed offer for 21-year-old defender Michael Dawson.",
			want:    []string{`Michael Dawson jobTitle "defender"`},
			notWant: []string{`Michael Dawson jobTitle "21-year-old defender"`}},
		{text: "Prince Charles and Camilla Parker Bowles are awaiting the nation's reaction.",
			notWant: []string{`Charles jobTitle "Prince"`, `Prince Charles jobTitle "Prince"`}},
		{text: "The brands sold were Prince Albert, Carter Hall, Apple and Royal Comfort.",
			notWant: []string{`Albert jobTitle "Prince"`}},
		{text: "Crown Prince Abdullah met the delegation in Riyadh on Monday.",
			want: []string{`Abdullah jobTitle "Crown Prince"`}},
	})
}

// TestFirmPartnerNoPerson: a person's name that goes on into a firm's name
// ("Brown Boveri und Cie") holds no post there (blind seed127 jobTitle row 5).
func TestFirmPartnerNoPerson(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Fritz Leutwiler, chairman of BBC AG Brown Boveri und Cie and a former Swiss National Bank president, urged the National Bank to act.",
			notWant: []string{`Brown Boveri jobTitle "chairman"`}},
	})
}
