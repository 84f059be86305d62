// A speaker who addresses an audience at an event is there: "Mark Golding
// addressed supporters at a rally in Half Way Tree", "the premier briefed
// reporters during a press conference". The verb (audienceVerbs) and its
// audience (audienceWords: "supporters", "a crowd", "reporters") stand
// before "at" or "during" and the event.

package extract

// audienceVerbs take an audience as their object before an event.
var audienceVerbs = wordSet("audienceVerbs")

// addressedAudienceBefore reports whether the words before token at ("at",
// "during") of sentence si are a verb of addressing or saying and its
// audience only ("addressed supporters", "told a crowd"), not negated.
func (x *extractor) addressedAudienceBefore(si, at int) bool {
	s := &x.sents[si]
	v := at - 1
	for v > 0 && audienceWords[s.lower(v)] {
		v--
	}
	if v >= at-1 || v < 0 || !isVerbTag(s.toks[v].Tag) {
		return false
	}
	return (audienceVerbs[s.lower(v)] || speechVerbs[s.lower(v)]) && !negated(s.toks, v)
}
