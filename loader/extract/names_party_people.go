package extract

// A party's word read as a person's name: the recogniser reads "Lib Dem"
// in "He underlined Lib Dem plans" or "Conservative and Lib Dem opposition"
// as a person. Where the article names that party elsewhere as a body ("the
// Lib Dems") and the word is a modifier (a lower-case word follows, no
// honorific comes before), the word is a mention of the party, as
// partyTitleOpening makes it before a title.

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// personPartyModifier reports whether the person's mention at token i of
// sentence si is a party's word (personPartyWord) used as a modifier: a
// lower-case word or a possessive's "'s" follows it, no honorific or word of
// a name stands before it (nameWordBefore), and another
// mention of the article, read as a body, names the same party.
func (x *extractor) personPartyModifier(si, i int) bool {
	s := &x.sents[si]
	if s.owner[i] < 0 || nameWordBefore(s, i) || !x.personPartyWord(si, i) || i > 0 && isHonorific(s.toks[i-1].Text) {
		return false // "Christian Democrat leadership": another party's name
	}
	m := &x.mentions[s.owner[i]]
	if m.end >= len(s.toks) {
		return false
	}
	if w := s.toks[m.end].Text; w != "'s" && (gazetteer.Capitalised(w) || !isWordToken(w)) {
		return false // "the Lib Dem's call" is the party's too
	}
	p, _ := x.partyOfSpan(si, i, m.end)
	for k := range x.mentions {
		o := &x.mentions[k]
		if o.typ != Organization {
			continue
		}
		if q, ok := partyOf(o.name); ok && q.Name == p.Name {
			return true
		}
	}
	return false
}

// nameWordBefore reports whether a capitalised word that may be part of a
// name stands right before token i (capitalBefore), not a capitalised
// adverb, conjunction or preposition opening the sentence ("Meanwhile Lib
// Dem leader", "But Lib Dem officials").
func nameWordBefore(s *sentence, i int) bool {
	if !capitalBefore(s, i) {
		return false
	}
	switch s.toks[i-1].Tag {
	case "RB", "CC", "IN", "DT", "RBR":
		return false
	}
	return true
}
