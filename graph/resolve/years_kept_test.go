package resolve

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// yearsPool are people of one name with and without middle initials, one
// name without an initial that no initialled name shares, and an
// organisation of an initialled shape (not a person's: rule 5b reads no
// years of it).
var yearsPool = []string{
	"person/boyd-l-jefferies", "person/boyd-jefferies", "person/boyd-k-jefferies",
	"person/george-w-bush", "person/george-bush",
	"person/john-q-smith", "person/john-smith",
	"person/mary-jones", "org/first-a-bank",
}

// yearsArticle draws the groups of one article of yearsPool, of year.
func yearsArticle(rng *rand.Rand, article, year int, tail bool) []*group {
	var out []*group
	for _, e := range rng.Perm(len(yearsPool))[:1+rng.Intn(3)] {
		iri := quad.IRI(vocab.ID + yearsPool[e])
		out = append(out, &group{node: iri, article: quad.IRI(fmt.Sprintf("%sarticle/a%03d", vocab.ID, article)), raw: []quad.IRI{iri},
			names: []string{yearsPool[e]}, year: year, tail: tail})
	}
	return out
}

// Rules 5b and 5c from the state a clustering of other groups kept read the
// years a whole clustering reads (checkYears panics otherwise), whatever
// articles came, were rewritten, or got their dates since.
func TestYearsFromKept(t *testing.T) {
	save := verifyKept
	verifyKept = true
	defer func() { verifyKept = save }()
	yearsMemo.kept.Store(0)
	yearsMemo.lost.Store(0)
	years := []int{0, 1987, 1987, 2004}
	for seed := int64(1); seed <= 400; seed++ {
		rng := rand.New(rand.NewSource(seed))
		articles := 2 + rng.Intn(10)
		byArticle := make([][]*group, articles)
		var before []*group
		for a := range byArticle {
			byArticle[a] = yearsArticle(rng, a, years[rng.Intn(len(years))], false)
			before = append(before, byArticle[a]...)
		}
		sortGroups(before)
		_, kept := clusterFrom(before, nil, true)
		touched := map[quad.IRI]bool{}
		var after []*group
		for a, gs := range byArticle {
			switch rng.Intn(6) {
			case 0: // rewritten
				touched[gs[0].article] = true
				gs = yearsArticle(rng, a, gs[0].year, false)
			case 1: // its date came since
				year := years[rng.Intn(len(years))]
				for _, g := range gs {
					c := *g
					c.year = year
					after = append(after, &c)
				}
				continue
			}
			for _, g := range gs {
				c := *g
				after = append(after, &c)
			}
		}
		for a := articles; a < articles+1+rng.Intn(3); a++ {
			after = append(after, yearsArticle(rng, a, years[rng.Intn(len(years))], true)...)
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
	if k, lost := yearsMemo.kept.Load(), yearsMemo.lost.Load(); k < 500 || lost > 0 {
		t.Errorf("%d groups read back from kept states, %d kept states given up: the draw tests too little", k, lost)
	}
}
