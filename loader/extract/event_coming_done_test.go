package extract

import (
	"slices"
	"testing"
	"time"
)

// TestComingAndDone: a meeting of the same parties told as coming ("are
// to meet", "will meet", "plan to meet") is not the one told as done
// ("held talks", "met"): two events, and the done one takes neither the
// coming one's place nor its date.
func TestComingAndDone(t *testing.T) {
	pub := time.Date(1988, 3, 9, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Premier Anna Kowalski held talks with Chancellor Peter Brandt on Tuesday. Kowalski and Brandt are to meet in Vienna.",
			[]string{"Anna Kowalski|Peter Brandt|1988-03-08", "Anna Kowalski|Peter Brandt|@Vienna"}},
		{"Premier Anna Kowalski had a meeting with Chancellor Peter Brandt on Monday. Kowalski and Brandt will meet in Vienna next month.",
			[]string{"Anna Kowalski|Peter Brandt|1988-03-07", "Anna Kowalski|Peter Brandt|1988-04@Vienna"}},
		{"Premier Anna Kowalski met Chancellor Peter Brandt on Monday. Kowalski and Brandt plan to meet in Vienna.",
			[]string{"Anna Kowalski|Peter Brandt|1988-03-07", "Anna Kowalski|Peter Brandt|@Vienna"}},
	} {
		got := eventLines(t, c.text, pub)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q:\ngot %q, want %q among them", c.text, got, w)
			}
		}
	}
}

// eventLines returns eventSummaries's lines with each event's place
// after an "@".
func eventLines(t *testing.T, text string, pub time.Time) []string {
	t.Helper()
	return eventRows(t, text, pub, true)
}
