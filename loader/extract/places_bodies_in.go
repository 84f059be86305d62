package extract

// Where a hospital, a court or a school stands, told right after its name
// (issue 15): "Al Aqsa Martyrs Hospital in Deir al-Balah", "the 4th
// District Court of Appeal in Santa Ana", "Youssef Al-Najjar Hospital in
// the southern Gazan city of Rafah", "The Indonesian Hospital, located in
// Beit Lahia".

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// siteHeads end the names of bodies that stand in one place: a hospital, a
// research institute or centre is where it is, a firm or a ministry may only have an office there, and "the
// Catholic Church in England" is a church's branch, no building.
var siteHeads = map[string]bool{"institute": true, "center": true, "centre": true, "laboratory": true, "observatory": true, "hospital": true, "clinic": true, "court": true, "university": true, "college": true, "school": true, "academy": true, "museum": true, "gallery": true, "library": true, "prison": true, "jail": true, "stadium": true, "theatre": true, "theater": true, "cathedral": true, "mosque": true, "temple": true, "zoo": true, "airport": true, "infirmary": true}

// siteIn records where the body of mention m (ending at token m.end of
// sentence si) stands when "in" and a place follow its name, past a
// locative's words ("in the southern Gazan city of"), or ", located in".
func (x *extractor) siteIn(si int, m *mention) {
	s := &x.sents[si]
	toks := s.toks
	if m.ent < 0 || x.ents[m.ent].typ != Organization || !x.siteName(m) || x.gatheringOf(si, m) { // places_gathering_of.go
		return
	}
	j := m.end
	if j+2 < len(toks) && toks[j].Text == "," && (s.lower(j+1) == "located" || s.lower(j+1) == "situated") {
		j += 2
	}
	if j+1 >= len(toks) || s.lower(j) != "in" {
		return
	}
	k := j + 1
	if s.lower(k) == "the" {
		if n := x.placeBeforeNoun(si, k+1); n >= 0 {
			k = n // places_area.go: "in the Mughraqa area"
		}
		// "in the southern Gazan city of Rafah": a place noun and "of"
		n := k + 1
		for n < len(toks) && n < k+4 && s.owner[n] < 0 && !locativeNouns[s.lower(n)] && (strings.HasPrefix(toks[n].Tag, "JJ") || toks[n].Tag == "NNP") {
			n++
		}
		if n+1 < len(toks) && locativeNouns[s.lower(n)] && s.lower(n+1) == "of" {
			k = n + 2
		}
	}
	pm := x.mentionAt(si, k)
	if pm == nil || pm.start != k || pm.ent < 0 || pm.demonym || !isPlace(x.ents[pm.ent].typ) || x.regionMention(s.owner[k]) {
		return
	}
	// "in Gaza's north", "in Texas courts": the place must end its phrase
	if e := pm.end; e < len(toks) && (toks[e].Tag == "POS" || strings.HasPrefix(toks[e].Tag, "NN") && !gazetteer.Capitalised(toks[e].Text) && !areaNounAt(s, e)) {
		return
	}
	x.addFact(m.ent, vocab.PLocation, pm.ent, "", si)
}

// siteName reports whether the name of mention m ends with the word of a
// body that stands in one place ("Al-Shifa Hospital", "Court of Appeal").
func (x *extractor) siteName(m *mention) bool {
	words := strings.Fields(lower(x.ents[m.ent].name))
	for i, w := range words {
		if siteHeads[w] && (i == len(words)-1 || words[i+1] == "of" || words[i+1] == "for") {
			return true
		}
	}
	return false
}
