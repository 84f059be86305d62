package extract

// A title's head word used as a verb after "to" is no title before the
// possessive name that follows, its object's owner: "found space to
// powerfully head Lampard's corner", "to head Smith's campaign". The tagger
// reads "to actor Nicolas Cage" and "to skipper Brian O'Driscoll" as verbs
// too: a name without a possessive keeps its title.

// infinitiveBefore reports whether the lower-case word at token j of
// sentence si is a verb after "to" (adverbs between), a possessive name
// after it: "to powerfully head Lampard's".
func (x *extractor) infinitiveBefore(si, j int) bool {
	toks := x.sents[si].toks
	if j < 1 || toks[j].Text != lower(toks[j].Text) || toks[j].Tag != "VB" {
		return false
	}
	if m := x.mentionAt(si, j+1); m == nil || m.end >= len(toks) || !possessiveToken(toks[m.end]) {
		return false
	}
	k := j - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	return lowerIs(toks[k].Text, "to")
}
