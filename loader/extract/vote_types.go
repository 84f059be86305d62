package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// voteTypes gives every mention of one name the type most of its mentions
// have ("Ennahda" read as a party twice and as a person once is a party),
// unless the gazetteer knows the name.
func (x *extractor) voteTypes() {
	// One tally per name, in a slice: a map of maps cost two maps per name.
	index := make(map[string]int32, len(x.mentions))
	var tallies []typeTally
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.typ == Event {
			continue
		}
		t := m.typ
		if t == Country || t == City {
			t = Place
		}
		i, ok := index[m.name]
		if !ok {
			i = int32(len(tallies))
			index[m.name] = i
			tallies = append(tallies, typeTally{first: t})
		}
		add := 1
		if m.sure {
			add += 10
		}
		if t == Place && m.end-m.start <= 3 && x.placeCued(m) {
			add += 20 // "the city of X", "Ann Lee, 52, of X": more than a firm's cue (names_place_cues.go)
		}
		tallies[i].add(t, add)
	}
	var places map[string]EntityType // names a gazetteer knows as places, by their first place reading
	for k := range x.mentions {
		m := &x.mentions[k]
		// a museum, a theatre is a place, whatever its words (names_shape.go)
		if !m.demonym && m.typ != Event && venueName(m.name) {
			m.typ = Place
			continue
		}
		// a body the gazetteer knows is a body, whatever the recogniser said
		if (m.typ == Person || m.typ == Other) && !m.demonym && strings.Contains(m.name, " ") {
			if _, ok := orgLookup(m.name); ok {
				m.typ = Organization
				continue
			}
		}
		// a name ending as firms' names end is a firm: "Pan Ocean Shipping
		// Company", "Morgan Stanley Group", "Esselte Business Systems Inc"
		if (m.typ == Person || m.typ == Other || m.typ == Place) && !m.demonym && firmName(m.name) {
			m.typ = Organization
			continue
		}
		if m.demonym {
			continue
		}
		i, ok := index[m.name]
		if !ok {
			continue
		}
		c := &tallies[i]
		if c.types() < 2 {
			continue
		}
		if _, ok := gazetteer.Place(m.name); ok {
			if isPlace(m.typ) && places[m.name] == "" {
				if places == nil {
					places = map[string]EntityType{}
				}
				places[m.name] = m.typ
			}
			continue
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		best := c.first // ties go to the first reading
		n := c.of(best)
		for _, t := range votedTypes {
			if c.of(t) > n {
				best, n = t, c.of(t)
			}
		}
		if best != m.typ && !(best == Place && (m.typ == Country || m.typ == City)) {
			m.typ = best
		}
	}
	if places != nil {
		x.placeReadings(places, tallies, index) // vote_place_readings.go
	}
}

// votedTypes are the types voteTypes weighs, in the order it tries them.
var votedTypes = [...]EntityType{Organization, Person, Place, Other}

// typeTally counts the readings of one name by type (voteTypes): the
// types of votedTypes in n, any other in more.
type typeTally struct {
	n     [len(votedTypes)]int
	more  map[EntityType]int
	first EntityType // the type of its first reading
}

func votedIndex(t EntityType) int {
	for i, v := range votedTypes {
		if v == t {
			return i
		}
	}
	return -1
}

func (c *typeTally) add(t EntityType, n int) {
	if i := votedIndex(t); i >= 0 {
		c.n[i] += n
		return
	}
	if c.more == nil {
		c.more = map[EntityType]int{}
	}
	c.more[t] += n
}

func (c *typeTally) of(t EntityType) int {
	if i := votedIndex(t); i >= 0 {
		return c.n[i]
	}
	return c.more[t]
}

// types is the number of types read at least once.
func (c *typeTally) types() int {
	k := len(c.more)
	for _, v := range c.n {
		if v > 0 {
			k++
		}
	}
	return k
}
