package extract

import "testing"

// TestLegalOnlyAndRightAlone checks that a legal form alone names no body
// (organization-seed359 row 44) and that "A and B Inc" is two bodies when
// the article names "B Inc" alone (row 3), while a firm's name with "and"
// that the article never writes apart stays whole.
func TestLegalOnlyAndRightAlone(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Chevron operates the block on behalf of 16 companies which include British Petroleum Development Ltd, Marathon Int. Pet. (GB) Ltd and Phillips Petroleum Co U.K. Ltd.",
			map[string]EntityType{"British Petroleum Development Ltd": Organization}, []string{"Ltd"}},
		{"The remaining interest will be sold in offerings led by Wood Gundy Inc and First Marathon Securities Ltd in Canada, and S.G. Warburg Securities and Wood Gundy Inc internationally.",
			map[string]EntityType{"Wood Gundy Inc": Organization, "S.G. Warburg Securities": Organization},
			[]string{"S.G. Warburg Securities and Wood Gundy Inc"}},
		{"The plant will make products for the joint venture, Tianjin Smith Kline and French Laboratories. It combines Smith Kline and French Laboratories, the pharmaceutical unit of SmithKline Beckman Corp.",
			map[string]EntityType{"Tianjin Smith Kline and French Laboratories": Organization}, []string{"Tianjin Smith Kline"}},
		{"The company said president Jerome S. Flum and Flum Partners, which he controls, acquired shares. Flum Partners said it may buy more.",
			map[string]EntityType{"Jerome S. Flum": Person, "Flum Partners": Organization}, []string{"Jerome S. Flum and Flum Partners"}},
		{"The official Saudi Press Agency (SPA) said the talks ended.",
			map[string]EntityType{"Saudi Press Agency": Organization}, nil},
		{"Deputy Finance Ministers from the Group of 10 leading western industrialised countries met here.",
			map[string]EntityType{"Group of 10": Organization}, []string{"Group"}},
		{"Carolina Power and Light Co said it raised its dividend.",
			map[string]EntityType{"Carolina Power and Light Co": Organization}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestLegalFormPlaces checks that a legal form with stops after a firm's
// name and a comma makes no place, and that a state's abbreviation after a
// town's name stays a place.
func TestLegalFormPlaces(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Exxon said it bought a stake in Cementos Andinos, S.A., a maker of cement based in Lima.",
			map[string]EntityType{"Lima": City}, []string{"S.A."}},
		{"Pequiven owns 49 pct of the joint venture company, Resinas Llanos, C.A., while Exxon has the rest.",
			nil, []string{"C.A."}},
		{"The plant is in Irvine, Calif., and employs 300 people.",
			map[string]EntityType{"Irvine": City, "Calif.": Place}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
