package extract

import "testing"

// TestTitleFromBody: a body after "from" closes a title written after a
// name, and a body after ", from" is the person's; a place after "from",
// or a player signed "from" a club, is no employer.
func TestTitleFromBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Police\n\n\"We are sure,\" said Mary Smith, a chief inspector from the Thames Valley Police.",
			want: []string{`Mary Smith jobTitle "chief inspector"`, "Mary Smith affiliation Thames Valley Police"}},
		{text: "Tremor\n\nThe tremor is common, said Suhas Naik, an investment analyst from ING Mutual Fund.",
			want: []string{`Suhas Naik jobTitle "investment analyst"`, "Suhas Naik affiliation ING Mutual Fund"}},
		{text: "Taxes\n\nCarl Emmerson, from the Institute for Fiscal Studies, told BBC News the plan would work.",
			want: []string{"Carl Emmerson affiliation Institute for Fiscal Studies"}},
		{text: "Cars\n\n\"The market is weak,\" said Brad Wernle, from Automotive News Europe.",
			want: []string{"Brad Wernle affiliation Automotive News Europe"}},
		{text: "Floods\n\nTim Brown, a student from Leeds, was hurt in the flood.",
			notWant: []string{"Tim Brown affiliation Leeds"}},
		{text: "Transfer\n\nArsenal signed John Smith, from Chelsea, for five million pounds.",
			notWant: []string{"John Smith affiliation Chelsea"}},
	})
}

// TestPlacePolice: a place's police in lower case is one force, the body
// of the titles of its officers; "police" going on as a modifier is not.
func TestPlacePolice(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Pills\n\n\"We are concerned,\" said chief inspector Jennifer Mattinson from the West Mercia police.",
			want: []string{`Jennifer Mattinson jobTitle "chief inspector"`, "Jennifer Mattinson affiliation West Mercia police"}},
		{text: "Raid\n\nNotts police chief Steve Green said the raid went well.",
			want:    []string{`Steve Green jobTitle "police chief"`, "Steve Green affiliation Notts"},
			notWant: []string{"Steve Green affiliation Notts police"}},
	})
}
