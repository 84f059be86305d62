package extract

// A place named with its kind after it (issue 15): "the Turkish Friendship
// Hospital in the Mughraqa area", "the Mughraqa area in the central Gaza
// Strip". The common noun of a place's kind ("area", "district", "region")
// stands between the place's name and what is said of it.

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// placeBeforeNoun returns i when a place's mention starts at token i of
// sentence si and a lower-case noun of a place's kind follows it ("Mughraqa
// area"), or -1.
func (x *extractor) placeBeforeNoun(si, i int) int {
	s := &x.sents[si]
	pm := x.mentionAt(si, i)
	if pm == nil || pm.start != i || pm.ent < 0 || pm.demonym || !isPlace(x.ents[pm.ent].typ) {
		return -1
	}
	if areaNounAt(s, pm.end) {
		return i
	}
	return -1
}

// areaNounAt reports whether token j of sentence s is a lower-case noun of
// a place's kind that no name holds ("area", "district").
func areaNounAt(s *sentence, j int) bool {
	return j < len(s.toks) && s.owner[j] < 0 && !gazetteer.Capitalised(s.toks[j].Text) && areaNouns[s.lower(j)]
}

// areaNouns are the nouns of a place's kind that may follow its name: not
// the points of the compass ("Gaza north") nor "part".
var areaNouns = map[string]bool{"area": true, "city": true, "town": true, "village": true, "district": true, "region": true, "province": true, "state": true, "county": true, "neighbourhood": true, "neighborhood": true, "suburb": true, "island": true, "parish": true, "governorate": true, "camp": true}
