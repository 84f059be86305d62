package resolve

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// keptEntity is an entity an article of the kept-state tests may name.
type keptEntity struct {
	raw    string
	names  []string // the first always given, the others at random
	titles []string // given at random (people)
}

// keptPool are entities an article may name, by theme, tied the ways rule
// 4's votes read beyond their own group: alias nodes that come and go
// ("Fed" as an entity of its own), legal names that make a node a
// company's ("Hoechst AG"), acronym nodes only rule 3 makes ("SEC"),
// things rule 2 takes to a place or not ("Georgia"), a state's
// abbreviation that names the state's place node only ("Calif."), firms that stand
// apart from a namesake person with titles ("David Jones Ltd"), and names
// that are an entity of their own in the same article; a generic name
// ("City Council") is its article's own node but for a thing rule 2
// takes to the place.
var keptPool = [][]keptEntity{
	{
		{"org/federal-reserve", []string{"Federal Reserve", "Fed"}, nil},
		{"org/fed-boards", []string{"Fed Boards", "Fed"}, nil},
		{"place/fed", []string{"Fed."}, nil},
		{"org/fed", []string{"Fed"}, nil},
	}, {
		{"thing/georgia", []string{"Georgia"}, nil},
		{"place/georgia", []string{"Georgia"}, nil},
		{"org/georgia", []string{"Georgia"}, nil},
		{"org/georgia-pacific", []string{"Georgia Pacific", "Georgia"}, nil},
		{"place/california", []string{"California"}, nil},
		{"org/california-federal", []string{"California Federal", "Calif."}, nil},
	}, {
		{"person/david-jones", []string{"David Jones", "Jones"}, []string{"economist"}},
		{"org/david-jones-ltd", []string{"David Jones Ltd", "David Jones", "Jones"}, nil},
		{"org/jones-group", []string{"Jones Group", "David Jones"}, nil},
		{"person/peter-jones", []string{"Peter Jones"}, []string{"analyst"}},
		{"org/peter-jones-ltd", []string{"Peter Jones Ltd", "Peter Jones"}, nil},
		{"org/david-jones-and-co", []string{"David Jones and Co", "Peter Jones"}, nil},
	}, {
		{"org/hoechst-ag", []string{"Hoechst AG", "Hoechst"}, nil},
		{"org/hoechst", []string{"Hoechst"}, nil},
		{"org/hoechst-celanese", []string{"Hoechst Celanese", "Hoechst"}, nil},
		{"person/james-baker", []string{"James Baker", "Baker"}, []string{"Treasury Secretary"}},
		{"org/baker-international", []string{"Baker International", "Baker"}, nil},
	}, {
		{"org/securities-and-exchange-commission", []string{"Securities and Exchange Commission", "SEC"}, nil},
		{"org/southern-economic-council", []string{"Southern Economic Council", "SEC"}, nil},
		{"org/commission", []string{"Commission", "SEC"}, nil},
		{"org/rko-general-inc", []string{"RKO General Inc", "RKO"}, nil},
		{"org/rko", []string{"RKO"}, nil},
	}, {
		{"thing/city-council", []string{"City Council"}, nil},
		{"place/city-council", []string{"City Council"}, nil},
		{"org/city-council", []string{"City Council"}, nil},
		{"org/town-hall-trust", []string{"Town Hall Trust", "City Council"}, nil},
	},
}

// keptArticle draws the groups of one article of keptPool: one to four
// entities of one theme, and at times one of another.
func keptArticle(rng *rand.Rand, article int, tail bool) []*group {
	theme := keptPool[rng.Intn(len(keptPool))]
	var picks []keptEntity
	for _, e := range rng.Perm(len(theme))[:1+rng.Intn(min(4, len(theme)))] {
		picks = append(picks, theme[e])
	}
	if rng.Intn(3) == 0 {
		other := keptPool[rng.Intn(len(keptPool))]
		if x := other[rng.Intn(len(other))]; !slices.ContainsFunc(picks, func(p keptEntity) bool { return p.raw == x.raw }) {
			picks = append(picks, x)
		}
	}
	var out []*group
	for _, x := range picks {
		iri := quad.IRI(vocab.ID + x.raw)
		names := []string{x.names[0]}
		for _, n := range x.names[1:] {
			if rng.Intn(3) > 0 {
				names = append(names, n)
			}
		}
		slices.Sort(names)
		g := &group{node: iri, article: quad.IRI(fmt.Sprintf("%sarticle/a%03d", vocab.ID, article)), raw: []quad.IRI{iri},
			names: names, year: 1987, tail: tail}
		if len(x.titles) > 0 && rng.Intn(4) > 0 {
			g.titles = x.titles
		}
		out = append(out, g)
	}
	return out
}

// sortGroups sorts groups as groupsOfQuads does: by node, then article.
func sortGroups(gs []*group) {
	slices.SortFunc(gs, func(a, b *group) int {
		if d := strings.Compare(string(a.node), string(b.node)); d != 0 {
			return d
		}
		return strings.Compare(string(a.article), string(b.article))
	})
}

// Rule 4 from the state a clustering of other groups kept counts the votes
// a whole clustering counts (checkAliases panics otherwise), whatever
// articles came and whatever articles the resolution between them rewrote.
func TestAliasesFromKept(t *testing.T) {
	save := verifyKept
	verifyKept = true
	defer func() { verifyKept = save }()
	aliasMemo.kept.Store(0)
	aliasMemo.lost.Store(0)
	for seed := int64(1); seed <= 400; seed++ {
		rng := rand.New(rand.NewSource(seed))
		articles := 3 + rng.Intn(20)
		byArticle := make([][]*group, articles)
		var before []*group
		for a := range byArticle {
			byArticle[a] = keptArticle(rng, a, false)
			before = append(before, byArticle[a]...)
		}
		sortGroups(before)
		_, kept := clusterFrom(before, nil, true)
		// The resolution between the runs rewrote some articles: their
		// groups may be others next time; the others are the same groups.
		touched := map[quad.IRI]bool{}
		var after []*group
		for a, gs := range byArticle {
			if rng.Intn(5) == 0 {
				touched[gs[0].article] = true
				if rng.Intn(2) == 0 {
					gs = keptArticle(rng, a, false)
				} else if len(gs) > 1 {
					gs = gs[1:]
				}
			}
			for _, g := range gs {
				c := *g
				after = append(after, &c)
			}
		}
		for a := articles; a < articles+1+rng.Intn(4); a++ {
			after = append(after, keptArticle(rng, a, true)...)
		}
		sortGroups(after)
		kept.acro = keepAcronyms(kept.acroVotes, touched)
		kept.keepLater(touched)
		prior, err := decodeKept(kept.encode())
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("seed %d: %v", seed, r)
				}
			}()
			clusterFrom(after, prior, true)
		}()
	}
	if k, lost := aliasMemo.kept.Load(), aliasMemo.lost.Load(); k < 500 || lost > 0 {
		t.Errorf("%d votes read back from kept states, %d kept states given up: the draw tests too little", k, lost)
	}
}

// A firm whose namesake person the batch makes known stands apart
// (firm_namesakes.go), and an alias it gives that is another namesake
// person's is no longer its vote: its article is counted again though
// none of its names is of the namesake's key.
func TestAliasesFromKeptNamesake(t *testing.T) {
	save := verifyKept
	verifyKept = true
	defer func() { verifyKept = save }()
	entity := func(raw string, article int, tail bool, titles []string, names ...string) *group {
		iri := quad.IRI(vocab.ID + raw)
		return &group{node: iri, article: quad.IRI(fmt.Sprintf("%sarticle/a%03d", vocab.ID, article)), raw: []quad.IRI{iri},
			names: names, year: 1987, titles: titles, tail: tail}
	}
	before := []*group{
		entity("person/peter-jones", 1, false, []string{"analyst"}, "Peter Jones"),
		entity("person/peter-jones", 2, false, []string{"analyst"}, "Peter Jones"),
		entity("org/peter-jones-ltd", 3, false, nil, "Peter Jones Ltd"),
		entity("person/david-jones", 4, false, []string{"economist"}, "David Jones"),
		entity("org/david-jones-ltd", 5, false, nil, "Jones and Co", "Peter Jones"),
	}
	after := append(slices.Clone(before), entity("person/david-jones", 6, true, []string{"economist"}, "David Jones"))
	sortGroups(before)
	sortGroups(after)
	_, kept := clusterFrom(before, nil, true)
	kept.acro = keepAcronyms(kept.acroVotes, map[quad.IRI]bool{})
	kept.keepLater(map[quad.IRI]bool{})
	if len(kept.parts[aliasPart]) == 0 {
		t.Fatal("no votes kept")
	}
	var c *clustering
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatal(r)
			}
		}()
		c = newClustering(after)
		clusterFrom(after, kept, true)
	}()
	c.unitNodes()
	if !c.namesakes["david jones"] || !c.namesakes["peter jones"] {
		t.Errorf("namesakes %v: the test does not test what it says", c.namesakes)
	}
}

// Rule 4's and rules 5b-5c's parts read back as written, through a kept
// state; damaged ones do not read.
func TestKeptPartsEncoding(t *testing.T) {
	a := &aliasKept{
		votes: map[string][]aliasRef{
			"e:fed": {{groupRef{"org/federal-reserve", "article/1", ""}, false}, {groupRef{"org/federal-reserve-board", "article/12", ""}, true}},
			"p:us":  {{groupRef{"place/united-states", "article/1", "place/u-s"}, false}},
		},
		extra: []string{"e:sec"}, placed: []string{"georgia"}, namesakes: []string{"david jones"},
	}
	y := &yearsKept{names: []string{"e:boyd jefferies", "e:boyd l jefferies"},
		groups: map[string][]groupRef{"e:boyd l jefferies": {{"person/boyd-l-jefferies", "article/2", ""}, {"person/boyd-l-jefferies", "article/20", "person/boyd-jefferies"}}}}
	k := &keptState{version: keptVersion, parts: keptParts{aliasPart: a.encode(), yearsPart: y.encode()}}
	back, err := decodeKept(k.encode())
	if err != nil {
		t.Fatal(err)
	}
	if got := back.aliasPrior(); !reflect.DeepEqual(got, a) {
		t.Errorf("rule 4's part read back %+v, wrote %+v", got, a)
	}
	if got := back.yearsPrior(); !reflect.DeepEqual(got, y) {
		t.Errorf("rules 5b-5c's part read back %+v, wrote %+v", got, y)
	}
	pa, py := a.encode(), y.encode()
	for _, bad := range [][]byte{pa[:len(pa)-1], append(slices.Clone(pa), 0)} {
		if decodeAliasKept(bad) != nil {
			t.Errorf("a damaged part of rule 4 (%d bytes) read", len(bad))
		}
	}
	for _, bad := range [][]byte{py[:len(py)-1], append(slices.Clone(py), 0)} {
		if decodeYearsKept(bad) != nil {
			t.Errorf("a damaged part of rules 5b-5c (%d bytes) read", len(bad))
		}
	}
}
