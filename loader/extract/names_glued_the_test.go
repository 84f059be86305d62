package extract

import "testing"

// TestCutBeforeThe checks names_glued_the.go: a body's name read on over
// "the" after its last word ends there (organization-seed350 row 39).
func TestCutBeforeThe(t *testing.T) {
	checkNames(t, "White House budget chief James Miller told the House Appropriations Committee the Reagan administration has \"serious objections\" to a supplemental spending bill.",
		map[string]EntityType{"House Appropriations Committee": Organization}, []string{"House Appropriations Committee the Reagan"})
}
