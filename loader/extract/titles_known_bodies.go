package extract

// A known title of several words whose first word the recogniser read as a
// body of its own: "Postmaster General Jonathan Hunt" is no "General" of a
// body "Postmaster". Only titles ended by a postpositive "General" (the
// head comes first: "Postmaster General", "Comptroller General"); in
// "Central Bank Governor" or "Labour leader" the body inside the title is
// the person's affiliation.

// bodyInsideTitle reports whether the mention owning token start of
// sentence si is a body lying wholly inside the known title [start, end)
// ended by "General": the title's words, no affiliation.
func (x *extractor) bodyInsideTitle(si, start, end int) bool {
	s := &x.sents[si]
	o := s.owner[start]
	if o < 0 || end-1 <= start || s.lower(end-1) != "general" {
		return false
	}
	m := &x.mentions[o]
	return m.typ != Person && m.start >= start && m.end < end && m.bend == 0
}
