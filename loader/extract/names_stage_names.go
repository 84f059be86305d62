// Performers' names of a shape no person's or body's name has: a number
// first ("rapper 60 Pence"), an article first ("rapper The Riddle", "group
// The Tinsmiths"). The trade or the band noun before them says whose
// name it is; the recogniser reads the words after the number or the
// article alone ("Pence", "Tinsmiths"), as a thing, or not at all. A name
// given a "real name" ("The Riddle, whose real name is Joe Bloggs", "60
// Pence - real name Ann Smith -") is a person's stage name.

package extract

import "unicode"

// stageTrades are the performers' trades a stage name follows: "rapper
// The Riddle", "DJ 2 Bad".
var stageTrades = map[string]bool{"rapper": true, "singer": true, "dj": true, "mc": true}

// stageNames, in sentence si: after a performer's trade (stageTrades) a
// number or "The" and one or two capitalised words name a person; after a
// band noun (bandNouns, lower case), "The" and capitalised words name a
// body. What the recogniser read inside the words gives way.
func (x *extractor) stageNames(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		var typ EntityType
		switch lw := s.lower(i - 1); {
		case stageTrades[lw]:
			typ = Person
		case bandNouns[toks[i-1].Text] && isNounTag(toks[i-1].Tag):
			typ = Organization
		default:
			continue
		}
		if s.owner[i-1] >= 0 || toks[i].Text != "The" && (typ != Person || !stageNumber(toks[i].Text)) {
			continue
		}
		end := i + 1
		for end < len(toks) && end < i+3 && stageWord(toks[end].Text) {
			end++
		}
		if end == i+1 || !x.onlyInside(si, i, end) {
			continue
		}
		x.removeOwnersIn(si, i, end)
		if k := x.addMention(si, i, end, typ, false); k >= 0 {
			x.mentions[k].sure = true
		}
		i = end
	}
}

// realNamed returns the mentions of sentence si that are stage names: the capitalised words (a number or "The"
// may open them, at most four words) right before ", real name", "-
// real name" or ", whose real name" (stagePeople types them). What the
// recogniser read inside them gives way, unless a rule was sure of it.
func (x *extractor) realNamed(si int) []int {
	var found []int
	s := &x.sents[si]
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Text != "," && toks[k].Text != "-" {
			continue
		}
		r := k + 1
		if s.lower(r) == "whose" {
			r++
		}
		if r+1 >= len(toks) || s.lower(r) != "real" || s.lower(r+1) != "name" {
			continue
		}
		start := k
		for start > 0 && k-start < 4 && stageWord(toks[start-1].Text) && !isTitleHead(toks[start-1].Text) {
			start--
		}
		if start > 0 && k-start < 4 && (toks[start-1].Text == "The" || stageNumber(toks[start-1].Text)) {
			start--
		}
		if start == k || !stageWord(toks[k-1].Text) || !x.onlyInside(si, start, k) {
			continue
		}
		if o := s.owner[start]; o >= 0 && x.mentions[o].start == start && x.mentions[o].end == k {
			found = append(found, o)
			continue
		}
		x.removeOwnersIn(si, start, k)
		if m := x.addMention(si, start, k, Person, false); m >= 0 {
			found = append(found, m)
		}
	}
	return found
}

// stagePeople types as people, last in the mentions stage, the stage names
// a real name follows (realNamed) and every other mention of the same
// name in the article: the rules before typed them by their words alone.
func (x *extractor) stagePeople() {
	named := map[string]bool{}
	for si := range x.sents {
		if !x.sents[si].row {
			for _, k := range x.realNamed(si) {
				named[x.mentions[k].name] = true
			}
		}
	}
	if len(named) == 0 {
		return
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; named[m.name] && !m.demonym && m.bend == 0 {
			m.typ, m.sure = Person, true
		}
	}
}

// stageNumber reports whether w is a number that opens a stage name: one
// to three digits ("50", "2"), not a year.
func stageNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// stageWord reports whether w is a capitalised word of letters (a hyphen
// inside allowed: "G-Force"), a word of a stage name.
func stageWord(w string) bool {
	for k, r := range w {
		if k == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) && (r != '-' || k == 0) {
			return false
		}
	}
	return w != ""
}
