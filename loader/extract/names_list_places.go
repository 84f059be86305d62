package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// listPlaces types as places the names read as bodies in a list of places:
// news lists like with like ("no effect in Barcelona, Bilbao, Las Palmas
// and Pasajes", "rains in Jiangsu, Anhui, Hunan and Zheziang"), and a list
// of two under a place noun in the plural says so itself ("the ports of
// Dalian and Xingang", "the Wollo and Illubabor regions"). A list is a list
// of places when every other name in it is read as a place, two of them
// places a gazetteer knows or the rules are sure of (a town and its region
// or country count as one: "Oxford, UK, and Nokia begins"), unless a plural
// place noun frames it. What it retypes: a name of one to three words read
// as a body that nothing makes one (no gazetteer's body, no firm's ending,
// no body's word, no acronym, no "the" before it, no context the rules are
// sure of). Not in a story about sport,
// where towns name clubs ("Chelsea, Arsenal and Liverpool"). The mention is
// then sure of its type, so the name's other mentions follow it (voteTypes).
func (x *extractor) listPlaces() {
	if x.sportsStory() {
		return
	}
	x.eachList(2, func(si int, list []int) {
		known, read, cands := 0, 0, []int(nil)
		for i, k := range list {
			m := &x.mentions[k]
			if m.demonym || m.nominal || m.bend > 0 {
				return
			}
			switch {
			case x.knownPlace(m):
				if i == 0 || !x.addressPair(list[i-1], k) {
					known++
				}
			case m.typ == Country || m.typ == City || m.typ == Place:
				read++
			case m.typ == Organization && x.placeLikeBody(m):
				cands = append(cands, k)
			default:
				return
			}
		}
		if len(cands) == 0 || known < 2 && !(known+read >= 1 && x.pluralPlaceFrame(si, list)) {
			return
		}
		for _, k := range cands {
			x.mentions[k].typ, x.mentions[k].sure = Place, true
		}
	})
}

// addressPair reports whether mentions a and b, a town and after a comma
// its region or country, are one place's address ("Oxford, UK", "Irvine,
// Calif."): they count as one place of a list.
func (x *extractor) addressPair(a, b int) bool {
	ma, mb := &x.mentions[a], &x.mentions[b]
	if ma.typ != City || mb.typ == City || mb.start != ma.end+1 {
		return false
	}
	return x.sents[mb.sent].toks[ma.end].Text == ","
}

// knownPlace reports whether mention m is read as a place that a gazetteer
// knows or its context makes sure of.
func (x *extractor) knownPlace(m *mention) bool {
	switch m.typ {
	case Country, City, Place:
	default:
		return false
	}
	if m.sure {
		return true
	}
	_, ok := gazetteer.Place(m.name)
	return ok
}

// placeLikeBody reports whether mention m, read as a body's name, could be
// a place's for all its words say: one to three capitalised words, none an
// acronym, no body's word or ending, no body a gazetteer knows, no "the"
// before it ("the U.S., Japan, the European Community and Canada"), and no
// context made the reading sure.
func (x *extractor) placeLikeBody(m *mention) bool {
	if m.sure || bodyWords(m.name) || m.start > 0 && x.sents[m.sent].lower(m.start-1) == "the" {
		return false
	}
	words := strings.Fields(m.name)
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if isAcronym(w) || !gazetteer.Capitalised(w) {
			return false
		}
	}
	return true
}

// pluralPlaceFrame reports whether a place noun in the plural frames the
// list (mention indices, in sentence si): after it ("the Wollo and
// Illubabor regions") or before it with "of" ("the ports of Dalian and
// Xingang").
func (x *extractor) pluralPlaceFrame(si int, list []int) bool {
	s := &x.sents[si]
	first, last := &x.mentions[list[0]], &x.mentions[list[len(list)-1]]
	if last.end < len(s.toks) && pluralPlaceNoun(s.lower(last.end)) {
		return true
	}
	return first.start >= 2 && s.lower(first.start-1) == "of" && pluralPlaceNoun(s.lower(first.start-2))
}

// pluralPlaceNoun reports whether w is a place noun in the plural:
// "regions", "ports", "cities", "counties".
func pluralPlaceNoun(w string) bool {
	if strings.HasSuffix(w, "ies") {
		if _, ok := placeNouns[strings.TrimSuffix(w, "ies")+"y"]; ok {
			return true
		}
	}
	one := strings.TrimSuffix(w, "s")
	if one == w {
		return false
	}
	_, ok := placeNouns[one]
	return ok
}
