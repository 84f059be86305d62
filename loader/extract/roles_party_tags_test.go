package extract

import "testing"

// TestPartyTagFacts: a member of Congress's party-and-state tag, in
// brackets or between commas, affiliates the member with the party its
// letter names and reads the abbreviation as the state, named in full; a
// bare state in brackets gives the state alone; an independent's "I" no
// party; a bare abbreviation after a town's comma, a model number and a
// tag after no person give nothing.
func TestPartyTagFacts(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Farm bill\n\nSen. Walter Brandt (D-Neb.) said the bill would pass.",
			want: []string{"Walter Brandt affiliation Democratic Party"}},
		{text: "Farm bill\n\nThe bill was offered by Rep. Ann Kessler, R-Ore., on Tuesday.",
			want: []string{"Ann Kessler affiliation Republican Party"}},
		{text: "Farm bill\n\nThe aide spoke for Rep. Ann Kessler, R-Ore.",
			want: []string{"Ann Kessler affiliation Republican Party"}},
		{text: "Farm bill\n\nSen. Walter Brandt (I-Vt.) said the bill would pass.",
			notWant: []string{"Walter Brandt affiliation Democratic Party", "Walter Brandt affiliation Republican Party"}},
		{text: "Jets\n\nThe firm, led by Walter Brandt, sold the F-16 (R-2) engine.",
			notWant: []string{"Walter Brandt affiliation Republican Party"}},
	})
	for _, c := range []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"bracket", "Sen. Walter Brandt (D-Neb.) said the bill would pass.",
			map[string]EntityType{"Walter Brandt": Person, "Nebraska": Place, "Democratic Party": Organization}, []string{"D-Neb", "Neb."}},
		{"comma", "Rep. Ann Kessler, R-Ore., and Rep. Tom Lund, D-N.J., voted no.",
			map[string]EntityType{"Oregon": Place, "New Jersey": Place, "Republican Party": Organization, "Democratic Party": Organization}, nil},
		{"state alone", "Senators Walter Brandt (Okla.) and Tom Lund (Ala.) voted no.",
			map[string]EntityType{"Oklahoma": Place, "Alabama": Place}, []string{"Okla.", "Ala."}},
		{"full name", "Sen. Walter Brandt (R-Iowa) voted no.",
			map[string]EntityType{"Iowa": Place, "Republican Party": Organization}, nil},
		{"city apart", "WASHINGTON - Rep. Ann Kessler (D-Wash.) voted no.",
			map[string]EntityType{"Washington": City, "Washington State": Place}, nil},
		{"town comma", "The firm is based in Dedham, Mass., and sells shoes.",
			nil, []string{"Massachusetts"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkNames(t, c.text, c.want, c.not) })
	}
}
