// A compass adjective alone ("Western", "Central", "Eastern") names no
// place: it is cut from a longer name or is the adjective before a noun
// ("Central bank governor", "Western diplomats", "Central and South
// America", "Eastern Canada", "Gulf and Western", the airline "Eastern").
// A court's district named by a compass adjective ("the U.S. District
// Court for the Southern District of New York") is a piece of the court's
// name, the district of the state after "of", and no place of its own.

package extract

// compassAdjectives are the adjectives of a point of the compass or of the
// middle, in lower case, that open a region's name but are none alone.
var compassAdjectives = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"central": true, "middle": true, "midwestern": true,
}

// dropBareCompass removes the place-read mentions that are a compass
// adjective alone, or a compass adjective and "District" before "of" (a
// court's district).
func (x *extractor) dropBareCompass() {
	x.dropMentionsIf(func(m *mention) bool {
		if !isPlace(m.typ) || m.nominal || m.bend > 0 {
			return false
		}
		return x.bareCompass(m)
	})
}

// bareCompass reports whether mention m is a compass adjective alone, or a
// compass adjective and "District" right before "of".
func (x *extractor) bareCompass(m *mention) bool {
	toks := x.sents[m.sent].toks
	switch m.end - m.start {
	case 1:
		return compassAdjectives[lower(toks[m.start].Text)]
	case 2:
		return compassAdjectives[lower(toks[m.start].Text)] && toks[m.start+1].Text == "District" &&
			m.end < len(toks) && toks[m.end].Text == "of"
	}
	return false
}
