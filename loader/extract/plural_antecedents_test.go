package extract

import "testing"

// TestPluralAntecedents: "they", "the two", "the pair" after two people
// named together as a sentence's subject stand for them; after a subject
// of one person and things, for no one.
func TestPluralAntecedents(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Taxes\n\nSenator John Smith and Governor Mary Jones spoke about taxes on Monday. The two were together at an early October fundraiser.",
			want: []string{"Event attendee John Smith", "Event attendee Mary Jones", "John Smith met Mary Jones"}},
		{text: "Taxes\n\nSenator John Smith and Governor Mary Jones spoke about taxes on Monday. They met in Boston in October.",
			want: []string{"John Smith met Mary Jones"}},
		{text: "Taxes\n\nSenator John Smith criticised the banks and Governor Mary Jones on Monday. They met in Boston in October.",
			notWant: []string{"John Smith met Mary Jones"}},
		// three named: "the two" is not all of them
		{text: "Taxes\n\nJohn Smith, Mary Jones and Peter Brown spoke about taxes on Monday. The two were together at a fundraiser in October.",
			notWant: []string{"John Smith met Mary Jones", "Mary Jones met Peter Brown"}},
		{text: "Taxes\n\nSenator John Smith and Governor Mary Jones spoke about taxes on Monday. They were not together at the fundraiser.",
			notWant: []string{"John Smith met Mary Jones"}},
	})
}

// TestPluralAttended: "Both attended the hearing", "The two attended a
// fundraiser" put at the event the two people named together as the
// subject of the sentence before, past a lower-case word of a post ("state
// Sen."); not when the sentence before names more than two.
func TestPluralAttended(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hearing\n\nSenator John Smith and Senator Mary Jones have clashed often. Both attended the hearing on Wednesday.",
			want: []string{"Event attendee John Smith", "Event attendee Mary Jones"}},
		{text: "Funds\n\nRep. Jake Auchincloss and state Sen. Barry Finegold have known each other for years. The two were together at an early October fundraiser in Boston.",
			want: []string{"Event attendee Jake Auchincloss", "Event attendee Barry Finegold"}},
		{text: "Hearing\n\nJohn Smith, Mary Jones and Ann Lee have clashed often. Both attended the hearing on Wednesday.",
			notWant: []string{"Event attendee John Smith"}},
	})
}
