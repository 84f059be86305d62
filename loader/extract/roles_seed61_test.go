package extract

import "testing"

// TestAffiliationSeed61: seed61's wrong affiliations by mechanism: a
// continent or region after "for" is a title's portfolio, not its employer.
func TestAffiliationSeed61(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Chester Crocker, assistant secretary of state for Africa, said he believed Congress will favour the program.",
			notWant: []string{"Chester Crocker affiliation Africa"}},
		{text: "Denis MacShane, the minister for Europe, said the talks would go on.",
			notWant: []string{"Denis MacShane affiliation Europe"}},
		{text: "John Allen, a spokesman for Xerox Corp, said the company would not comment.",
			want: []string{"John Allen affiliation Xerox Corp"}},
	})
}

// TestNationalityNoBody: a nationality before an occupation does not
// resolve to a body whose name begins with it.
func TestNationalityNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Ex-Welsh Office Minister Lord Roberts denied it.\n\nAs a solicitor, Elfyn Llwyd represented Welsh singer Bryn Fon when he was arrested.",
			notWant: []string{"Bryn Fon affiliation Welsh Office"}},
	})
}

// TestPlacePossessiveBody: a place's possessive before a body's name after
// a title gives the body, not the place.
func TestPlacePossessiveBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Conductor Marcello Viotti, director of Venice's famous La Fenice Theatre, has died in Germany at 50.",
			notWant: []string{"Marcello Viotti affiliation Venice"}},
		{text: "CalMat Co said it sued Industrial Equity (Pacific) Ltd and Ronald Langley, president of Industrial Equity's North American operations.",
			// one firm with its bracketed name (names_bracket_firms.go)
			want: []string{"Ronald Langley affiliation Industrial Equity (Pacific) Ltd"}},
	})
}

// TestCreatorNoBody: the creator of a work does not work for it; a firm's
// founder does.
func TestCreatorNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "One of the new shows will be the animated series American Dad, made by Seth MacFarlane, the creator of Family Guy.",
			notWant: []string{"Seth MacFarlane affiliation Family Guy"}},
		{text: "Bill Gates, the founder of Microsoft Corp, said the company would grow.",
			want: []string{"Bill Gates affiliation Microsoft Corp"}},
	})
}

// TestSurveyNoBody: the body behind a poll or survey employs no one named
// near it.
func TestSurveyNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The band once fronted by Ozzy Osbourne led a poll of Kerrang!",
			notWant: []string{"Ozzy Osbourne affiliation Kerrang"}},
		{text: "John Allen, a spokesman for Xerox Corp, said the company would not comment.",
			want: []string{"John Allen affiliation Xerox Corp"}},
	})
}
