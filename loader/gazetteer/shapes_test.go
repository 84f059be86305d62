package gazetteer

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/internal/keyshape"
)

// TestShapedGetMatchesFoldGet checks that each word map filtered by its
// shapes answers as foldGet does, for every key as written, upper-cased and
// capitalised, for keys cut or grown by a byte, and for words that are no
// key (short, long, non-ASCII, empty).
func TestShapedGetMatchesFoldGet(t *testing.T) {
	d := load()
	words := []string{"", "a", "Mr", "MRS", "Inc", "University", "Cup", "Street", "minister", "Prime", "Zzzz",
		"Société", "ÉCOLE", "Ministère", strings.Repeat("x", 70), "Smith", "the", "Corp."}
	hits := 0
	check := func(name string, m map[string]bool, s *keyshape.Filter) {
		ws := append([]string(nil), words...)
		for k := range m {
			ws = append(ws, k, strings.ToUpper(k), strings.Title(k), k+"s")
			if k != "" {
				ws = append(ws, k[:len(k)-1])
			}
		}
		for _, w := range ws {
			want, wok := foldGet(m, w)
			got, ok := shapedGet(m, s, w)
			if got != want || ok != wok {
				t.Errorf("%s: %q: shapedGet = %v, %v; foldGet = %v, %v", name, w, got, ok, want, wok)
			}
			if ok {
				hits++
			}
		}
	}
	check("prefixes", d.prefixes, d.prefixShapes)
	check("orgSuffix", d.orgSuffix, d.orgSuffixShapes)
	check("orgHead", d.orgHead, d.orgHeadShapes)
	check("placeSuffix", d.placeSuffix, d.placeSuffixShapes)
	check("eventSuffix", d.eventSuffix, d.eventSuffixShapes)
	ws := append([]string(nil), words...)
	for k := range d.titleFirst {
		ws = append(ws, k, strings.ToUpper(k), k+"x")
	}
	for _, w := range ws {
		want, wok := foldGet(d.titleFirst, w)
		got, ok := shapedGet(d.titleFirst, d.titleFirstShapes, w)
		if got != want || ok != wok {
			t.Errorf("titleFirst: %q: shapedGet = %v, %v; foldGet = %v, %v", w, got, ok, want, wok)
		}
	}
	// IsTitle, which the shapes of the titles filter, answers as Title.
	phrases := append([]string(nil), words...)
	for k := range d.titles {
		phrases = append(phrases, k, strings.ToUpper(k), k+"s", k+"x", "x"+k)
	}
	for _, p := range phrases {
		ws := strings.Fields(p)
		_, want := Title(ws...)
		if got := IsTitle(ws...); got != want {
			t.Errorf("IsTitle(%q) = %v, Title says %v", ws, got, want)
		}
		if want {
			hits++
		}
	}
	if hits == 0 {
		t.Error("no word was found: the test compares only misses")
	}
}
