// A body named by "known as" after a noun of bodies: "One group of
// organizers, known as The Kitchen Table Crew, endorsed ...", "a consortium
// known as the Harbour Consortium", "a network of software pirates, known
// as Black Lantern". The noun heads the phrase ("group", "band",
// "consortium", with an "of" phrase of lower-case words after it) and a
// determiner opens it; the name after "as" is the body's, though the
// recogniser missed it or read it as a person's. "called" and "named" cue
// it too right after a phrase opened by "a", "an", "one" or "another" ("a
// group called Parents for Clean Air"), where they cannot be the verb ("the
// party called Smith a liar" opens with "the"; "Jo Bell, of a research firm,
// called the figures good" has a comma before it).

package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// knownAsNouns are nouns of bodies that "known as NAME" may follow: the
// bodies' nouns (orgNouns, bodyNouns, but those that name people too:
// personNouns) and data/knownAsNouns.txt's nouns of groups ("band",
// "crew", "coalition").
var knownAsNouns = func() map[string]bool {
	m := wordSet("knownAsNouns")
	for w := range orgNouns {
		if !personNouns[w] {
			m[w] = true
		}
	}
	for w := range bodyNouns {
		m[w] = true
	}
	return m
}()

// knownAsBodies types as a sure organisation the name that "known as"
// (or "called", "named") gives a phrase headed by a noun of bodies (see
// the file's comment), adding the mention when the recogniser found none.
func (x *extractor) knownAsBodies() {
	for si := range x.sents {
		s := &x.sents[si]
		for i := 2; i+1 < len(s.toks); i++ {
			start := i + 1
			switch s.lower(i) {
			case "known":
				if s.lower(i+1) != "as" {
					continue
				}
				start = i + 2
			case "called", "named":
			default:
				continue
			}
			det := knownAsHeadDeterminer(s, i)
			if det == "" || s.lower(i) != "known" && (!indefiniteDeterminers[det] || s.toks[i-1].Text == ",") {
				continue // "an industry research firm, called the March numbers excellent": the verb
			}
			i0, j := knownAsName(s, start)
			if j > i0 {
				x.bodyNamedAt(si, i0, j)
			}
		}
	}
}

// indefiniteDeterminers open a phrase that "called" or "named" may follow
// as a participle, not as the verb.
var indefiniteDeterminers = map[string]bool{"a": true, "an": true, "one": true, "another": true}

// openingDeterminers open the phrase a "known as" name is given to.
var openingDeterminers = map[string]bool{"a": true, "an": true, "one": true, "another": true, "the": true, "this": true, "that": true}

// knownAsHeadDeterminer returns the lower-cased determiner of the phrase
// before the cue at token i, when a noun of bodies heads it: "a political
// group", "one group of senior organizers", with a comma or not before the
// cue. "" when there is none, or when the phrase is itself in an "of"
// phrase ("the leader of the group, known as ...": the name may be the
// leader's).
func knownAsHeadDeterminer(s *sentence, i int) string {
	end := i
	if s.toks[end-1].Text == "," {
		end--
	}
	head := -1
	if knownAsNouns[s.lower(end-1)] {
		head = end - 1
	} else {
		// "group of now mostly senior organizers": the head before an
		// "of" phrase of lower-case words
		for k := end - 1; k >= 1 && k >= end-8; k-- {
			if s.lower(k) == "of" {
				if knownAsNouns[s.lower(k-1)] {
					head = k - 1
				}
				break
			}
			if !lowerLetters(s.toks[k].Text) {
				return ""
			}
		}
	}
	if head < 1 || gazetteer.Capitalised(s.toks[head].Text) {
		return ""
	}
	// up to three lower-case modifiers before the head: "political action group"
	for k := head - 1; k >= 0 && k >= head-4; k-- {
		w := s.lower(k)
		if openingDeterminers[w] {
			if k > 0 && s.lower(k-1) == "of" {
				return ""
			}
			return w
		}
		if !lowerLetters(s.toks[k].Text) {
			return ""
		}
	}
	return ""
}

// lowerLetters reports whether t is a word of lower-case letters (hyphens
// allowed): no name, no number, no punctuation.
func lowerLetters(t string) bool {
	if t == "" || t[0] == '-' {
		return false
	}
	for _, r := range t {
		if r != '-' && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

// knownAsName returns the tokens [i0, j) of the name that starts at token
// start: capitalised words, joined by "of", "for", "and", "&" or "the" when a
// capitalised word follows, a leading "the" left out; at most six tokens.
// i0 == j when no name starts there.
func knownAsName(s *sentence, start int) (int, int) {
	i0 := start
	if i0+1 < len(s.toks) && s.lower(i0) == "the" {
		i0++
	}
	j := i0
	for j < len(s.toks) && j < i0+6 {
		t := s.toks[j].Text
		if gazetteer.Capitalised(t) && t != "I" {
			j++
			continue
		}
		switch s.lower(j) {
		case "of", "for", "and", "&", "the":
			if j > i0 && j+1 < len(s.toks) && gazetteer.Capitalised(s.toks[j+1].Text) {
				j++
				continue
			}
		}
		break
	}
	return i0, j
}

// bodyNamedAt makes tokens [i, j) of sentence si a sure organisation: the
// mention that spans them retyped, or a new one when no mention overlaps
// them. A mention that overlaps them otherwise, or a known place, is left
// alone.
func (x *extractor) bodyNamedAt(si, i, j int) {
	s := &x.sents[si]
	for k := i; k < j; k++ {
		o := s.owner[k]
		if o < 0 {
			continue
		}
		m := &x.mentions[o]
		if m.start != i || m.end != j || m.demonym || m.nominal {
			return
		}
		if _, known := gazetteer.Place(m.name); known && m.typ != Person {
			return
		}
		m.typ, m.sure = Organization, true
		return
	}
	if k := x.addMention(si, i, j, Organization, false); k >= 0 {
		x.mentions[k].sure = true
	}
}
