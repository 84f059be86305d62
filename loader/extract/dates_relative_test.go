package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestRelativeDates: a part of the day after "this" or "last", a weekday
// opening a date written day first or in brackets, "mid-March" and "on the
// 12th", resolved against the publication date.
func TestRelativeDates(t *testing.T) {
	fri := time.Date(2022, 4, 22, 9, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		text string
		want []string
	}{
		{"The minister met the mayor this morning.", []string{"this morning=2022-04-22"}},
		{"The council will meet this afternoon.", []string{"this afternoon=2022-04-22"}},
		{"The two leaders met last night.", []string{"last night=2022-04-21"}},
		{"It happened on Thursday 28 April 2022.", []string{"28 April 2022=2022-04-28"}},
		{"They met on Thursday (April 21) in Nassau.", []string{"April 21=2022-04-21"}},
		{"They met in mid-March.", []string{"mid-March=2022-03"}},
		{"They will meet in mid-June.", []string{"mid-June=2022-06"}},
		{"The board met on the 12th.", []string{"on the 12th=2022-04-12"}},
		{"The board met on the 30th.", []string{"on the 30th=2022-03-30"}},
		// none: an ordinal before a noun, a night that is no date
		{"He lives on the 12th floor.", nil},
		{"The night was cold.", nil},
	}
	for _, tc := range tests {
		sents := nlp.Analyse(tc.text)
		var got []string
		for _, s := range sents {
			for _, d := range findDates(s.Tokens, nil, fri) {
				got = append(got, s.Span(tc.text, d.Start, d.End)+"="+d.Value)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
				break
			}
		}
	}
}
