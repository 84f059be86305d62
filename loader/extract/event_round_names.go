// A place that names a round of negotiations is no party to it: "the
// Uruguay round negotiations on agriculture", "since the \"Tokyo round\"",
// "the next meeting of Uruguay round negotiators" name rounds after where
// they were opened; the country or city took no part as such.

package extract

// roundNameOnly reports whether place a is, at every mention in its
// sentence, followed by "round" or "rounds" (past a closing quote): the
// name of a negotiating round.
func (x *extractor) roundNameOnly(a evFact) bool {
	if !isPlace(x.ents[a.ent].typ) {
		return false
	}
	return x.atEveryMention(a, func(s *sentence, m *mention) bool {
		k := m.end
		if k < len(s.toks) && (s.toks[k].Tag == "''" || s.toks[k].Text == "'") {
			k++
		}
		return k < len(s.toks) && (s.lower(k) == "round" || s.lower(k) == "rounds")
	})
}
