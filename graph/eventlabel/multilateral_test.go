package eventlabel

import "testing"

// TestLabelOfMany: a gathering of many with one person is labelled by what
// it was, not by that person; a news conference, a bare or private meeting
// and a gathering of two keep their people.
func TestLabelOfMany(t *testing.T) {
	for _, tc := range []struct {
		f    Facts
		want string
	}{
		// a gathering of many: the one person is left out
		{Facts{Sentence: "Prices will rise, he said during a conference in Leeds.", People: []string{"Owen Dale"}, Places: []string{"Leeds"}},
			"conference — Leeds"},
		{Facts{Sentence: "Dale said at a recent conference on the bond market that yields fell.", People: []string{"Owen Dale"}, Date: "1990-05-02"},
			"recent conference on the bond market — 1990-05"},
		{Facts{Sentence: "Dale told a farmers' meeting that wheat prices would fall.", People: []string{"Owen Dale"}},
			"farmers' meeting"},
		{Facts{Sentence: "She told delegates at the informal meeting of fisheries ministers that quotas must fall.", People: []string{"Ann Roe"}, Others: []string{"Norway"}},
			"informal meeting of fisheries ministers"},
		{Facts{Sentence: "He will not attend the IWC executive board meeting next week.", People: []string{"Owen Dale"},
			Others: []string{"International Whaling Commission"}, Bodies: []string{"International Whaling Commission"}},
			"IWC executive board meeting: International Whaling Commission"},
		// a gathering of its speaker, or of few: the person stays
		{Facts{Sentence: "Dale told a news conference that wheat prices would fall.", People: []string{"Owen Dale"}},
			"news conference: Dale"},
		{Facts{Sentence: "Dale told analysts in a conference call that sales rose.", People: []string{"Owen Dale"}},
			"conference: Dale"},
		{Facts{Sentence: "Dale told a new conference that wheat prices would fall.", People: []string{"Owen Dale"}},
			"new conference: Dale"},
		{Facts{Sentence: "Dale said he would negotiate with Congress on the budget.", People: []string{"Owen Dale"}},
			"conference: Dale"},
		{Facts{Sentence: "Dale told the congress of the union of rail workers that pay must rise.", People: []string{"Owen Dale"}},
			"congress of the union of rail workers"},
		{Facts{Sentence: "Dale said after a meeting in Leeds that prices would fall.", People: []string{"Owen Dale"}, Places: []string{"Leeds"}},
			"meeting: Dale — Leeds"},
		{Facts{Sentence: "Dale held a private meeting on the plan.", People: []string{"Owen Dale"}},
			"private meeting: Dale"},
		{Facts{Sentence: "Dale and Roe spoke at a conference in Leeds.", People: []string{"Owen Dale", "Ann Roe"}, Places: []string{"Leeds"}},
			"conference: Dale, Roe — Leeds"},
	} {
		if got := tc.f.Label(); got != tc.want {
			t.Errorf("%q: Label() = %q, want %q", tc.f.Sentence, got, tc.want)
		}
	}
}
