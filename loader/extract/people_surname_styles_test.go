package extract

import "testing"

// TestSurnameStyles: "Mr Howard" is not Howard Flight, whose given name is
// Howard (blind seed112); "Mr Flight" is.
func TestSurnameStyles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Sacked MP Howard Flight's local association has insisted he will not be its candidate.\n\nMr Flight landed in trouble over remarks on tax.\n\nAt a news conference, Mr Howard insisted he had played by the party's rules.",
			want: []string{"Event attendee Howard"}, notWant: []string{"Event attendee Howard Flight"}},
	})
}

// TestSurnameStylesKeep: a surname after its style still joins the full
// name, and a given name without one still may.
func TestSurnameStylesKeep(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Howard Flight was sacked as an MP.\n\nAt a news conference, Mr Flight insisted he had played by the party's rules.",
			want: []string{"Event attendee Howard Flight"}},
	})
}

// TestSurnameStylesLaterWord: a word after the given name is a surname of
// its own ("Mr Lula" of "Luiz Inacio Lula da Silva", judged seed45).
func TestSurnameStylesLaterWord(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Brazil's President Luiz Inacio Lula da Silva spoke on Monday.\n\nThe proposals were opposed in the past by leftist parties, including Mr Lula's Worker Party.",
			want: []string{"Luiz Inacio Lula da Silva affiliation Worker Party"}},
	})
}

// TestSurnameStylesFamilyFirst: a family name written first is what the
// article styles ("Mr Park" of "Park Seung").
func TestSurnameStylesFamilyFirst(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Bank of Korea governor Park Seung spoke on Monday.\n\nAt a news conference, Mr Park said rates would stay low.",
			want: []string{"Event attendee Park Seung"}},
	})
}
