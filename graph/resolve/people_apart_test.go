package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestTitleDomains(t *testing.T) {
	for _, c := range []struct {
		titles []string
		want   domain
	}{
		{[]string{"Treasury Secretary"}, domainPolitics},
		{[]string{"Secretary of State"}, domainPolitics},
		{[]string{"Vice-Premier"}, domainPolitics},
		{[]string{"Sen."}, domainPolitics},
		{[]string{"development minister"}, domainPolitics},
		{[]string{"captain"}, domainSport},
		{[]string{"fund manager"}, domainBusiness},
		{[]string{"chief executive officer", "president"}, domainBusiness},
		{[]string{"film-maker"}, domainArts},
		{[]string{"Senate Banking Committee chairman", "senator"}, domainPolitics | domainBusiness},
		{[]string{"former chairman"}, 0}, // a post held before tells nothing of now
		{[]string{"ex-minister"}, 0},
		{[]string{"president"}, 0}, // of a country, a company, a club
		{[]string{"manager", "boss", "director", "secretary"}, 0},
		{nil, 0},
	} {
		if got := titleDomains(c.titles); got != c.want {
			t.Errorf("titleDomains(%q) = %b, want %b", c.titles, got, c.want)
		}
	}
}

// personAt is a person's group for rule 5d: its article, year and
// titles, and the organisations its article names.
type personAt struct {
	raw     string
	article int
	year    int
	titles  []string
	names   []string // organisations' IRIs ("org/x") the article names too
}

// peopleGroups makes the groups of list, and returns them with each
// article's person's group.
func peopleGroups(list []personAt) ([]*group, map[int]*group) {
	var gs []g
	for _, p := range list {
		gs = append(gs, g{p.raw, p.article, p.year, []string{nameOfRaw(p.raw)}})
		for _, o := range p.names {
			gs = append(gs, g{o, p.article, p.year, []string{nameOfRaw(o)}})
		}
	}
	groups := groupsOf(gs)
	person := map[int]*group{}
	k := 0
	for _, p := range list {
		groups[k].titles = p.titles
		person[p.article] = groups[k]
		k += 1 + len(p.names)
	}
	return groups, person
}

// nameOfRaw makes a name of a raw IRI's slug ("person/edgar-vance" gives
// "Edgar Vance").
func nameOfRaw(raw string) string {
	_, slug, _ := strings.Cut(raw, "/")
	w := strings.Split(slug, "-")
	for i := range w {
		w[i] = strings.ToUpper(w[i][:1]) + w[i][1:]
	}
	return strings.Join(w, " ")
}

// Two people of one full name in one year stay apart when their titles are
// of different walks of life and nothing their articles name links them;
// an adviser whose story names what the secretary's name, a name of no
// title, and a banker of another year stay with the name's main person.
func TestPeopleApart(t *testing.T) {
	list := []personAt{
		{"person/edgar-vance", 1, 1987, []string{"Treasury Secretary"}, []string{"org/federal-reserve"}},
		{"person/edgar-vance", 2, 1987, []string{"Treasury Secretary"}, []string{"org/federal-reserve"}},
		{"person/edgar-vance", 3, 1987, []string{"Secretary of the Treasury"}, []string{"org/world-bank"}},
		{"person/edgar-vance", 4, 1987, []string{"chairman"}, []string{"org/vance-motor-parts-inc"}},                 // apart
		{"person/edgar-vance", 5, 1987, []string{"chairman"}, []string{"org/vance-motor-parts-inc", "org/acme-inc"}}, // apart, with 4
		{"person/edgar-vance", 6, 1987, []string{"adviser"}, []string{"org/federal-reserve"}},                        // linked by the Fed
		{"person/edgar-vance", 7, 1987, nil, nil},                                                                    // no evidence
		{"person/edgar-vance", 8, 0, []string{"banker"}, []string{"org/tilbury-mills-plc"}},                          // another year
		{"person/owain-pryce", 9, 0, []string{"captain"}, []string{"org/harlech-rfc"}},
		{"person/owain-pryce", 10, 0, []string{"skipper"}, []string{"org/harlech-rfc"}},
		{"person/owain-pryce", 11, 0, []string{"development minister"}, []string{"org/labour-party"}}, // apart
		{"person/rhoda-kemp", 12, 0, []string{"coach"}, []string{"org/kemp-athletic"}},
		{"person/rhoda-kemp", 13, 0, []string{"coach"}, []string{"org/kemp-athletic"}},
		{"person/rhoda-kemp", 14, 0, []string{"minister"}, []string{"org/kemp-athletic"}}, // linked by the club
	}
	groups, person := peopleGroups(list)
	for _, order := range [][]*group{groups, reversed(groups)} {
		plan := cluster(order)
		at := func(a int) quad.IRI { return plan.target[person[a]].node }
		main := at(1)
		for _, a := range []int{2, 3, 6, 7, 8} {
			if at(a) != main {
				t.Errorf("Edgar Vance of article %d on %s, want the main person's %s (rule %q)", a, at(a), main, plan.target[person[a]].rule)
			}
		}
		if at(4) == main || at(5) != at(4) {
			t.Errorf("the chairman of articles 4 and 5 on %s and %s, the main person on %s: want the two together, apart", at(4), at(5), main)
		}
		if r := plan.target[person[4]].rule; !strings.HasPrefix(r, "another person of the name edgar vance: \"chairman\" here, \"treasury secretary\"") {
			t.Errorf("the chairman's rule %q", r)
		}
		if at(11) == at(9) || at(9) != at(10) {
			t.Errorf("Owain Pryce captain on %s and %s, minister on %s: want the minister apart", at(9), at(10), at(11))
		}
		if at(14) != at(12) || at(13) != at(12) {
			t.Errorf("Rhoda Kemp on %s, %s and %s: want one node", at(12), at(13), at(14))
		}
	}
}

func reversed(gs []*group) []*group {
	out := slices.Clone(gs)
	slices.Reverse(out)
	return out
}
