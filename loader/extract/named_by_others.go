package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// naming says how the mentions stage typed a mention by another mention's
// name, so that coreference joins the two without retyping either.
type naming struct {
	how   namingHow
	other int // the body's mention, for a name in brackets
}

type namingHow byte

const (
	inBrackets      namingHow = iota + 1 // "Federation of Economic Organisations (Keidanren)"
	addedInBrackets                      // the same, a name the recogniser had not found
	bodyName                             // "Keidanren" elsewhere, after that
	bodyFirstWords                       // "Pan Ocean" after "Pan Ocean Shipping Company"
)

// namedByOthers types the mentions whose type another mention's name
// decides, last in the mentions stage: a name in brackets after a body's is
// that body's ("Public and Commercial Services Union (PCS)"); a one-word name
// that is a body's name elsewhere in the article, or the first words of one
// body's name, is that body ("a spokesman for Keidanren", "Pan Ocean"); a
// word the recogniser took for a body, a place or another name that is the
// surname of a person named in full is that person, unless a mention shows
// it is a place by its cue ("the city of Brookhaven"). It records in x.named
// which body a name was typed by, for coreference to join them.
func (x *extractor) namedByOthers() {
	x.named = map[int]naming{}
	x.bracketedBodies()
	x.bodiesByName()
	p := x.peopleNamed()
	x.people = p // the same for coreference: the surnames typed here are one-word names
	cued := x.cuedPlaces()
	for k := range x.mentions {
		m := &x.mentions[k]
		if countFields(m.name, 2) != 1 || m.demonym || m.typ != Organization && m.typ != Other && m.typ != Place || cued[m.name] {
			continue
		}
		// a firm by its context ("Sony's Blu-ray Disc technology" after a
		// headline's "Sony DVD") is no person's first name
		if m.sure && m.typ == Organization {
			if _, last := p.full[m.name]; !last {
				continue
			}
		}
		_, knownPlace := gazetteer.Place(m.name)
		if _, known := gazetteer.Org(m.name); !known && !(knownPlace && m.typ == Place) {
			if _, ok := p.surname(m.name); ok {
				m.typ = Person
				delete(x.named, k)
			}
		}
	}
}

// cuedPlaces returns the one-word names that a mention of the article
// shows are places by a place noun and "of" before it ("the city of
// Brookhaven", placeNounOf):
// such a name is no person's surname elsewhere ("ARIUM Brookhaven", an
// apartment block read as a person's name).
func (x *extractor) cuedPlaces() map[string]bool {
	var out map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || strings.Contains(m.name, " ") {
			continue
		}
		if _, ok := x.placeNounOf(m.sent, m.start); ok {
			if out == nil {
				out = map[string]bool{}
			}
			out[m.name] = true
		}
	}
	return out
}

// bracketedBodies types as an organisation a name in brackets after an
// organisation's that no rule typed a place, a body or another name, and
// adds it when the recogniser had not found it: "(PCS)", "(Keidanren)".
func (x *extractor) bracketedBodies() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization {
			continue
		}
		s := &x.sents[m.sent]
		if m.end+2 >= len(s.toks) || s.toks[m.end].Text != "(" || s.toks[m.end+2].Text != ")" {
			continue
		}
		acr := s.toks[m.end+1].Text
		if !isAcronym(acr) && !(gazetteer.Capitalised(acr) && strings.HasPrefix(s.toks[m.end+1].Tag, "NNP")) {
			continue
		}
		if o := s.owner[m.end+1]; o >= 0 {
			if t := x.mentions[o].typ; t != Country && t != City && t != Place && t != Organization && t != Other {
				x.mentions[o].typ = Organization
				x.named[o] = naming{inBrackets, k}
			}
		} else if n := x.addMention(m.sent, m.end+1, m.end+2, Organization, false); n >= 0 {
			x.named[n] = naming{addedInBrackets, k}
		}
	}
}

// bodiesByName types as an organisation a name (a person, place no
// gazetteer knows, or other name) that is one organisation's one-word name
// in the article, or the first words of one organisation's name; not a
// place read right after a preposition of place when the body is no firm
// ("in Las Croabas" beside "the Las Croabas Public Boat Ramp", but "in
// Husky" beside "Husky Oil Ltd": a firm's first words are its short name).
func (x *extractor) bodiesByName() {
	first := map[string]int{} // name -> its first organisation mention
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Organization {
			if _, ok := first[m.name]; !ok {
				first[m.name] = k
			}
		}
	}
	keys := make(map[string]string, len(first))
	for name, k := range first {
		keys[name] = x.bodyKey(k)
	}
	orgFirst := firstWords(keys) // first words -> the body's key, "" when two bodies share them
	for k := range x.mentions {
		m := &x.mentions[k]
		_, known := gazetteer.Place(m.name)
		if m.demonym || !(m.typ == Person || m.typ == Other || m.typ == Place && !known) {
			continue
		}
		if _, ok := first[m.name]; ok && !strings.Contains(m.name, " ") {
			m.typ = Organization
			x.named[k] = naming{how: bodyName}
		} else if body := orgFirst[m.name]; body != "" && !known && !(m.typ == Place && !legalWordIn(body) && x.afterPlacePrep(m)) {
			m.typ = Organization
			x.named[k] = naming{how: bodyFirstWords}
		}
	}
}

// afterPlacePrep reports whether a preposition that introduces places
// only, not firms, stands right before mention m ("in Las Croabas", "near
// Stansted": placePrepBefore, but not "at", "to", "from" or "into", which
// take firms too, nor "in the House", as bodies are named) and m owns
// nothing ("in Anglo's mines" are the firm's).
func (x *extractor) afterPlacePrep(m *mention) bool {
	s := &x.sents[m.sent]
	if m.bstart != 0 || m.start == 0 || m.end < len(s.toks) && s.toks[m.end].Tag == "POS" {
		return false
	}
	switch s.lower(m.start - 1) {
	case "at", "to", "from", "into", "the":
		return false
	}
	return x.placePrepBefore(m.sent, m.start)
}

// bodyKey approximates the key coreference gives organisation mention k:
// its gazetteer name, or the key of the body it is in brackets after.
func (x *extractor) bodyKey(k int) string {
	for n := 0; n < 4; n++ {
		nm, ok := x.named[k]
		if !ok || nm.how != inBrackets && nm.how != addedInBrackets {
			break
		}
		k = nm.other
	}
	if o, ok := orgLookup(x.mentions[k].name); ok {
		return o.Name
	}
	return x.mentions[k].name
}
