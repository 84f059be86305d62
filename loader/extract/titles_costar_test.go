package extract

import "testing"

// TestCoStarNoPost: "co-star" is a relation to another actor, no post
// (descriptionHeads; judged wrong in seed104-106 and seed112).
func TestCoStarNoPost(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Gala\n\nCo-star Richard Gere attended the event held in aid of the tsunami appeal.",
			notWant: []string{`Richard Gere jobTitle "Co-star"`}},
		{text: "Oscars\n\nHis co-star Natalie Portman is up against Cate Blanchett in the best supporting actress category.",
			notWant: []string{`Natalie Portman jobTitle "co-star"`}},
		{text: "Awards\n\nSwank, too, was full of praise for her director and co-star Clint Eastwood.",
			notWant: []string{`Clint Eastwood jobTitle "co-star"`}},
	})
}
