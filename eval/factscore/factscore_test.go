package factscore

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shared"
)

// fixture is a hand-made gold and system output that use every kind of gold
// line (aliases, ignored entities, optional facts, unnamed events keyed by
// V, alternatives), inverse predicates, escapes, surnames, accents, a
// duplicate node and an article with nothing found; talks.score.txt is what
// facts_score.py --explain prints for them.
var fixture = []string{"testdata/talks.gold.tsv", "testdata/talks.nq", "testdata/empty.gold.tsv", "testdata/empty.nq"}

func scoreFixture(t *testing.T) string {
	t.Helper()
	var results []Result
	for i := 0; i < len(fixture); i += 2 {
		nq, err := os.ReadFile(fixture[i+1])
		if err != nil {
			t.Fatal(err)
		}
		r, err := Score(filepath.Base(fixture[i]), fixture[i], string(nq))
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	var b bytes.Buffer
	if err := WriteText(&b, results, Combine(results), true); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestScoreFixture holds the Go scorer to the Python scorer's output on the
// fixture, as committed.
func TestScoreFixture(t *testing.T) {
	want, err := os.ReadFile("testdata/talks.score.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := scoreFixture(t); got != string(want) {
		t.Errorf("scores differ from facts_score.py's (testdata/talks.score.txt)\n got:\n%s\nwant:\n%s", got, want)
	}
}

// TestScoreFixtureLive runs facts_score.py itself on the fixture, when it
// and python3 are here, so the committed output cannot drift from it.
func TestScoreFixtureLive(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	scorer := shared.Path(t, "eval/facts_score.py")
	out, err := exec.Command(py, append([]string{scorer}, append(fixture, "--explain")...)...).Output()
	if err != nil {
		t.Fatalf("facts_score.py: %v", err)
	}
	if got := scoreFixture(t); got != string(out) {
		t.Errorf("scores differ from facts_score.py's\n got:\n%s\nwant:\n%s", got, out)
	}
}

func TestNormName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mr. Tony Blair", "tony blair"},
		{"José Álvarez", "jose alvarez"},
		{"Russia's", "russia"},
		{"Russia’s foreign ministry", "russia foreign ministry"},
		{"O'Shea", "o shea"},
		{"the The", ""},
		{"Merrill Lynch & Co.", "merrill lynch co"},
		{"ﬁnance", "finance"}, // NFKD splits the ligature
	} {
		if got := normName(c.in); got != c.want {
			t.Errorf("normName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNamesMatch(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		person bool
		want   bool
	}{
		{"tony blair", "blair", true, true},
		{"tony blair", "blair", false, false},
		{"tony blair", "tony", true, false},
		{"new york", "newyork", false, true},
		{"", "x", true, false},
	} {
		if got := namesMatch(c.a, c.b, c.person); got != c.want {
			t.Errorf("namesMatch(%q, %q, %v) = %v", c.a, c.b, c.person, got)
		}
	}
}

func TestBadGold(t *testing.T) {
	for _, in := range []string{"E\tPerson\n", "X\tfoo\tbar\n", "F\ta\tb\n", "E\tPerson\t|\n"} {
		_, err := ReadGold(strings.NewReader(in), "g.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), "g.tsv:1: bad gold line") {
			t.Errorf("ReadGold(%q) = %v, want a bad gold line error", in, err)
		}
	}
	if _, err := ReadNQuads("<a> <b> .\n"); err == nil || !strings.Contains(err.Error(), "line 1 does not parse") {
		t.Errorf("ReadNQuads of a bad line: %v", err)
	}
}

func TestPyRepr(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`abc`, `'abc'`},
		{`it's`, `"it's"`},
		{`"x"`, `'"x"'`},
		{`it's "x"`, `'it\'s "x"'`},
		{"a\tb\\", `'a\tb\\'`},
		{"é\u00a0", `'é\xa0'`},
	} {
		if got := pyRepr(c.in); got != c.want {
			t.Errorf("pyRepr(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
