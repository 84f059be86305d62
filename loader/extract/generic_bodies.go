package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// genericBodies are names of bodies every country has (data/genericBodies.txt).
var genericBodies = wordSet("genericBodies")

// genericBody reports whether an organisation's name is a body every country
// has, without the country: "Central Bank", "Finance Ministry", "Ministry of
// Finance", "Ministry of Foreign Affairs". A ministry of several fields
// ("Ministry of International Trade and Industry") is one country's own name.
func genericBody(name string) bool {
	if lowerIn(genericBodies, name) {
		return true
	}
	f := strings.Fields(name)
	field := func(ws []string) bool {
		for _, w := range ws {
			if !gazetteer.Capitalised(w) {
				return false
			}
			if _, ok := demonym(w); ok {
				return false
			}
			if _, ok := gazetteer.Country(w); ok {
				return false
			}
		}
		return true
	}
	switch {
	case len(f) == 2 && f[1] == "Ministry":
		return field(f[:1])
	case len(f) == 3 && f[0] == "Ministry" && f[1] == "of":
		return field(f[2:])
	case len(f) == 4 && f[0] == "Ministry" && f[1] == "of" && f[2] == "Foreign":
		return field(f[3:])
	}
	return false
}

// countryBody splits a body's name led by its country ("Japanese Finance
// Ministry", "Brazil's Central Bank", "West German Finance Ministry") into
// the country and the generic body.
func countryBody(name string) (country, body string, ok bool) {
	f := strings.Fields(name)
	for n := 1; n < len(f) && n <= 3; n++ {
		lead, rest := strings.Join(f[:n], " "), strings.Join(f[n:], " ")
		if !genericBody(rest) {
			continue
		}
		lead = strings.TrimSuffix(strings.TrimSuffix(lead, "'s"), "’s")
		if c, ok := demonym(lead); ok {
			return c, rest, true
		}
		if c, ok := gazetteer.Country(lead); ok {
			return c, rest, true
		}
	}
	return "", "", false
}

// qualifyBodies keys each generic body ("the Central Bank", "Finance
// Ministry") by its country, so that it is one country's body and not one
// node for all of them: the country written before it ("Brazilian Central
// Bank", "Malaysia's Central Bank", a national adjective the recogniser kept
// apart), else the one country this article gives that body elsewhere, else
// the article's country (mainCountry; when the story's evidence for it does
// not hold against a government named by its head, storyCountryHeld, the
// body keeps its name; when it has none, the country of the capital the
// story was filed from, capitalBody, else the body keeps its name).
func (x *extractor) qualifyBodies(r *keying) {
	country := make([]string, len(x.mentions)) // mention -> its country, "" unknown
	generic := make([]string, len(x.mentions)) // mention -> its generic body
	any := false
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || r.keys[k] != "O:"+m.name {
			continue // a known body (gazetteer) keeps its key
		}
		if c, b, ok := countryBody(m.name); ok {
			country[k], generic[k], any = c, b, true
			continue
		}
		name := m.name
		if a, ok := strings.CutPrefix(name, "A "); ok {
			name = a // "A Finance Ministry official" opening a sentence
		}
		if !genericBody(name) {
			continue
		}
		generic[k], any = name, true
		country[k] = x.countryBefore(m)
	}
	if !any {
		return
	}
	byBody := map[string]map[string]bool{} // generic body -> its countries here
	for k, b := range generic {
		if b != "" && country[k] != "" {
			if lowerIn(byBody, b) == nil {
				byBody[lower(b)] = map[string]bool{}
			}
			lowerIn(byBody, b)[country[k]] = true
		}
	}
	main := ""
	for k, b := range generic {
		if b == "" {
			continue
		}
		c := country[k]
		if c == "" {
			if cs := lowerIn(byBody, b); len(cs) == 1 {
				for c = range cs {
				}
			}
		}
		if c == "" {
			if main == "" {
				main = x.mainCountry(r)
				if main == "" {
					main = "-"
				}
			}
			if main != "-" {
				c = x.filedCountryBody(main, b)
				if c == main && !x.storyCountryHeld(r, main, x.mentions[k].sent) {
					c = "" // another government acts: the body keeps its name
				}
			} else {
				c = x.capitalBody(r, generic, b) // dateline_capital_body.go
			}
		}
		if c == "" {
			continue
		}
		name := c + " " + titleWords(lower(b))
		if o, ok := orgLookup(name); ok {
			name = o.Name // "United States Treasury" is the Treasury Department
		}
		r.set(k, "O:"+name, name, Organization)
		r.canon["O:"+name] = name
	}
}

// filedCountryBody returns the country whose generic body b an article of
// country main means: main, unless main has no body of that name the
// gazetteer knows and the country the story was filed from has one ("the
// Treasury" in a WASHINGTON story about Japan is the Treasury Department, not
// a "Japan Treasury": affiliation-seed150 row 41, seed123 row 45), when
// the story was filed from that country's capital. A body
// both or neither have stays main's ("the central bank" of a Washington story
// about Brazil is Brazil's).
func (x *extractor) filedCountryBody(main, b string) string {
	d := x.datelineCountry()
	if d == "" || d == main {
		return main
	}
	// filed from the capital, where the body sits: a story about
	// Argentina's debt talks filed from MIAMI names Argentina's Treasury
	if c, ok := gazetteer.City(titleWords(lower(x.filedAt))); !ok || !c.Capital {
		return main
	}
	body := titleWords(lower(b))
	if _, ok := orgLookup(main + " " + body); ok {
		return main
	}
	if _, ok := orgLookup(d + " " + body); ok {
		return d
	}
	return main
}

// countryBefore returns the country written just before mention m: a
// country's or national adjective's mention ending where m starts, or
// followed by "'s".
func (x *extractor) countryBefore(m *mention) string {
	s := &x.sents[m.sent]
	i := m.start - 1
	if i >= 0 && s.toks[i].Tag == "POS" {
		i--
	}
	if i < 0 || s.owner[i] < 0 {
		return ""
	}
	p := &x.mentions[s.owner[i]]
	if p.end != i+1 {
		return ""
	}
	if p.demonym {
		if c, ok := demonym(p.text); ok {
			return c
		}
		return ""
	}
	if p.typ == Country {
		if c, ok := gazetteer.Country(p.name); ok {
			return c
		}
	}
	return ""
}

// mainCountry returns the country of the article: the one it names at least
// twice as often as any other, counting national adjectives, cities and
// regions, and the first sentence's three times; when none leads so, the
// country it was filed from (its dateline's place, dateline_country.go) if
// no country is named more often ("WASHINGTON - ... the United States and
// Japan"), else "". An article that names no country at all is of the
// country it was filed from, else of the national bodies it names
// ("Labour", "the Commons", "the Fed": the gazetteer's fourth column), by
// the same vote: a body of another country named in a story set somewhere
// ("the White House" in a story from Manila) does not outvote its places.
// An article with no dateline whose places give no country the lead is of
// the country its places and bodies together name twice as often as any
// other (a BBC story naming "Labour" and "the Tories" beside "Romania").
func (x *extractor) mainCountry(r *keying) string {
	places, bodies := map[string]int{}, map[string]int{}
	for k := range x.mentions {
		m := &x.mentions[k]
		votes := places
		var c string
		switch {
		case m.typ == Organization && !m.demonym:
			if o, ok := orgLookup(strings.TrimPrefix(r.keys[k], "O:")); ok {
				c, votes = o.Country, bodies
			}
		case (m.typ == City || m.typ == Place) && !m.demonym && x.modifiesNoun(m):
			// "Tokyo", "Tehran": a city names its country; not a city
			// modifying a noun ("the Paris agreement", "Tokyo stocks"),
			// said of other countries as often
			continue
		default:
			c = mentionCountry(m)
		}
		if c == "" {
			continue
		}
		votes[c]++
		if m.sent == 0 {
			votes[c] += 2
		}
	}
	if len(places) > 0 {
		if c := mostVoted(places); c != "" {
			return c
		}
		// no country leads twice over: the one the story was filed
		// from, when none is named more often ("WASHINGTON - Treasury
		// Secretary James Baker said the United States and Japan ...")
		_, most, _ := topVotes(places)
		if c := x.datelineCountry(); c != "" && places[c] == most {
			return c
		}
		if x.filedAt == "" && len(bodies) > 0 {
			// no dateline either: the places and the national bodies
			// vote together ("Labour", "the Tories" and "Downing
			// Street" beside "Romania" and a misread "Westminster")
			return mostVoted(addVotes(places, bodies))
		}
		return ""
	}
	if c := x.datelineCountry(); c != "" {
		return c
	}
	return mostVoted(bodies)
}

// addVotes returns the sum of two counts of votes.
func addVotes(a, b map[string]int) map[string]int {
	sum := make(map[string]int, len(a)+len(b))
	for c, v := range a {
		sum[c] += v
	}
	for c, v := range b {
		sum[c] += v
	}
	return sum
}

// mostVoted returns the country with at least twice the votes of any other,
// or "".
func mostVoted(n map[string]int) string {
	best, most, next := topVotes(n)
	if most < 2*next || most == 0 {
		return ""
	}
	return best
}

// topVotes returns the key with the most votes, its votes and the next
// highest count. Where two keys tie for the most, best is either and next
// equals most, so callers that ask for a lead decide the same.
func topVotes(n map[string]int) (best string, most, next int) {
	for c, v := range n {
		switch {
		case v > most:
			best, most, next = c, v, most
		case v > next:
			next = v
		}
	}
	return best, most, next
}

// titleWords capitalises each word of a body's name but "of" and "and":
// "central bank" → "Central Bank".
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if w == "of" || w == "and" || w == "the" {
			continue
		}
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// modifiesNoun reports whether mention m stands before a lower-case noun
// ("the Paris agreement").
func (x *extractor) modifiesNoun(m *mention) bool {
	toks := x.sents[m.sent].toks
	return m.end < len(toks) && strings.HasPrefix(toks[m.end].Tag, "NN") && !gazetteer.Capitalised(toks[m.end].Text)
}
