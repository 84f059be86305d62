// Plural objects: "We invited the duo for a chat", "met the pair at a
// fundraiser". Two people named together just before ("Marissa Halpert,
// a front end engineer, and Rick Terrill, who leads the team, ...") and
// taken up as "the duo", "the pair" or "the two" between a verb and an
// event's noun attend that event together.

package extract

import "strings"

// pluralObjectWords take up two people named before as a verb's object.
// Not "the couple": a couple are kin, one side of what they attend.
var pluralObjectWords = map[string]bool{"duo": true, "pair": true, "two": true}

// pluralObjectPreps join "the duo" to the event it is invited or brought
// to: "for a chat", "to a dinner", "at a fundraiser".
var pluralObjectPreps = map[string]bool{"for": true, "to": true, "at": true}

// pluralObjects adds the two people "the duo" stands for to the noun
// events read in sentence si (x.events[first:]) that "VERB the duo for"
// leads to.
func (x *extractor) pluralObjects(si, first int) {
	s := &x.sents[si]
	toks := s.toks
	for _, ev := range x.events[first:] {
		tr := ev.triggers[0]
		if tr.sent != si || ev.verb {
			continue
		}
		start := x.npStart(si, tr.start)
		k := start - 2 // "the duo" "for" "a chat"
		if k < 2 || !pluralObjectPreps[s.lower(start-1)] || !pluralObjectWords[s.lower(k)] || s.lower(k-1) != "the" ||
			!strings.HasPrefix(toks[k-2].Tag, "VB") || negated(toks, k-2) || insideQuote(toks, k) {
			continue
		}
		people, at := x.pluralAntecedentBack(si)
		if people == nil {
			continue
		}
		for _, p := range people {
			ev.addAttendee(p, at)
		}
		ev.own, ev.plural = true, true
	}
}

// pluralAntecedentBack returns the two people a plural word of sentence si
// stands for and the sentence that names them: the sentence before, or the
// one before that when the sentence between goes on with them as "they",
// "the two" or "both" ("Together, they led the shift.").
func (x *extractor) pluralAntecedentBack(si int) ([]int, int) {
	if p := x.pluralAntecedent(si); p != nil {
		return p, si - 1
	}
	if si < 2 || !x.opensWithPlural(si-1) {
		return nil, -1
	}
	if p := x.pluralAntecedent(si - 1); p != nil {
		return p, si - 2
	}
	return nil, -1
}

// opensWithPlural reports whether sentence si's subject is a plural word
// for people named before: "They", "The two", "Both", "Together, they".
func (x *extractor) opensWithPlural(si int) bool {
	s := &x.sents[si]
	k := 0
	if len(s.toks) > 2 && s.lower(0) == "together" && s.toks[1].Text == "," {
		k = 2
	}
	if k >= len(s.toks) {
		return false
	}
	switch s.lower(k) {
	case "they", "both":
		return true
	case "the":
		return k+1 < len(s.toks) && pluralPeopleWords[s.lower(k+1)]
	}
	return false
}
