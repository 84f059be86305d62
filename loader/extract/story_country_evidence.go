package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// storyCountryHeld reports whether country c, the one the article names
// most, may give a bare national body of sentence sent its country ("the
// Treasury"). It may unless c is counted only from national adjectives
// before common nouns ("tariffs on Japanese imports", "the Japanese yen")
// while the story names a government by its head ("the Reagan
// administration's tariffs"): that government is the story's actor, and
// its country is not c's. Counted otherwise, c stands: the story was filed
// from c, the body's sentence names c, or the story names c by its name, a
// place of it, a body of it the gazetteer knows ("Labour", "the House of
// Lords") or an adjective before a name ("West German Technology
// Minister").
func (x *extractor) storyCountryHeld(r *keying, c string, sent int) bool {
	if x.datelineCountry() == c || !x.headedGovernment() {
		return true
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Organization {
			if o, ok := orgLookup(strings.TrimPrefix(r.keys[k], "O:")); ok && o.Country == c {
				return true
			}
			continue
		}
		if mc := mentionCountry(m); mc != c && (mc == "" || successorStates[c] != mc) {
			continue
		}
		if m.sent == sent || !m.demonym || !x.modifiesNoun(m) {
			return true
		}
	}
	return false
}

// headedGovernment reports whether the article names a government by a
// person at its head: a person's mention followed by "administration" or
// "government" ("the Reagan administration", "the Aquino government's").
func (x *extractor) headedGovernment() bool {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person {
			continue
		}
		toks := x.sents[m.sent].toks
		i := m.end
		if i < len(toks) && toks[i].Tag == "POS" {
			i++
		}
		if i < len(toks) && (lowerIs(toks[i].Text, "administration") || lowerIs(toks[i].Text, "government")) {
			return true
		}
	}
	return false
}

// mentionCountry returns the country a mention names: a national
// adjective's, a country's, or a city's or region's; "" for others (and
// for a name the gazetteer does not know). mainCountry votes with it.
func mentionCountry(m *mention) string {
	switch {
	case m.demonym:
		c, _ := demonym(m.text)
		return c
	case m.typ == Country:
		c, _ := gazetteer.Country(m.name)
		return c
	case m.typ == City || m.typ == Place:
		p, _ := gazetteer.Place(m.name)
		return p.Country
	}
	return ""
}

// successorStates names the country each former state's places are in now:
// "Bonn" (Germany today) shows a story of West German bodies.
var successorStates = map[string]string{
	"West Germany": "Germany",
	"East Germany": "Germany",
	"Soviet Union": "Russia",
}
