// The bounds of a fronted phrase and its clause (frontedSubject): the event
// must be in the phrase that opens the sentence, and the clause after it
// must have the person as its subject, not someone named after its verb.

package extract

// frontedPhrase reports whether the event head at token head of sentence si
// is inside the phrase opening the sentence: no finite verb outside a name
// comes before it ("After talks with Suharto, he said" but not "In
// hearings before the commission, Guinn said the company faced ..., and
// due to discussions with it, he said").
func (x *extractor) frontedPhrase(si, head int) bool {
	for k := 1; k < head && k < len(x.sents[si].toks); k++ {
		if x.clauseVerbAt(si, k) {
			return false
		}
	}
	return true
}

// clauseVerbAt reports whether token k of sentence si is a finite verb or a
// modal outside any name: the verb of a clause.
func (x *extractor) clauseVerbAt(si, k int) bool {
	s := &x.sents[si]
	if k < 0 || k >= len(s.toks) || s.owner[k] >= 0 {
		return false
	}
	switch s.toks[k].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}
