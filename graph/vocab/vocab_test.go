package vocab

import (
	"math/rand/v2"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestLexical(t *testing.T) {
	for _, tc := range []struct {
		in   quad.Value
		want string
	}{
		{nil, ""},
		{quad.String("Wendy Sherman"), "Wendy Sherman"},
		{quad.TypedString{Value: "2022-01-10", Type: XSDDate}, "2022-01-10"},
		{quad.LangString{Value: "Genève", Lang: "fr"}, "Genève"},
		{quad.IRI("http://schema.org/Person"), "http://schema.org/Person"},
		{quad.Int(42), "42"},
	} {
		if got := Lexical(tc.in); got != tc.want {
			t.Errorf("Lexical(%#v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestEntityIRI checks that IRIs are stable across spellings that name one
// entity and distinct across types and scripts.
func TestEntityIRI(t *testing.T) {
	for _, tc := range []struct {
		class quad.IRI
		name  string
		want  quad.IRI
	}{
		{Person, "Wendy Sherman", ID + "person/wendy-sherman"},
		{Person, "  wendy  SHERMAN ", ID + "person/wendy-sherman"},
		{Person, "Recep Tayyip Erdoğan", ID + "person/recep-tayyip-erdogan"},
		{City, "Geneva", ID + "place/geneva"},
		{Country, "Geneva", ID + "place/geneva"},
		{Organization, "Johnson & Johnson", ID + "org/johnson-johnson"},
		{Person, "Владимир Путин", ID + "person/владимир-путин"},
	} {
		if got := EntityIRI(tc.class, tc.name); got != tc.want {
			t.Errorf("EntityIRI(%s, %q) = %s, want %s", Local(tc.class), tc.name, got, tc.want)
		}
	}
	if EntityIRI(Person, "Georgia") == EntityIRI(Country, "Georgia") {
		t.Error("a person and a place of the same name share an IRI")
	}
	if a, b := EntityIRI(Person, "!!!"), EntityIRI(Person, "???"); a == b {
		t.Errorf("names with no letters share the IRI %s", a)
	}
}

func TestArticleOf(t *testing.T) {
	art := quad.IRI("http://newsgraph.org/id/article/i123")
	for _, c := range []struct{ in, want quad.IRI }{
		{SentenceIRI(art, 0), art},
		{SentenceIRI(art, 42), art},
		{art, art},
		{"http://x/s", "http://x/s"},
		{"http://x/s1a", "http://x/s1a"},
		{"http://x/ts12", "http://x/ts12"},
		{"/s7", ""},
		{"", ""},
	} {
		if got := ArticleOf(c.in); got != c.want {
			t.Errorf("ArticleOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The ASCII path of Slug gives what the general one gives: every byte
// below 0x80 alone, in pairs and in names, and random ASCII strings.
func TestSlugASCII(t *testing.T) {
	cases := []string{"", " ", "-", "Merrill Lynch & Co.", "  U.S.  ", "Moody's", "AT&T", "3M Co", "a--b", "ABC_def", "x\ty\n", "\x7f", "Z9"}
	for c := 0; c < 0x80; c++ {
		cases = append(cases, string(rune(c)), "a"+string(rune(c))+"B", string(rune(c))+"9")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = byte(rng.IntN(0x80))
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		got, ok := asciiSlug(s)
		if !ok {
			t.Fatalf("asciiSlug(%q) refused ASCII", s)
		}
		if want := unicodeSlug(s); got != want {
			t.Fatalf("asciiSlug(%q) = %q, Slug's general path %q", s, got, want)
		}
	}
	for _, s := range []string{"Société Générale", "Zürich", "Москва", "a\u00e9"} {
		if _, ok := asciiSlug(s); ok {
			t.Errorf("asciiSlug(%q) took a name with other letters", s)
		}
		if Slug(s) != unicodeSlug(s) {
			t.Errorf("Slug(%q) = %q, want %q", s, Slug(s), unicodeSlug(s))
		}
	}
}
