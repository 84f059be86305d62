package extract

import (
	"strings"
	"testing"
	"time"
)

// TestDoneBeforeTo: event-seed176 row 18 (testdata/nodes): "appeared to
// patch over the rift at a meeting ... Monday" in a story of Tuesday 20
// October 1987 is the Monday before (19th), not the 26th.
func TestDoneBeforeTo(t *testing.T) {
	pub := time.Date(1987, 10, 20, 12, 0, 0, 0, time.UTC)
	got := eventSummaries(t, "TREASURY'S BAKER UNDER FIRE\n\nAlthough Baker appeared to patch over the rift at a hastily-called meeting with West German officials Monday, he still faced a storm of criticism on his return to the United States on Tuesday.", pub)
	ok := false
	for _, g := range got {
		ok = ok || strings.HasSuffix(g, "|1987-10-19")
	}
	if !ok {
		t.Errorf("meeting not dated Monday 19th: %q", got)
	}
}
