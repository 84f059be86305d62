package extract

import "testing"

func TestSamePost(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Sen.", "Minnesota senator", true},
		{"senator", "Senator", true},
		{"Gov.", "governor", true},
		{"prime minister", "foreign minister", false},
		{"Deputy Prime Minister", "prime minister", false},
		{"shadow chancellor", "chancellor", false},
		{"former home secretary", "home secretary", false},
		{"Chancellor", "chancellor", true},
	} {
		if got := samePost(c.a, c.b); got != c.want {
			t.Errorf("samePost(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestCommitGuessesDisagree(t *testing.T) {
	x := &extractor{facts: map[factKey]int{}}
	gs := []describedGuess{{p: 0, lit: "prime minister"}, {p: 1, lit: "prime minister"}, {p: 2, lit: "home secretary"}, {p: 2, lit: "chancellor"}}
	x.ents = []*entity{{typ: Person, name: "A"}, {typ: Person, name: "B"}, {typ: Person, name: "C"}}
	x.commitGuesses(gs)
	if len(x.order) != 1 || x.order[0].s != 2 || x.order[0].lit != "home secretary" {
		t.Errorf("committed %v, want only C's home secretary", x.order)
	}
}
