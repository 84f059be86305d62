package extract

import "testing"

// TestPriceTermAcronyms: an acronym written as a trade term or a reference
// rate (after a price's unit, after a gap between rates and "over", after a
// tenor, before "plus" and a number, before "imports") is no body; one after
// a price and a comma that a verb follows is the clause's subject and stays.
func TestPriceTermAcronyms(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"after a price's unit", "Wheat was offered at 120 dlrs a tonne QFB for May shipment, Anna Kovacs said.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"QFB"}},
		{"after a unit and a comma, before a comma", "Corn oil was quoted at 27 cents a lb, QFB, delivered in carload lots.",
			nil, []string{"QFB"}},
		{"a gap over a reference rate", "The notes pay 40 basis points over ZIBOR, the bank said.",
			nil, []string{"ZIBOR"}},
		{"after a tenor, before plus and a number", "The rate will be reset at three-month ZIBOR plus 20 basis points.",
			nil, []string{"ZIBOR"}},
		{"before imports", "QFB imports rose 3.2 pct in March, the ministry said.",
			nil, []string{"QFB"}},
		{"a subject after a price and a comma", "At a loan rate of 4.56 dlrs, QXR could cut prices, Anna Kovacs said.",
			map[string]EntityType{"QXR": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
