package eventlabel

import "testing"

// TestDescribedTopic: a conference's topic ("on", "for") or organiser ("held
// by") is shown after its word; none for a news conference, a name, a
// legislature, a date, a list or a phrase with no name after "by".
func TestDescribedTopic(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		{"Ms Pike told a conference here on farm loans that rates would rise.", "conference on farm loans"},
		{"Mr Oduya spoke at a recent conference on the Kenyan tea market.", "recent conference on the Kenyan tea market"},
		{"He was speaking at a forum for shipbuilders upon his return from Oslo.", "forum for shipbuilders"},
		{"She told a seminar on pension reform in Leeds that costs were high.", "seminar on pension reform"},
		{"He told a conference, organised by the Harlow Institute of Banking, that loans grew.", "conference organised by the Harlow Institute of Banking"},
		{"He spoke at a trade conference hosted by Marlow Bank in Bonn.", "trade conference hosted by Marlow Bank"},
		// no topic
		{"He told a news conference on Tuesday that sales fell.", "news conference"},
		{"He told a press conference on rates that sales fell.", "press conference"},
		{"Mr Oduya spoke at a conference on Tuesday.", ""},
		{"Mr Oduya spoke at a conference on 12 May.", ""},
		{"He spoke at the Conference on Tariffs in Geneva.", ""},
		{"He told a conference for builders, engineers and architects that steel cost more.", ""},
		{"He told a conference sponsored by the investment firm that sales would grow.", ""},
		{"The senator will negotiate with Congress on the budget.", ""},
		{"He told a meeting on farm prices that they would fall.", ""},
	} {
		if got := Described(tc.sentence); got != tc.want {
			t.Errorf("Described(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestLabelTopic: a conference of many with one speaker is labelled by what
// it was about, not by the bare word.
func TestLabelTopic(t *testing.T) {
	f := Facts{Sentence: "Ms Pike told a conference here on farm loans that rates would rise.", People: []string{"Ann Pike"}}
	if got, want := f.Label(), "conference on farm loans"; got != want {
		t.Errorf("Label() = %q, want %q", got, want)
	}
	f = Facts{Sentence: "Ms Pike told a news conference on Monday that rates would rise.", People: []string{"Ann Pike"}}
	if got, want := f.Label(), "news conference: Pike"; got != want {
		t.Errorf("Label() = %q, want %q", got, want)
	}
}

// TestDescribedTopicAbbreviation: a topic goes on past the stops of "U.S.".
func TestDescribedTopicAbbreviation(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		{"He told a forum on U.S.-Canadian timber trade that duties hurt.", "forum on U.S.-Canadian timber trade"},
		{"He spoke at a conference on the U.S. bond market in Leeds.", "conference on the U.S. bond market"},
		{"He told a conference on financial services sponsored by Lune University that banks grew.", "conference on financial services"},
	} {
		if got := Described(tc.sentence); got != tc.want {
			t.Errorf("Described(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestDescribedMonthDay: a day written as a word after its month dates the
// gathering and is no word of its description.
func TestDescribedMonthDay(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     string
	}{
		{"Holders approved the split at the May five annual meeting of shareholders.", "annual meeting of shareholders"},
		{"Holders will vote at the April Twelve annual meeting.", "annual meeting"},
		{"Delegates gathered at the Five Rivers annual meeting.", "Five Rivers annual meeting"},
	} {
		if got := Described(tc.sentence); got != tc.want {
			t.Errorf("Described(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
