package extract

import "testing"

// TestOfTail checks names_of_tail.go and names_possessive_parent.go: a body's
// name cut inside its "of" phrase goes on (organization-seed361 rows 12, 48),
// and a parent's possessive glued to its unit's name parts two bodies (row
// 15).
func TestOfTail(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a plural after the cut", "The National Association of Securities Dealers said that it would act.",
			map[string]EntityType{"National Association of Securities Dealers": Organization}, []string{"National Association of Securities"}},
		{"plural titles ending the name", "The plan was backed by the National Association of Attorneys General, a group of top state officials.",
			map[string]EntityType{"National Association of Attorneys General": Organization}, []string{"National Association"}},
		{"a plural title before a chairman", "He told the Council of Economic Advisers Chairman Beryl Sprinkel about it.",
			map[string]EntityType{"Council of Economic Advisers": Organization, "Beryl Sprinkel": Person}, nil},
		{"a governor stays out", "The Bank of Japan Governor Satoshi Sumita said rates would stay.",
			map[string]EntityType{"Bank of Japan": Organization, "Satoshi Sumita": Person}, nil},
		{"a place after the of", "Mobil Oil Corp of U.S. Plans to open an office in Peking.",
			nil, []string{"Mobil Oil Corp of U.S. Plans"}},
		{"a title after a refused word", "University of Missouri Agricultural Economist Glenn Grimes said prices would rise.",
			nil, []string{"University of Missouri Agricultural"}},
		{"a parent's legal name", "The ship was sold by McLean Industries Inc's United States Lines Inc to a Greek firm.",
			map[string]EntityType{"McLean Industries Inc": Organization, "United States Lines Inc": Organization}, []string{"McLean Industries Inc's United States Lines Inc"}},
		{"a parent of two words", "Consolidated Natural Gas System's Consolidated Gas Transmission Corp said it is in compliance with all federal regulations.",
			map[string]EntityType{"Consolidated Gas Transmission Corp": Organization}, []string{"Consolidated Natural Gas System's Consolidated Gas Transmission Corp"}},
		{"one firm's possessive name", "Analysts at Moody's Investors Service Inc said the rating was cut.",
			map[string]EntityType{"Moody's Investors Service Inc": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
