package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// capitalBody returns the country whose generic body b ("Finance
// Ministry", "Central Bank", "Treasury") an article without a country of
// its own means (mainCountry found none: no country named twice as often
// as any other), or "": the country of the capital the story was filed
// from ("the Finance Ministry said" in a story filed from TOKYO is Japan's,
// "the Treasury" of one filed from WASHINGTON the Treasury Department).
// Not when a sentence naming the body (a mention k with generic[k] b)
// names a city or a known body of another country and nothing of the
// capital's ("Tehran radio quoted a Foreign Ministry spokesman", filed
// from LONDON), nor for a body not every country has
// (bodiesNotEveryCountry: Japan has no Treasury) unless the gazetteer knows
// the capital's country's body of that name.
func (x *extractor) capitalBody(r *keying, generic []string, b string) string {
	d := x.datelineCountry()
	if d == "" {
		return ""
	}
	if c, ok := gazetteer.City(titleWords(lower(x.filedAt))); !ok || !c.Capital || c.Country != d {
		return ""
	}
	if lowerIn(bodiesNotEveryCountry, b) {
		if _, ok := orgLookup(d + " " + titleWords(lower(b))); !ok {
			return ""
		}
	}
	for k, g := range generic {
		if !strings.EqualFold(g, b) {
			continue
		}
		if named := x.sentenceSeats(r, x.mentions[k].sent); len(named) > 0 && !named[d] {
			return ""
		}
	}
	return d
}

// bodiesNotEveryCountry are the generic bodies (genericBodies) that some
// countries lack under that name: a treasury (Japan's finances are its
// Finance Ministry's; "Treasury" in a Tokyo story is the United States' or
// its bonds).
var bodiesNotEveryCountry = map[string]bool{"treasury": true}

// sentenceSeats returns the countries of the cities, regions and known
// bodies sentence sent names, and of bodies named after a place: where
// what it reports happens ("Tehran radio", "the Tokyo Stock Exchange",
// "the Vietnam News Agency"). A country's name or a national
// adjective does not count: a Tokyo story's Finance Ministry speaks of
// "Japan and the United States". A former state counts as its successor
// too.
func (x *extractor) sentenceSeats(r *keying, sent int) map[string]bool {
	named := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.sent != sent || m.demonym {
			continue
		}
		c := ""
		switch m.typ {
		case Organization:
			if o, ok := orgLookup(strings.TrimPrefix(r.keys[k], "O:")); ok {
				c = o.Country
			} else {
				c = leadingPlaceCountry(m.name)
			}
		case City, Place:
			c = mentionCountry(m)
		}
		if c != "" {
			named[c] = true
			if s := successorStates[c]; s != "" {
				named[s] = true
			}
		}
	}
	return named
}

// leadingPlaceCountry returns the country of the place an organisation's
// name starts with ("Tehran Radio": Iran; "Vietnam News Agency":
// Vietnam), or "".
func leadingPlaceCountry(name string) string {
	f := strings.Fields(name)
	for n := min(3, len(f)-1); n >= 1; n-- {
		lead := strings.Join(f[:n], " ")
		if c, ok := gazetteer.Country(lead); ok {
			return c
		}
		if c, ok := gazetteer.City(lead); ok {
			return c.Country
		}
	}
	return ""
}
