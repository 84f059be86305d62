package extract

import "testing"

// TestBodyLead: an owner's noun or a base before a title's body, a seat on
// a board, a portfolio joined by "and" (before the body or the apposition's
// end), "whose" closing the phrase and "works for" as an employer.
func TestBodyLead(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Pipes\n\nWork is halted, said John Brown, a spokesman for the city’s Department of Design and Construction.",
			want: []string{`John Brown jobTitle "spokesman"`, "John Brown affiliation Department of Design and Construction"}},
		{text: "Pipes\n\n“Work is halted,” said Peter White, a member of the city's Planning Commission.",
			want: []string{`Peter White jobTitle "member"`, "Peter White affiliation Planning Commission"}},
		{text: "Halibut\n\n“They were first,” said Bob Alverson, a commissioner on the Seattle-based International Pacific Halibut Commission, which manages catch limits.",
			want: []string{`Bob Alverson jobTitle "commissioner"`, "Bob Alverson affiliation International Pacific Halibut Commission"}},
		// "on" after no seat's title holds no seat
		{text: "China\n\n“It is hard,” said John Smith, an expert on the Communist Party of China.",
			notWant: []string{"John Smith affiliation Communist Party of China"}},
		{text: "Thaw\n\nThe thaw worried Tasos Georgelis, deputy commissioner for water and sewer operations at the Department of Environmental Protection, which operates the water system.",
			want: []string{`Tasos Georgelis jobTitle "deputy commissioner for water and sewer operations"`, "Tasos Georgelis affiliation Department of Environmental Protection"}},
		// a portfolio joined by "and" that closes the apposition
		{text: "Kenya\n\nAnrew Omanga, former minister of tourism and wildlife, becomes minister of planning after Robert Ouko.",
			want:    []string{`Anrew Omanga jobTitle "former minister of tourism and wildlife"`},
			notWant: []string{`Anrew Omanga jobTitle "former minister of tourism"`}},
		{text: "Textiles\n\nPaul Channon, secretary for trade and industry, said Congress would hit EC shipments.",
			want: []string{`Paul Channon jobTitle "secretary for trade and industry"`}},
		{text: "Fish\n\n“It is hard,” said Ananth Iyer, a professor at Purdue University whose research includes supply chains.",
			want: []string{`Ananth Iyer jobTitle "professor"`, "Ananth Iyer affiliation Purdue University"}},
		{text: "Potholes\n\nPotholes form when water seeps into cracks, said Joe Carbone, who works for the Transportation Department, where he is known as the chief.",
			want: []string{"Joe Carbone affiliation Transportation Department"}},
		// works with partners, not an employer
		{text: "Aid\n\nJoe Carbone, who works with the Red Cross, said the roads were shut.",
			notWant: []string{"Joe Carbone affiliation Red Cross"}},
	})
}
