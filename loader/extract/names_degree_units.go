// Scales of temperature and angle. "six degrees Celsius", "85 degrees
// Fahrenheit": the capitalised word after "degrees" names the scale the
// number is read on, never a body, a person or a place, though the
// recogniser reads it as one (a weather page's "Celsius" was an
// organisation). The evidence is the page's own words, not a list of
// scales: whatever one-word name stands right after "degree" or "degrees"
// written in lower case is a unit.

package extract

// dropDegreeUnits removes the one-word mentions that follow "degree" or
// "degrees" in lower case right before them ("minus two degrees Celsius").
func (x *extractor) dropDegreeUnits() {
	x.dropMentionsIf(func(m *mention) bool {
		if m.end-m.start != 1 || m.start == 0 || m.typ == Event {
			return false
		}
		s := &x.sents[m.sent]
		return degreeWord(s.toks[m.start-1].Text)
	})
}

// degreeWord reports whether a token is "degree" or "degrees" as prose
// writes them, in lower case (not "Degrees" opening a heading).
func degreeWord(w string) bool {
	return w == "degree" || w == "degrees"
}
