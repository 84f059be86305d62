package queries

import (
	"context"
	"testing"
)

func TestSuggest(t *testing.T) {
	qs := loadFixture(t, "../testdata/queries/ranking.nq", "../testdata/queries/seed.nq")
	ctx := context.Background()
	for _, tc := range []struct {
		text string
		want []string // names, in order
	}{
		// Word starts first, most mentioned first; "Abrownski" (5 articles)
		// has "brown" inside a word, so it comes last.
		{"brow", []string{"Gordon Brown", "Get Brown", "A Brown", "Jan Abrownski"}},
		{"BROWN", []string{"Gordon Brown", "Get Brown", "A Brown", "Jan Abrownski"}},
		{"abrown", []string{"Jan Abrownski"}},
		{"sherm", []string{"Wendy Sherman"}},
		{"zzzz", nil},
		{"  ", nil},
	} {
		got, err := Suggest(ctx, qs, tc.text, 10)
		if err != nil {
			t.Fatalf("Suggest(%q): %v", tc.text, err)
		}
		var names []string
		for _, s := range got {
			names = append(names, s.Name)
		}
		if len(names) != len(tc.want) {
			t.Errorf("Suggest(%q) = %q, want %q", tc.text, names, tc.want)
			continue
		}
		for i := range names {
			if names[i] != tc.want[i] {
				t.Errorf("Suggest(%q) = %q, want %q", tc.text, names, tc.want)
				break
			}
		}
	}
	got, err := Suggest(ctx, qs, "brown", 1)
	if err != nil || len(got) != 1 {
		t.Fatalf("Suggest(brown, 1) = %v, %v", got, err)
	}
	if g := got[0]; g.IRI != "http://newsgraph.org/id/person/gordon-brown" || g.Mentions != 4 || len(g.Types) != 1 || g.Types[0] != "Person" {
		t.Errorf("Suggest(brown, 1) = %+v", g)
	}
}

// BenchmarkSuggest measures search as you type over the store named by
// NEWSGRAPH_BENCH_DB (or the fixture), digest built: each iteration asks for
// the 12 best matches of one of a few partial names.
//
//	NEWSGRAPH_BENCH_DB=/tmp/bbc.db go test ./queries -run '^$' -bench Suggest
func BenchmarkSuggest(b *testing.B) {
	qs := benchStore(b)
	ctx := context.Background()
	if err := Warm(ctx, qs); err != nil {
		b.Fatal(err)
	}
	texts := []string{"bl", "blai", "brown", "lon", "eur", "a"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Suggest(ctx, qs, texts[i%len(texts)], 12); err != nil {
			b.Fatal(err)
		}
	}
}
