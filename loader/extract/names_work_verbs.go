// The verb after a work's name: "the film Anna Kovacs made in 1998" is a
// relative clause whose subject is the name (a person, who stays), but
// "the comedy Sideways won the prize" and "the tanker Avaj was hit" say
// something of the work itself. A relative clause leaves its verb without
// an object ("made in 1998", "made."); a verb with its object, a form of
// "be", or "have" before a participle, make the name the sentence's
// subject (names_work_cues.go); not after an indefinite noun ("than a
// downloaded movie NEC is showing a phone": a new clause, whose subject is
// no work).

package extract

import "strings"

// relativeClauseAfter reports whether the tokens from j, just after a name
// written after a work's noun, may be a relative clause the name is the
// subject of: a verb (after modals and adverbs) that is no form of "be" and
// has no object or participle after it.
func relativeClauseAfter(s *sentence, j int) bool {
	k := j
	for k < len(s.toks) && (s.toks[k].Tag == "MD" || s.toks[k].Tag == "RB") {
		k++
	}
	if k == j && s.toks[j].Tag != "MD" && !strings.HasPrefix(s.toks[j].Tag, "VB") {
		return false // no verb: "the film Harbour Lights, earning an award"
	}
	if k >= len(s.toks) || !strings.HasPrefix(s.toks[k].Tag, "VB") {
		return k > j // "the film Anna Kovacs will", cut short
	}
	if beVerbs[s.lower(k)] {
		return false // "the tanker Avaj was hit", "Being Julia is in competition"
	}
	return k+1 >= len(s.toks) || !objectStart(s.toks[k+1].Tag)
}

// objectStart reports whether a token of this tag may open a verb's object
// or complete its verb: a determiner, pronoun, number, adjective, noun,
// particle or participle ("won the prize", "has 11 nominations", "came
// out", "has knocked").
func objectStart(tag string) bool {
	switch tag {
	case "DT", "PDT", "PRP", "PRP$", "CD", "RP", "VBN", "VBG", "POS":
		return true
	}
	return strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "NN")
}

// verbAfterIndefinite reports whether a verb follows the name at tokens
// [i, j) of s and the noun phrase of the work's noun just before it opens
// with "a" or "an" ("a downloaded movie NEC is showing"): a work is named
// after "the", a possessive or an adjective, and a name after an
// indefinite noun with a verb after it opens a new clause.
func verbAfterIndefinite(s *sentence, i, j int) bool {
	if t := s.toks[j].Tag; t != "MD" && !strings.HasPrefix(t, "VB") {
		return false
	}
	k := i - 2 // the word before the work's noun
	for k >= 0 && (strings.HasPrefix(s.toks[k].Tag, "JJ") || strings.HasPrefix(s.toks[k].Tag, "NN") || s.toks[k].Tag == "VBN" || s.toks[k].Tag == "CD") {
		k--
	}
	return k >= 0 && (s.lower(k) == "a" || s.lower(k) == "an")
}
