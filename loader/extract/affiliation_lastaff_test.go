package extract

import "testing"

// TestCommitteesAndJnr (seed131 rows 11, 42): a body before a lower-case
// committee ("ODPM committee chairman") and the British "Jnr" cut off its
// name give no affiliation.
func TestCommitteesAndJnr(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "ODPM committee chairman Andrew Bennett said individual voter registration should be quickly introduced.",
			notWant: []string{"Andrew Bennett affiliation ODPM"}},
		{text: "He was a featured speaker at the funerals of both Martin Luther King Jnr and Malcolm X.",
			notWant: []string{"Jnr affiliation Martin Luther"}},
	})
}

// TestChamberAndPartyCommittees: a chamber's or a party's committee is its
// own, and its chairman keeps the chamber or the party.
func TestChamberAndPartyCommittees(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Republicans failed to appear at a drafting session called by Democratic committee chairman William Gray.",
			want: []string{"William Gray affiliation Democratic Party"}},
	})
}

// TestCommitteeOwnNames: a committee named without its lower-case head
// keeps its chairman ("House Banking committee chairman").
func TestCommitteeOwnNames(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "House Banking committee chairman Fernand St Germain said he would ask for a study.",
			want: []string{"Fernand St Germain affiliation House Banking"}},
	})
}
