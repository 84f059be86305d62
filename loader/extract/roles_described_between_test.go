package extract

import "testing"

// TestTitleBetween checks roles_described_between.go: the same title
// standing between the last name and the description is another's.
func TestTitleBetween(t *testing.T) {
	checkJobTitles(t, "Tony Blair and Gordon Brown met again. Mr Brown will next week visit Africa, often seen as the prime minister's turf. The prime minister denied all that as well.",
		nil, []string{"Gordon Brown|prime minister"})
	checkJobTitles(t, "Jack Straw flew to Washington on Monday. The foreign secretary told MPs he would return on Friday.",
		[]string{"Jack Straw|foreign secretary"}, nil)
}
