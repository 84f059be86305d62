package resolve

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// kindsOf clusters the groups and returns each original IRI's kinds (as
// "person/x") after it.
func kindsOf(groups []*group) map[string]map[Kind]bool {
	plan := cluster(groups)
	out := map[string]map[Kind]bool{}
	for _, gr := range groups {
		raw := string(gr.raw[0])[len(vocab.ID):]
		if out[raw] == nil {
			out[raw] = map[Kind]bool{}
		}
		out[raw][plan.target[gr].kind] = true
	}
	return out
}

// A company word of another language starting a name ("Societe ...",
// "Banco ...") makes it an organisation however its articles typed it; a
// cut name of that word and a stop word does not.
func TestFirmStarts(t *testing.T) {
	kinds := kindsOf(groupsOf([]g{
		{"person/societe-nordique-des-verres", 1, 1987, []string{"Societe Nordique des Verres"}},
		{"person/societe-nordique-des-verres", 2, 1987, []string{"Societe Nordique des Verres"}},
		{"thing/banco-del-lago", 3, 1987, []string{"Banco del Lago"}},
		{"thing/banco-de", 4, 1987, []string{"Banco de"}},
		{"person/grupo", 5, 1987, []string{"Grupo"}},
	}))
	want := map[string]Kind{
		"person/societe-nordique-des-verres": KindOrg, "thing/banco-del-lago": KindOrg,
		"thing/banco-de": KindThing, "person/grupo": KindPerson,
	}
	for raw, k := range want {
		if !kinds[raw][k] || len(kinds[raw]) != 1 {
			t.Errorf("%s: %v, want %s", raw, kinds[raw], k)
		}
	}
}

// A one-word name typed Person that no person of the store bears in a full
// name, typed Organization three times or more and a third as often as
// Person, is an organisation (a club); a word that is someone's surname,
// or a name typed Organization less often, stays a person.
func TestNobodysNameIsABody(t *testing.T) {
	var list []g
	add := func(raw string, n, from int) {
		for a := from; a < from+n; a++ {
			list = append(list, g{raw, a, 2005, []string{raw[len("person/"):]}})
		}
	}
	add("person/kestrel", 6, 1) // "Kestrel beat Harwick"
	list = append(list, g{"org/kestrel", 7, 2005, []string{"Kestrel"}}, g{"org/kestrel", 8, 2005, []string{"Kestrel"}}, g{"org/kestrel", 9, 2005, []string{"Kestrel"}})
	add("person/tamsin", 6, 10) // three Organization readings would do, but there are two
	list = append(list, g{"org/tamsin", 16, 2005, []string{"Tamsin"}}, g{"org/tamsin", 17, 2005, []string{"Tamsin"}})
	add("person/corrigal", 6, 20) // a surname: Ruth Corrigal
	list = append(list, g{"org/corrigal", 26, 2005, []string{"Corrigal"}}, g{"org/corrigal", 27, 2005, []string{"Corrigal"}}, g{"org/corrigal", 28, 2005, []string{"Corrigal"}},
		g{"person/ruth-corrigal", 29, 2005, []string{"Ruth Corrigal"}})
	kinds := kindsOf(groupsOf(list))
	want := map[string]Kind{"person/kestrel": KindOrg, "org/kestrel": KindOrg, "person/tamsin": KindPerson, "person/corrigal": KindPerson}
	for raw, k := range want {
		if !kinds[raw][k] || len(kinds[raw]) != 1 {
			t.Errorf("%s: %v, want %s", raw, kinds[raw], k)
		}
	}
}

// A town's club (its name typed Organization in stories that name other
// place-named clubs) stays apart from the town however often the town is
// named; a town's name read as an organisation in stories naming no club,
// or read so too seldom beside the place, joins the place.
func TestTownClubsStandApart(t *testing.T) {
	var list []g
	art := 0
	add := func(raw, name string, n int, with ...string) {
		for range n {
			art++
			list = append(list, g{raw, art, 2005, []string{name}})
			for _, w := range with {
				list = append(list, g{"org/" + w, art, 2005, []string{w}})
			}
		}
	}
	add("place/rivermouth", "Rivermouth", 12)
	add("org/rivermouth", "Rivermouth", 3, "lakeport") // "Rivermouth v Lakeport"
	add("place/lakeport", "Lakeport", 3)
	add("place/hillcaster", "Hillcaster", 12)
	add("org/hillcaster", "Hillcaster", 3) // "Hillcaster said ...": no club named
	add("place/dunmere", "Dunmere", 40)
	add("org/dunmere", "Dunmere", 3, "lakeport") // a tenth of the place's readings or fewer
	groups := groupsOf(list)
	plan := cluster(groups)
	node := map[string]map[quad.IRI]bool{}
	for _, gr := range groups {
		raw := string(gr.raw[0])[len(vocab.ID):]
		if node[raw] == nil {
			node[raw] = map[quad.IRI]bool{}
		}
		node[raw][plan.target[gr].node] = true
	}
	same := func(a, b string) bool {
		for n := range node[a] {
			if node[b][n] {
				return true
			}
		}
		return false
	}
	if same("org/rivermouth", "place/rivermouth") {
		t.Errorf("the club Rivermouth joined the town: %v", node["org/rivermouth"])
	}
	if !same("org/hillcaster", "place/hillcaster") {
		t.Errorf("Hillcaster read as a body in stories naming no club stays apart from the town")
	}
	if !same("org/dunmere", "place/dunmere") {
		t.Errorf("Dunmere read as a body in 3 stories against 40 as a place stays apart from the town")
	}
}

// A full name named in dated and undated articles, beside the same name
// with a middle initial named in undated articles only, is two people: its
// undated uses join the name with the initial, its dated ones stay apart.
// When the name with the initial is dated, nothing moves by it.
func TestUndatedInitials(t *testing.T) {
	groups := groupsOf([]g{
		{"person/harold-quill", 1, 1987, []string{"Harold Quill"}},
		{"person/harold-quill", 2, 1987, []string{"Harold Quill"}},
		{"person/harold-quill", 3, 0, []string{"Harold Quill"}},
		{"person/harold-t-quill", 4, 0, []string{"Harold T Quill"}},
		{"person/harold-t-quill", 5, 0, []string{"Harold T Quill"}},
		{"person/edith-marlow", 6, 1987, []string{"Edith Marlow"}},
		{"person/edith-marlow", 7, 0, []string{"Edith Marlow"}},
		{"person/edith-r-marlow", 8, 1987, []string{"Edith R Marlow"}},
	})
	plan := cluster(groups)
	at := func(i int) quad.IRI { return plan.target[groups[i]].node }
	if at(2) != at(3) || at(3) != at(4) {
		t.Errorf("undated Harold Quill on %s, Harold T Quill on %s and %s: want one node", at(2), at(3), at(4))
	}
	if at(0) != at(1) || at(0) == at(2) {
		t.Errorf("dated Harold Quill on %s and %s, undated on %s: want the dated ones together, apart from the undated", at(0), at(1), at(2))
	}
	if at(5) != at(6) || at(5) == at(7) {
		t.Errorf("Edith Marlow on %s and %s, Edith R Marlow on %s: want the first two together, apart from the third", at(5), at(6), at(7))
	}
	if r := plan.target[groups[2]].rule; r != "middle initial of harold t quill in undated articles" {
		t.Errorf("undated Harold Quill's rule %q", r)
	}
}
