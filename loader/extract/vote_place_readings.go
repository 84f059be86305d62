package extract

import "strings"

// placeReadings types as a place the one-word mentions of a name that a
// gazetteer knows as a place, read as a person's once or twice where the
// article reads it as a place more often ("a century-old Seattle boat",
// "a major Seattle industry" beside "in Seattle"): a town's name before a
// noun looks like a given name to the recogniser. voteTypes leaves the
// names a gazetteer knows alone; this takes the article's own majority
// over a person's reading that nothing supports: no honorific, pronoun or
// apposition on it (a title before it may be an adjective: "a major
// Seattle industry"), and no person of the article whose full name ends
// with it ("George Washington" ... "Washington said"). Not in a story about
// sport, where a town's name is often its club's ("between Arsenal and
// Chelsea").
func (x *extractor) placeReadings(places map[string]EntityType, tallies []typeTally, index map[string]int32) {
	if x.sportsStory() {
		return
	}
	var surnamed map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.sure || m.demonym || m.nominal || m.end-m.start != 1 || m.bend != 0 {
			continue
		}
		t, ok := places[m.name]
		if !ok {
			continue
		}
		i, ok := index[m.name]
		if !ok || tallies[i].of(Place) <= tallies[i].of(Person) {
			continue
		}
		if surnamed == nil {
			surnamed = x.fullNameEnds()
		}
		if surnamed[m.name] || x.honorificText(m) || x.pronounAfter(m) || x.appositionTitle(m) {
			continue
		}
		m.typ = t
	}
}

// fullNameEnds returns the last words of the names of two words or more
// read as people's.
func (x *extractor) fullNameEnds() map[string]bool {
	out := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym {
			continue
		}
		if f := strings.Fields(m.name); len(f) > 1 {
			out[f[len(f)-1]] = true
		}
	}
	return out
}
