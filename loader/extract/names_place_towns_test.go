package extract

import "testing"

// TestTownsAndFeatures checks names_place_towns.go: a name read as a body's
// before a comma and a US state's abbreviation, or between "the" and a
// natural feature's noun, is a place (organization-seed355 rows 19 and 42).
func TestTownsAndFeatures(t *testing.T) {
	checkNames(t, "The company said it will make the proposal to shareowners at its annual mmeting May 6 in Dothan, Ala., near the company's Great Southern Paper division operations.",
		map[string]EntityType{"Dothan": Place}, nil)
	checkNames(t, "Other projects in this city of 12 mln people include a bridge and an extra tunnel under the Huangpu river, a new airport and passenger ship terminals.",
		map[string]EntityType{"Huangpu": Place}, nil)
}

// TestListKeepsFirmTail checks names_lists.go: a name closing a list is not
// cut at an "and" followed by one common noun and a legal form
// (organization-seed355 row 29).
func TestListKeepsFirmTail(t *testing.T) {
	checkNames(t, "Under the terms of the order, issued by the Connecticut Department of Publc Utility Control, Connecticut Light and Power Co will be required to purchase the output of the Sterling facility.",
		map[string]EntityType{"Connecticut Light and Power Co": Organization}, []string{"Connecticut Light", "Power Co"})
	checkNames(t, "Managers are Dresdner (South East Asia) Ltd, Mitsui Trust and Banking Co Ltd and the UCO Bank.",
		map[string]EntityType{"Mitsui Trust and Banking Co Ltd": Organization}, []string{"Banking Co Ltd"})
}
