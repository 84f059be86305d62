// A quotation's first person takes part in the events it tells: "“I
// spoke with Mayor Reyes this morning,” Governor Lane said" is Lane's
// conversation, and "“My talks with President Ruto were productive,”
// Sunak said" Sunak's talks. The speaker is the quotation's attributed one
// (quote_speakers.go); an "I" or "my" no attribution names stays no one's.

package extract

// quotedSelfSubject reports whether the subject of the verb at token v of
// sentence si is a quoted "I" whose speaker is known (auxiliaries and
// adverbs between: "I have already spoken with").
func (x *extractor) quotedSelfSubject(si, v int) bool {
	s := &x.sents[si]
	k := v - 1
	for k >= 0 && (s.toks[k].Tag == "MD" || s.toks[k].Tag == "RB" || isVerbTag(s.toks[k].Tag)) {
		k--
	}
	return k >= 0 && s.lower(k) == "i" && s.toks[k].Tag == "PRP" && x.firstPersonSpeaker(si, k) >= 0
}

// quotedPossessor returns the speaker a quoted "my" opening the phrase of
// the event noun at token head stands for (the phrase may start at the
// quotation's mark), or -1.
func (x *extractor) quotedPossessor(si, start, head int) int {
	s := &x.sents[si]
	if start < head && isOpenQuote(s.toks[start]) {
		start++
	}
	if start >= head || s.toks[start].Tag != "PRP$" || s.lower(start) != "my" {
		return -1
	}
	e := x.firstPersonSpeaker(si, start)
	if e >= 0 {
		x.resolvedPronoun(si, start, e)
	}
	return e
}
