package eventlabel

import "testing"

// TestDescribed: the words that say what a gathering was, before its noun
// and in the group after its "of"; none around a verb or after a clause.
func TestDescribed(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		// words before the noun, after a determiner, a preposition or a date
		{"Ms Ames told a bakers' meeting that flour would cost more.", "bakers' meeting"},
		{"Ms Ames told a plumbers' convention in Leeds that pipes cost more.", "plumbers' convention"},
		{"She spoke at an Orbis Club dinner on Friday.", "Orbis Club dinner"},
		{"Prices may move ahead of next week's Tin Council meeting.", "Tin Council meeting"},
		{"He told the Vale Mining Company annual meeting that output rose.", "Vale Mining Company annual meeting"},
		{"Delegates agreed at Group of Ten talks to cut tariffs.", "Group of Ten talks"},
		{"Shareholders will vote at the firm's annual meeting.", "firm's annual meeting"},
		{"At its May 12 annual meeting, holders will vote.", "annual meeting"},
		// the group after "of"
		{"Mr Dale told a meeting of sheep farmers in Powys that prices fell.", "meeting of sheep farmers"},
		{"Ms Roe told a hearing of the Senate Fisheries Subcommittee that stocks fell.", "hearing of the Senate Fisheries Subcommittee"},
		{"He spoke to a congress of the union of rail workers.", "congress of the union of rail workers"},
		{"He chaired a meeting of the Council for Wales in Cardiff.", "meeting of the Council for Wales"},
		{"He told a meeting of the Norland Potato Society new seed stocks were low.", "meeting of the Norland Potato Society"},
		{"He told a meeting of investors called to approve the sale.", "meeting of investors"},
		{"It was a meeting of Mayor Ann Lee and senior city officials with the panel.", "meeting of Mayor Ann Lee and senior city officials"},
		{"He will attend a Paris meeting of the Group of 15 next week.", "Paris meeting of the Group of 15"},
		{"The board held a meeting of the directors and the auditors of the Lune Valley Water Board Pension Trust yesterday.", "meeting of the directors and the auditors"},
		// nothing that describes it
		{"Ms Ames told a news conference in Leeds.", "news conference"},
		{"Ms Ames told reporters after a meeting with Mr Dale.", ""},
		{"The two sides met in Leeds on Friday.", ""},
		{"Negotiators have been meeting for a year.", ""},
		{"The unit broke off merger discussions with Dale Corp.", ""},
		{"It said it terminated discussions with Dale Corp.", ""},
		{"The firms jointly concluded negotiations on the sale.", ""},
		{"Ames held talks with Dale in Leeds.", ""},
		{"Officials attended U.S.-Peru trade talks in Lima.", "trade talks"},
		{"He told a meeting of road builders the firm would grow.", "meeting of road builders"},
		{"Everybody talks about the weather.", ""},
		{"The court set a series of hearings for January.", ""},
		{"The union agreed to resume talks with the firm.", ""},
		{"The two sides will begin formal negotiations in May.", ""},
		{"Delegates held a meeting of buyers and sellers near Leeds.", "meeting of buyers and sellers"},
	} {
		if got := Described(tc.sentence); got != tc.want {
			t.Errorf("Described(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestLabelDescribed: a label shows what a gathering was and who took part,
// without repeating a participant or place its words name.
func TestLabelDescribed(t *testing.T) {
	for _, tc := range []struct {
		f    Facts
		want string
	}{
		{Facts{Sentence: "Mr Dale told a meeting of sheep farmers in Powys.", People: []string{"Owen Dale"}, Places: []string{"Powys"}},
			"meeting of sheep farmers — Powys"},
		{Facts{Sentence: "Ms Roe told a hearing of the Senate Fisheries Subcommittee.", People: []string{"Ann Roe"},
			Others: []string{"Senate Fisheries Subcommittee"}, Bodies: []string{"Senate Fisheries Subcommittee"}},
			"hearing of the Senate Fisheries Subcommittee: Roe"},
		{Facts{Sentence: "He will attend a Paris meeting of the Group of 15 next week.", People: []string{"Jean Noel"},
			Others: []string{"Group of 15"}, Bodies: []string{"Group of 15"}, Places: []string{"Paris"}},
			"Paris meeting of the Group of 15"},
		{Facts{Sentence: "Ames held talks with Dale in Leeds.", People: []string{"Ann Ames", "Owen Dale"}, Places: []string{"Leeds"}},
			"talks: Ames, Dale — Leeds"},
	} {
		if got := tc.f.Label(); got != tc.want {
			t.Errorf("%q: Label() = %q, want %q", tc.f.Sentence, got, tc.want)
		}
	}
}
