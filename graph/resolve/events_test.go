package resolve_test

import (
	"sort"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/internal/quadtest"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Two articles that report talks of the same bodies (no two people named) in
// the same place on the same day give one event node; the same bodies' talks
// a week later stay another.
func TestSameBodiesMeeting(t *testing.T) {
	qs, _ := load(t, []string{"meet-4.jsonl", "meet-5.jsonl", "meet-6.jsonl"})
	sizes := eventArticleCounts(t, qs)
	if len(sizes) != 2 || sizes[0] != 1 || sizes[1] != 2 {
		t.Errorf("events by number of articles reporting them: %v, want [1 2] (Monday 23 March twice, 30 March once)", sizes)
	}
	resolvesToItself(t, qs)
}

// Two articles that report one person's visit to the same place dated in the
// same month give one event node; the same person's visit there another
// month stays another.
func TestSamePersonVisit(t *testing.T) {
	qs, _ := load(t, []string{"meet-7.jsonl", "meet-8.jsonl", "meet-9.jsonl"})
	sizes := eventArticleCounts(t, qs)
	if len(sizes) != 2 || sizes[0] != 1 || sizes[1] != 2 {
		t.Errorf("events by number of articles reporting them: %v, want [1 2] (29 April twice, 9 June once)", sizes)
	}
	resolvesToItself(t, qs)
}

// Two articles that report one body's meeting at the same place on the same
// day give one event node; its meeting there two days later stays another.
func TestSameBodyDayMeeting(t *testing.T) {
	qs, _ := load(t, []string{"meet-10.jsonl", "meet-11.jsonl", "meet-12.jsonl"})
	sizes := eventArticleCounts(t, qs)
	if len(sizes) != 2 || sizes[0] != 1 || sizes[1] != 2 {
		t.Errorf("events by number of articles reporting them: %v, want [1 2] (25 June twice, 27 June once)", sizes)
	}
	resolvesToItself(t, qs)
}

// eventArticleCounts returns, sorted, how many articles give each event node
// of store qs its attendees.
func eventArticleCounts(t *testing.T, qs graph.QuadStore) []int {
	t.Helper()
	events := map[string]map[quad.IRI]bool{} // event node -> articles of its attendee facts
	for _, q := range quadtest.Quads(t, qs) {
		if q.Predicate == vocab.Attendee {
			e := vocab.Lexical(q.Subject)
			if events[e] == nil {
				events[e] = map[quad.IRI]bool{}
			}
			events[e][vocab.ArticleOf(q.Label.(quad.IRI))] = true
		}
	}
	var sizes []int
	for _, arts := range events {
		sizes = append(sizes, len(arts))
	}
	sort.Ints(sizes)
	return sizes
}
