package extract

import (
	"slices"
	"strings"
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
	doc := Extract(text, pub)
	checkInvariants(t, text, doc)
	parts := map[int][]string{}
	tail := map[int]string{}
	for _, f := range doc.Facts {
		switch {
		case f.Predicate == "attendee" && f.Object >= 0:
			parts[f.Subject] = append(parts[f.Subject], doc.Entities[f.Object].Name)
		case f.Predicate == "startDate":
			tail[f.Subject] = f.Literal + tail[f.Subject]
		case f.Predicate == "location" && f.Object >= 0:
			tail[f.Subject] += "@" + doc.Entities[f.Object].Name
		}
	}
	var out []string
	for e, ps := range parts {
		slices.Sort(ps)
		out = append(out, strings.Join(append(ps, tail[e]), "|"))
	}
	slices.Sort(out)
	return out
}
