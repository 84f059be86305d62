package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

func TestFindDates(t *testing.T) {
	mon := time.Date(2022, 1, 10, 17, 22, 0, 0, time.UTC) // a Monday
	tests := []struct {
		text string
		pub  time.Time
		want []string // "expression=value"
	}{
		{"Officials were launching talks on Monday.", mon, []string{"Monday=2022-01-10"}},
		{"A NATO-Russia meeting in Brussels is to follow on Wednesday.", mon, []string{"Wednesday=2022-01-12"}},
		{"They will meet in Vienna on Thursday.", mon, []string{"Thursday=2022-01-13"}},
		{"After an informal working dinner on Sunday, Ryabkov predicted difficult talks.", mon, []string{"Sunday=2022-01-09"}},
		{"He said that during Sunday's dinner they talked.", mon, []string{"Sunday=2022-01-09"}},
		{"Talks were launched during a June summit.", mon, []string{"June=2021-06"}},
		{"They met last June.", mon, []string{"last June=2021-06"}},
		{"The stakes are high ahead of Thursday's debate, co-hosted by CBS.", mon, []string{"Thursday=2022-01-13"}},
		{"They will meet in June.", mon, []string{"June=2022-06"}},
		{"A phone call on December 30, 2021 was held.", mon, []string{"December 30, 2021=2021-12-30"}},
		{"They met on 30 December 2021 in Geneva.", mon, []string{"30 December 2021=2021-12-30"}},
		{"It will start accession talks with Croatia in April 2005.", time.Time{}, []string{"April 2005=2005-04"}},
		{"The commission will visit Bonn on April 1-2.", time.Date(1987, 3, 17, 0, 0, 0, 0, time.UTC), []string{"April 1-2=1987-04-01"}},
		{"Shultz would go to Moscow next month.", time.Date(1987, 3, 9, 0, 0, 0, 0, time.UTC), []string{"next month=1987-04"}},
		// a condition still to be met looks ahead (dates_conditions.go)
		{"Acme Corp said its board declared a stock split, subject to shareholder approval at the April 23 annual meeting.", time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), []string{"April 23=1987-04-23"}},
		{"The board approved the split, pending a vote at the annual meeting in May.", time.Date(1987, 3, 2, 0, 0, 0, 0, time.UTC), []string{"May=1987-05"}},
		// a date in the subject of the reported clause takes that clause's tense
		{"The company said shareholders at the May 14 annual meeting will be asked to approve the plan.", time.Date(1987, 3, 19, 0, 0, 0, 0, time.UTC), []string{"May 14=1987-05-14"}},
		{"The company said shareholders at the May 14 annual meeting approved the plan.", time.Date(1987, 6, 19, 0, 0, 0, 0, time.UTC), []string{"May 14=1987-05-14"}},
		{"Acme said at the May 14 meeting in Paris it will sell the unit.", time.Date(1987, 6, 19, 0, 0, 0, 0, time.UTC), []string{"May 14=1987-05-14"}},
		{"Directors approved a stock split, subject to approval of a proposed amendment at the annual meeting in April.", time.Date(1987, 3, 20, 0, 0, 0, 0, time.UTC), []string{"April=1987-04"}},
		{"The subject of the May 14 meeting was the budget.", time.Date(1987, 3, 19, 0, 0, 0, 0, time.UTC), []string{"May 14=1986-05-14"}},
		{"Prices fell last year.", mon, []string{"last year=2021"}},
		{"He may go, she said on Monday.", time.Time{}, nil},
		{"The march went on in May 2020.", mon, []string{"May 2020=2020-05"}},
		{"He is due back in Brasilia next Wednesday, March 11.", time.Date(1987, 3, 5, 0, 0, 0, 0, time.UTC), []string{"next Wednesday=1987-03-11", "March 11=1987-03-11"}},
		{"The deal was signed in 2019.", mon, []string{"2019=2019"}},
		{"Jan 10 2022, 17:22 ist", time.Time{}, []string{"Jan 10 2022=2022-01-10"}},
	}
	for _, tc := range tests {
		sents := nlp.Analyse(tc.text)
		var got []string
		for _, s := range sents {
			for _, d := range findDates(s.Tokens, nil, tc.pub) {
				got = append(got, s.Span(tc.text, d.Start, d.End)+"="+d.Value)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
				break
			}
		}
	}
}
