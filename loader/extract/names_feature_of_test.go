package extract

import "testing"

// TestJoinFeatureOf checks joinFeatureOf: a place's head noun before "of"
// and the name after it are one place, neither the bare head nor the
// country after "of"; a body's name that goes on after the place, and a
// title that is no place, are left alone.
func TestJoinFeatureOf(t *testing.T) {
	checkNames(t, "Output from offshore fields in the Gulf of Mexico fell 3 pct last month, the institute said.",
		map[string]EntityType{"Gulf of Mexico": Place}, []string{"Gulf", "Mexico"})
	checkNames(t, "Tankers kept sailing through the Strait of Hormuz despite the attacks, shipping sources said.",
		map[string]EntityType{"Strait of Hormuz": Place}, []string{"Strait", "Hormuz"})
	checkNames(t, "The Province of Ontario is issuing a 200 mln dlr eurobond, the lead manager said.",
		map[string]EntityType{"Province of Ontario": Place}, []string{"Province", "Ontario"})
	checkNames(t, "The State of Ohio sued the company on Tuesday over the spill.",
		map[string]EntityType{"State of Ohio": Place}, []string{"State", "Ohio"})
	checkNames(t, "A spokesman for the City of Glasgow Council said the roads would reopen.",
		map[string]EntityType{"City of Glasgow Council": Organization}, []string{"City of Glasgow"})
	checkNames(t, "The Republic of Ireland Football Association fined the club.",
		map[string]EntityType{"Republic of Ireland Football Association": Organization}, []string{"Republic of Ireland"})
}
