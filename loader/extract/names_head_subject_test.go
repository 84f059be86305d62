package extract

import "testing"

// TestBodiesForOn checks that a body's name whose head takes its subject
// after "for" or "on" goes on over the subject in capitals, and stays as
// it is before a weekday, a place, a firm, a body's lower-case noun or a
// subject that goes on past what can be read.
func TestBodiesForOn(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Hundreds of thousands of livelihoods have gone, said Jan Egeland, head of the UN Office for the Coordination of Humanitarian Affairs.",
			map[string]EntityType{"UN Office for the Coordination of Humanitarian Affairs": Organization, "Jan Egeland": Person}, []string{"UN Office", "Coordination of Humanitarian Affairs"}},
		{"The U.N. Centre on Transnational Corporations has issued a report containing guidelines.",
			map[string]EntityType{"U.N. Centre on Transnational Corporations": Organization}, []string{"U.N. Centre", "Transnational Corporations"}},
		{"Dr Andrew Burn, associate director of the Centre for the Study of Children, Youth and Media, said parents need not worry.",
			map[string]EntityType{"Centre for the Study of Children, Youth and Media": Organization}, []string{"Youth and Media"}},
		{"The report was prepared by the Defense Intelligence Agency for the Congressional Joint Economic committee, which released it.",
			map[string]EntityType{"Defense Intelligence Agency": Organization}, []string{"Defense Intelligence Agency for the Congressional Joint Economic"}},
		{"The panel met the European Commission on Tuesday and the Security Council on Iraq.",
			nil, []string{"European Commission on Tuesday", "Security Council on Iraq"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
