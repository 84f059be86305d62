package extract

// A fixture between clubs is no meeting: "Bolton host Arsenal", "Leicester
// will visit the winners". An event every trigger of which is a side verb
// (sideVerbs, sideBefore) and one of whose attendees is a club that
// sportsSides read (clubs_sides.go) is not emitted: its clubs met on the
// pitch, not at talks.

// fixtureOfSides reports whether ev is a fixture between clubs.
func (x *extractor) fixtureOfSides(ev *event) bool {
	if len(x.sideClubs) == 0 {
		return false
	}
	for _, tr := range ev.triggers {
		if tr.end <= 0 || tr.end > len(x.sents[tr.sent].toks) {
			return false
		}
		w := x.sents[tr.sent].lower(tr.end - 1)
		if !sideVerbs[w] && !sideBefore[w] {
			return false
		}
	}
	for _, a := range ev.attendees {
		if e := x.ents[a.ent]; e.typ == Organization && x.sideClubs[e.name] {
			return true
		}
	}
	return false
}
