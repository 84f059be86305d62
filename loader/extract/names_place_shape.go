// Names read as people's whose own words say they are places or firms:
// a street, a ground, a water or a mine by its last word ("White Hart
// Lane", "Vaal Colliery"), a water, a cape or a fort by its first ("River
// Thames", "Wadi Rum"), a firm by a last word no surname is ("Hilton
// International").

package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

var (
	// placeNameEnds: 1 where a given name may open the place's name too
	// ("Lawrence Seaway"), 0 where it makes the name a person's ("Nathan
	// Lane").
	placeNameEnds    = wordInts("placeNameEnds")
	placeNameOpeners = wordSet("placeNameOpeners")
	firmNameEnds     = wordSet("firmNameEnds")
)

// retypeByShape types candidate c, read as a person's name, by its words
// (shapeType); a place's name takes back the saint's abbreviation cut
// before it as a title ("St" "Lawrence Seaway").
func (x *extractor) retypeByShape(si int, c *candidate) {
	toks := x.sents[si].toks
	t, ok := shapeType(toks[c.start:c.end])
	if !ok {
		return
	}
	c.typ, c.sure = t, t == Place // a firm's name still goes by its context (firms.go)
	if t == Place && c.start > 0 && saintAbbrev(toks[c.start-1].Text) {
		c.start--
		c.text = x.span(si, c.start, c.end)
	}
}

// saintAbbrev reports whether w abbreviates "Saint".
func saintAbbrev(w string) bool {
	switch w {
	case "St", "St.", "Ste", "Ste.":
		return true
	}
	return false
}

// shapeType returns the type that the words of a name of two words or more
// read as a person's give it, and whether they give one. A name opening
// with a given name stays a person's ("Nathan Lane", "Frank Field") unless
// its last word names no person ("Lawrence Seaway").
func shapeType(ts []nlp.Token) (EntityType, bool) {
	if len(ts) < 2 {
		return "", false
	}
	last := lower(ts[len(ts)-1].Text)
	if firmNameEnds[last] {
		return Organization, true
	}
	first := lower(ts[0].Text)
	end, isEnd := placeNameEnds[last]
	if isEnd && (end == 1 || !givenNames[first]) || placeNameOpeners[first] && !givenNames[first] {
		return Place, true
	}
	return "", false
}

// placeNameEnd reports whether w ends the names of places (placeNameEnds):
// "White Hart Lane" is a ground, no club.
func placeNameEnd(w string) bool {
	_, ok := lowerHas(placeNameEnds, w)
	return ok
}
