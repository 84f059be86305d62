package vocab

import (
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
