package extract

import "testing"

// TestContractedIs: "she's" and "who's" before a post are "she is" and "who
// is"; "she's been" is "she has been"; "'s" after a name stays a possessive,
// and "he's expected" gives no post.
func TestContractedIs(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Peanuts\n\n“It is a groundbreaking study,” says Katie Allen. She's the director of the Center for Food Research.",
			want: []string{`Katie Allen jobTitle "director"`, "Katie Allen affiliation Center for Food Research"}},
		{text: "Peanuts\n\n“It is a groundbreaking study,” says Katie Allen. She’s the director of the Center for Food Research.",
			want: []string{`Katie Allen jobTitle "director"`, "Katie Allen affiliation Center for Food Research"}},
		{text: "Peanuts\n\n“It works,” said Jane Doe. She's been the chief executive of Acme Corp since 2010.",
			want: []string{`Jane Doe jobTitle "chief executive"`, "Jane Doe affiliation Acme Corp"}},
		{text: "Peanuts\n\nThe study was praised by Jane Doe, who's the director of the Center for Food Research.",
			want: []string{`Jane Doe jobTitle "director"`, "Jane Doe affiliation Center for Food Research"}},
		{text: "Vote\n\n“It works,” said Jane Doe. She's expected to be the chief executive of Acme Corp.",
			notWant: []string{`Jane Doe jobTitle "chief executive"`}},
	})
}

// TestUnitParentEnd: the title's body is a unit ("the Center for ...") of a
// larger body named after "at"; the phrase goes on past the larger body.
func TestUnitParentEnd(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Peanuts\n\n“It works,” says Katie Allen. She is the director of the Center for Food and Allergy Research at the Murdoch Children's Research Institute in Melbourne, Australia.",
			want: []string{`Katie Allen jobTitle "director"`, "Katie Allen affiliation Center for Food and Allergy Research"}},
		{text: "Peanuts\n\n“It works,” said Katie Allen, the director of the Center for Food Research at the University of Melbourne.",
			want:    []string{`Katie Allen jobTitle "director"`, "Katie Allen affiliation Center for Food Research"},
			notWant: []string{"Katie Allen affiliation University of Melbourne"}},
	})
}

// TestUnknownBasedLead: a "-based" seat that no gazetteer knows, between a
// title's "of" and the body's name, leaves the body the affiliation.
func TestUnknownBasedLead(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Halibut\n\n“I was shocked,” said Tyler Besecker, president of Mercer Island-based Dana F. Besecker Company, the largest buyer of halibut.",
			want: []string{`Tyler Besecker jobTitle "president"`, "Tyler Besecker affiliation Dana F. Besecker Company"}},
		{text: "Halibut\n\n“I was shocked,” said Tyler Besecker, president of the Mercer Island-based Acme Corp.",
			want: []string{`Tyler Besecker jobTitle "president"`, "Tyler Besecker affiliation Acme Corp"}},
	})
}
