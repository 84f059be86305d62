package extract

// Evidence that a surname read as a body's is a person's, from the words
// around it in its own sentence: a clause's opening word before it is no
// part of its name ("When Bloomberg entered the race, he ..."), and a name
// joined by "and" or "or" to a person's is a person's too ("Bloomberg and
// Steyer would regret", "if Bloomberg or Steyer is not elected"), and
// "the" before a surname shown a person's belongs to the noun the name
// modifies ("the Bloomberg campaign"), not to a body's name.

// afterOpeningWord reports whether the one word before mention m opens its
// sentence and is no name's word by its tag: a conjunction, an adverb, a
// preposition or a determiner ("When", "But", "If", "Still"), which
// cutFromName would take for the rest of a name.
func (x *extractor) afterOpeningWord(m *mention) bool {
	if m.start != 1 {
		return false
	}
	switch x.sents[m.sent].toks[0].Tag {
	case "WRB", "CC", "RB", "IN", "DT", "WDT", "PRP", "PRP$":
		return true
	}
	return false
}

// pairedWithPerson reports whether mention m and a mention typed a
// person's stand on either side of "and" or "or" with nothing else between
// ("Bloomberg and Steyer", "Sanders or Bloomberg").
func (x *extractor) pairedWithPerson(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end+1 < len(s.toks) && orAnd(s.lower(m.end)) {
		if o := s.owner[m.end+1]; o >= 0 && x.mentions[o].start == m.end+1 && x.personNamed(o) {
			return true
		}
	}
	if m.start >= 2 && orAnd(s.lower(m.start-1)) {
		if o := s.owner[m.start-2]; o >= 0 && x.mentions[o].end == m.start-1 && x.personNamed(o) {
			return true
		}
	}
	return false
}

// personNamed reports whether mention k is typed a person's and is no
// demonym or common noun.
func (x *extractor) personNamed(k int) bool {
	o := &x.mentions[k]
	return o.typ == Person && !o.demonym && !o.nominal
}

// orAnd reports whether a lower-case word is "and" or "or".
func orAnd(w string) bool { return w == "and" || w == "or" }

// beforeCommonNoun reports whether a lower-case common noun follows mention
// m: the name modifies it ("the Bloomberg campaign", "the Sanders camp").
func (x *extractor) beforeCommonNoun(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end >= len(s.toks) {
		return false
	}
	t := s.toks[m.end]
	return (t.Tag == "NN" || t.Tag == "NNS") && t.Text == s.lower(m.end)
}
