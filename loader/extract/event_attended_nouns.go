// Event nouns that name a gathering only where someone is told to take
// part in it: "attended a rally", "spoke at a reception", "hosted a
// vigil", "was joined at the launch by". Alone they are as often no
// gathering ("the dollar's rally", "the reception of the plan", "the launch
// of a satellite"), so the events stage reads them only after such a verb
// (attendedNouns, data/attendedNouns.txt). A funeral's or a vigil's "of"
// phrase and possessor are who is mourned (mournedNouns), no attendee: the
// noun is read only after "a" or "the", and its "of" phrase is not read;
// none is read after a possessive ("their rallies": the owner holds them).

package extract

import "strings"

// attendedNouns are the event nouns read only after a verb of taking part.
var attendedNouns = wordSet("attendedNouns")

// mournedNouns are the events whose "of" phrase or possessor names who is
// mourned: "the funeral of former minister Paul Grant", "her funeral".
var mournedNouns = map[string]bool{"funeral": true, "funerals": true, "vigil": true, "vigils": true}

// attendedNoun reports whether the event noun at token i of sentence si
// is the object of a verb of attending or hosting ("attended a rally",
// "hosted a reception", "Vance held a rally": held by a person or a body)
// or follows "at" after a verb of presence or
// "joined" ("spoke at a rally", "was joined at the launch"), not negated;
// not after a possessive; a mourned noun's phrase must open with "a" or "the".
func (x *extractor) attendedNoun(si, i int) bool {
	s := &x.sents[si]
	toks := s.toks
	start := x.npStart(si, i)
	if start < 2 || start > i {
		return false
	}
	if w := s.lower(start); toks[start].Tag == "PRP$" || toks[start].Tag == "POS" || mournedNouns[s.lower(i)] && w != "a" && w != "the" {
		return false // "their rallies": the owner holds them, "her funeral" is hers
	}
	for k := start + 1; k < i; k++ {
		if s.owner[k] >= 0 || !strings.HasPrefix(toks[k].Tag, "JJ") && !strings.HasPrefix(toks[k].Tag, "NN") && toks[k].Tag != "CD" {
			return false // "the Labour Party's rally": an owner or a clause between
		}
	}
	w := s.lower(start - 1)
	if attendVerbs[w] || hostVerbs[w] || holdForms[w] && x.heldByParty(si, start-1) { // "Vance held a rally"
		return !negated(toks, start-1)
	}
	if w != "at" {
		return false
	}
	if x.invertedOpening(si, start-1, i) {
		return true // "Also at the rally were X and Y"
	}
	if x.addressedAudienceBefore(si, start-1) {
		return true // "addressed supporters at a rally" (event_audiences.go)
	}
	v := start - 2
	for v > 0 && toks[v].Tag == "RB" {
		v--
	}
	return (presenceVerbs[s.lower(v)] || companionVerbs[s.lower(v)]) && !negated(toks, v)
}

// holdForms hold a gathering: "held a rally" (not "had a quiet launch", "had
// a good reception": a product's, an issue's).
var holdForms = map[string]bool{"hold": true, "holds": true, "held": true, "holding": true}

// heldByParty reports whether the subject of the verb at token v of
// sentence si names a person or an organisation: "Senator Vance held a
// rally", not "the dollar held a rally".
func (x *extractor) heldByParty(si, v int) bool {
	for _, e := range x.subjectBefore(si, v) {
		if e >= 0 && (x.ents[e].typ == Person || x.ents[e].typ == Organization) {
			return true
		}
	}
	return false
}

// invertedOpening reports whether the "at" at token at opens sentence si
// after only inverted openers ("Also", "Among those") and the event noun
// at token head is followed by "was" or "were": "Also at the rally were
// X and Y" (invertedAttendees reads the names).
func (x *extractor) invertedOpening(si, at, head int) bool {
	s := &x.sents[si]
	if at < 1 || head+1 >= len(s.toks) || s.lower(head+1) != "were" && s.lower(head+1) != "was" {
		return false
	}
	for k := 0; k < at; k++ {
		if !invertedOpeners[s.lower(k)] {
			return false
		}
	}
	return true
}
