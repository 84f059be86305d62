package extract

import (
	"strings"
	"testing"
	"time"
)

// TestDescribedTitleHolder checks roles_described_holder.go: "the home
// secretary" is the person the article calls Home Secretary, not the last
// one named; a description inside a quotation is nobody's unless the
// article names its holder.
func TestDescribedTitleHolder(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string // "person|title" facts wanted, and not wanted
	}{
		{"the article's holder, not the last named",
			"Tony Blair is to join Home Secretary David Blunkett in a visit to Sheffield on Thursday. Mr Blair said voters remembered the record of the government. The home secretary has already admitted he was wrong to give the tickets.",
			[]string{"David Blunkett|home secretary"}, []string{"Tony Blair|home secretary"}},
		{"a quotation speaks of others",
			"Oliver Letwin spoke on Monday. David Page said: \"Nobody believes the chancellor has got his sums right.\"",
			nil, []string{"David Page|chancellor", "Oliver Letwin|chancellor"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkJobTitles(t, tt.text, tt.want, tt.not) })
	}
}

// checkJobTitles extracts text under a headline and checks its jobTitle
// facts, written "person|title" in lower case: each of want is there, none
// of not.
func checkJobTitles(t *testing.T, text string, want, not []string) {
	t.Helper()
	doc := Extract("Headline\n\n"+text, time.Time{})
	got := map[string]bool{}
	for _, f := range doc.Facts {
		if f.Predicate == "jobTitle" {
			got[doc.Entities[f.Subject].Name+"|"+strings.ToLower(f.Literal)] = true
		}
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("no %s in %v", w, got)
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("unexpected %s", n)
		}
	}
}
