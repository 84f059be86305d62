package extract

import "testing"

// TestNoWorkBetween: the words between a person and a body that say no
// works-for (issue 11, seed93-96 and seed64 affiliation): a stake, a unit of
// another body, a second conjunct, a bare "for" (a nomination, a choice).
func TestNoWorkBetween(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Manchester United's shares rose. Irish horse racing millionaires JP McManus and John Magnier own 29% of United through their investment vehicle Cubic Expression.",
			notWant: []string{"John Magnier affiliation United", "John Magnier affiliation Manchester United"}},
		{text: "Morrison-Knudsen Corp said Black River Constructors, a joint venture with Martin Eby and a subsidiary of Hunt Corp, has received a contract.",
			notWant: []string{"Martin Eby affiliation Hunt Corp"}},
		{text: "But the director award went to Clint Eastwood for Million Dollar Baby.",
			notWant: []string{"Clint Eastwood affiliation Million Dollar Baby"}},
		{text: "Avco Lycoming, a division of Textron Inc, has been awarded a 420.2 mln dlr contract for work on 810 engines.",
			notWant: []string{"Avco Lycoming affiliation Textron Inc"}},
		{text: "Ogden Corp said its Ogden Martin System of Berks Inc subsidiary has signed a contract with Berks County, Pa., to build a plant.",
			notWant: []string{"Ogden Martin System affiliation Berks Inc"}},
		// kept: a party spoken for after a comma, the head of a unit
		{text: "Vincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough choices.",
			want: []string{"Vincent Cable affiliation Liberal Democrats"}},
		{text: "Texas Air Corp said it named Norman McInnis as president of its Britt Airways unit, succeeding Bill Britt.",
			want: []string{"Norman McInnis affiliation Britt Airways"}},
	})
}
