package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// A recurring event's name after a year names one edition of it: "the 1988
// Summer Olympics", "the 2004 Brit Awards", "the 2003 World Cup". Without
// the year the node would stand for the series, which is no one event. The
// year is taken into the name when it stands alone between a determiner (or
// the sentence's start, see editionOpener) and the name, owned by no other
// mention: not "the 2000 and 2004 Olympics", where the year before the name
// is one of two. A
// war keeps its name ("the 1973 Yom Kippur War"): a war is one event
// whatever year the story gives it, and so are games named by their host
// city ("the 2000 Sydney Olympics": "Sydney Olympics" is already one). The
// name without its year stays the node's alias: people call the edition by
// it ("the Summer Olympics" of 1988).

// eventEditions takes the year before an event's name into the name.
func (x *extractor) eventEditions() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Event || m.nominal || m.demonym || m.bend > 0 || m.start == 0 {
			continue
		}
		s := &x.sents[m.sent]
		y := m.start - 1
		if s.owner[y] >= 0 {
			continue
		}
		if _, ok := isYear(s.toks[y].Text); !ok || len(s.toks[y].Text) != 4 {
			continue
		}
		if y > 0 && !x.editionOpener(s, y-1) {
			continue
		}
		if last := s.lower(m.end - 1); last == "war" || (olympicWord(last) || last == "games") && m.end-m.start > 1 && knownPlace(s.toks[m.start].Text) {
			continue
		}
		series := m.name
		x.respan(k, y, m.end, Event)
		m.sure = true
		if m.alias == "" {
			m.alias = series // the name the story gives it without its year
		}
	}
}

// editionOpeners are the part-of-speech tags of the word before an
// edition's year: "the", "his", "Britain's".
var editionOpeners = map[string]bool{"DT": true, "PRP$": true, "POS": true}

// editionOpener reports whether token i of s may stand before an edition's
// year: a determiner or possessive, an adjective after one ("the entire 2004
// Six Nations"), or "and" after a name, not after a year ("the 1998 World
// Cup and 2000 European Championship", not "the 2000 and 2004 Olympics").
func (x *extractor) editionOpener(s *sentence, i int) bool {
	switch t := s.toks[i].Tag; {
	case editionOpeners[t]:
		return true
	case t == "JJ":
		return i > 0 && editionOpeners[s.toks[i-1].Tag]
	case t == "CC" && s.lower(i) == "and":
		if i == 0 || s.owner[i-1] < 0 {
			return false
		}
		_, year := isYear(s.toks[i-1].Text)
		return !year
	}
	return false
}

// knownPlace reports whether w is a place a gazetteer knows.
func knownPlace(w string) bool {
	_, ok := gazetteer.Place(w)
	return ok
}
