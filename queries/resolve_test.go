package queries

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

func TestRankMatches(t *testing.T) {
	for _, tc := range []struct {
		name string
		ms   []Match
		want string // IRI of the pick
	}{
		{
			name: "the entity most mentioned wins over a stray node spelled as given",
			ms: []Match{
				{IRI: "person/blair", Mentions: 17, Exact: true, Primary: true, TypeFits: true},
				{IRI: "person/tony-blair", Mentions: 154, Facts: 129, TypeFits: true},
			},
			want: "person/tony-blair",
		},
		{
			name: "at equal counts the spelling as given wins",
			ms: []Match{
				{IRI: "a", Mentions: 3, Facts: 1, Primary: true, TypeFits: true},
				{IRI: "b", Mentions: 3, Facts: 1, Exact: true, Primary: true, TypeFits: true},
			},
			want: "b",
		},
		{
			name: "at equal counts the name wins over an alternate name",
			ms: []Match{
				{IRI: "a", Mentions: 5, TypeFits: true},
				{IRI: "b", Mentions: 5, Primary: true, TypeFits: true},
			},
			want: "b",
		},
		{
			name: "the spelling as given outweighs twice the mentions less one",
			ms: []Match{
				{IRI: "a", Mentions: 9, TypeFits: true},
				{IRI: "b", Mentions: 4, Exact: true, TypeFits: true},
			},
			want: "b",
		},
		{
			name: "but not three times the mentions",
			ms: []Match{
				{IRI: "a", Mentions: 15, TypeFits: true},
				{IRI: "b", Mentions: 4, Exact: true, TypeFits: true},
			},
			want: "a",
		},
		{
			name: "a wanted type wins over any count",
			ms: []Match{
				{IRI: "thing/london", Mentions: 900, Facts: 90, Exact: true, Primary: true},
				{IRI: "place/london", Mentions: 3, TypeFits: true},
			},
			want: "place/london",
		},
		{
			name: "a tie goes to the first IRI",
			ms: []Match{
				{IRI: "place/georgia", Mentions: 1, Primary: true, TypeFits: true},
				{IRI: "person/georgia", Mentions: 1, Primary: true, TypeFits: true},
			},
			want: "person/georgia",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rankMatches(tc.ms)
			if tc.ms[0].IRI != tc.want {
				t.Errorf("picked %s, want %s (order %+v)", tc.ms[0].IRI, tc.want, tc.ms)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	ctx := context.Background()
	qs := fixture(t)
	for _, tc := range []struct {
		value string
		types []string
		want  string
	}{
		{"sherman", nil, "http://newsgraph.org/id/person/wendy-sherman"},       // alternate name, any case
		{"WENDY SHERMAN", nil, "http://newsgraph.org/id/person/wendy-sherman"}, // name, any case
		{"north atlantic treaty organization", nil, "http://newsgraph.org/id/org/nato"},
		{"<http://newsgraph.org/id/place/geneva>", nil, "http://newsgraph.org/id/place/geneva"},
		{"http://newsgraph.org/id/place/geneva", nil, "http://newsgraph.org/id/place/geneva"},
		{"georgia", []string{"place", "Country"}, "http://newsgraph.org/id/place/georgia"},
	} {
		res, err := Resolve(ctx, qs, tc.value, tc.types...)
		if err != nil {
			t.Errorf("%q: %v", tc.value, err)
			continue
		}
		if res.Picked.IRI != tc.want {
			t.Errorf("%q: picked %+v, want %s", tc.value, res.Picked, tc.want)
		}
	}
	res, err := Resolve(ctx, qs, "Wendy Sherman")
	if err != nil {
		t.Fatal(err)
	}
	if m := res.Picked; m.Name != "Wendy Sherman" || strings.Join(m.Types, ",") != "Person" || m.Mentions == 0 || m.Facts == 0 || !m.Exact || !m.Primary || res.Ambiguous() {
		t.Errorf("Wendy Sherman: %+v", res)
	}
	// A name that fits nothing lists the names that contain it.
	_, err = Resolve(ctx, qs, "sherm")
	var nf *NotFoundError
	if !errors.As(err, &nf) || len(nf.Suggestions) == 0 || nf.Suggestions[0].IRI != "http://newsgraph.org/id/person/wendy-sherman" {
		t.Fatalf("sherm: %v", err)
	}
	if !strings.Contains(err.Error(), `no entity is named "sherm"`) || !strings.Contains(err.Error(), `"Wendy Sherman" (Person)`) {
		t.Errorf("message: %v", err)
	}
}

// Spellings the value lookups miss (neither as given, lower, upper nor
// title case) are found through the name index.
func TestResolveThroughNameIndex(t *testing.T) {
	const id = "http://newsgraph.org/id/person/"
	name, typ := quad.IRI(schemaName), quad.IRI(rdfType)
	qs := memstore.New(
		quad.Make(quad.IRI(id+"ronald-mcdonald"), typ, quad.IRI("http://schema.org/Person"), nil),
		quad.Make(quad.IRI(id+"ronald-mcdonald"), name, quad.String("Ronald McDonald"), nil),
		quad.Make(quad.IRI(id+"charles-de-gaulle"), typ, quad.IRI("http://schema.org/Person"), nil),
		quad.Make(quad.IRI(id+"charles-de-gaulle"), quad.IRI(schemaAltName), quad.String("de Gaulle"), nil),
	)
	for value, want := range map[string]string{
		"ronald mcDonald": id + "ronald-mcdonald",
		"De Gaulle":       id + "charles-de-gaulle",
	} {
		res, err := Resolve(context.Background(), qs, value)
		if err != nil || res.Picked.IRI != want {
			t.Errorf("%q: %+v, %v; want %s", value, res, err, want)
		}
	}
}

func TestCompleteNames(t *testing.T) {
	got, err := CompleteNames(context.Background(), fixture(t), "s", 3)
	if err != nil {
		t.Fatal(err)
	}
	// Names and alternate names starting with "s", any case, shortest first.
	if strings.Join(got, "|") != "Sherman|Switzerland|Sergei Ryabkov" {
		t.Errorf("got %q", got)
	}
}
