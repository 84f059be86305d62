package extract

// titleOfBodyComma reads a title of a body set before a name with a comma,
// the comma at token comma of sentence si: "Managing Director of Carita
// Jamaica Limited, Rita Hilton", "President of the Jamaica Manufacturers &
// Exporters, JMEA, John Mahfood" (the body's acronym between commas).
func (x *extractor) titleOfBodyComma(si, comma int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	end := comma
	// ", JMEA," : the body's acronym in apposition
	if pm := x.mentionAt(si, end-1); pm != nil && pm.end == end && pm.start >= 2 && toks[pm.start-1].Text == "," && isAcronym(x.span(si, pm.start, pm.end)) {
		if bm := x.mentionAt(si, pm.start-2); bm != nil && bm.end == pm.start-1 && bm.typ == Organization {
			end = pm.start - 1
		}
	}
	if end < 3 || s.owner[end-1] < 0 {
		return role{affil: -1}, false
	}
	return x.titleOfBody(si, end-1, end)
}
