package resolve

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Rule 7 decides a cluster's kind, name and node from counts over its
// groups (a tally), not from the groups themselves: every count is a sum
// over the groups, so the tally of a cluster that gained or lost groups is
// its kept tally plus or minus theirs (outcome_kept.go), and deciding from
// it reads no other group. The names are counted by distinct articles: a
// tally may be summed only with one of groups of other articles.

// tally is what rule 7 reads of a cluster's groups.
type tally struct {
	votes      [KindThing + 1]int // units by kind
	org, firm  int                // original IRIs whose words are an organisation's (hasOrgWord), a firm's
	names      int                // the groups' names, each group's counted
	possessive int                // of which possessives ("Moody's")
	// Original IRIs no place test makes a place's name: not a state's
	// abbreviation typed otherwise, and no place's name before a place's
	// word ("New York State") unless placeCands holds it.
	others int
	// The keys of the words before a place's word ("new york" of "New York
	// State"), by original IRIs: a place's name when the store has a place
	// of that key (asked when deciding).
	placeCands []keyCount
	keys       []keyCount  // the units' keys, by units, sorted by key
	given      []nameCount // the groups' names, by distinct articles, sorted by name
}

// nameCount is a name with its keys and the articles giving it.
type nameCount struct {
	keyCount        // the name and its articles
	nameKey  string // memoKey(name, false)
	person   string // memoKey(name, true)
}

// tallyOf counts the groups idx.
func (c *clustering) tallyOf(idx []int) *tally {
	t := &tally{}
	c.countInto(t, idx, &tallyBuffers{})
	return t
}

// tallyBuffers are what counting a tally uses and drops: the units' keys
// and the names with their articles before they are counted.
type tallyBuffers struct {
	keys  []string
	given []nameArtKeys
}

// scratchTally is tallyOf the groups idx in t and buf, whose slices it
// reuses (t's counts are reset): for a decision that keeps no tally (the
// whole clustering's rule 7 allocates no tally per cluster so).
func (c *clustering) scratchTally(t *tally, buf *tallyBuffers, idx []int) *tally {
	*t = tally{placeCands: t.placeCands[:0], keys: t.keys[:0], given: t.given[:0]}
	c.countInto(t, idx, buf)
	return t
}

// countInto counts the groups idx into t, empty but for its slices'
// capacity, with buf's slices as buffers.
func (c *clustering) countInto(t *tally, idx []int, buf *tallyBuffers) {
	if len(idx) == 1 && len(c.units[idx[0]]) == 1 && len(c.raws[idx[0]]) == 1 { // most clusters
		i := idx[0]
		u := c.units[i][0]
		t.votes[u.kind]++
		t.keys = append(t.keys, keyCount{u.key, 1})
		c.tallyRaw(t, c.raws[i][0])
		t.given = slices.Grow(t.given, len(c.groups[i].names))
		for j, n := range c.groups[i].names { // sorted, distinct
			t.tallyName(c.gnames[i][j])
			t.given = append(t.given, nameCount{keyCount{n, 1}, c.gnames[i][j].key, c.gnames[i][j].person})
		}
		return
	}
	keys, given := buf.keys[:0], buf.given[:0]
	for _, i := range idx {
		for _, u := range c.units[i] {
			t.votes[u.kind]++
			keys = append(keys, u.key)
		}
		for _, x := range c.raws[i] {
			c.tallyRaw(t, x)
		}
		for j, n := range c.groups[i].names {
			t.tallyName(c.gnames[i][j])
			given = append(given, nameArtKeys{nameArt{n, c.art[i]}, c.gnames[i][j]})
		}
	}
	t.keys = countStringsInto(t.keys, keys)
	slices.SortFunc(t.placeCands, func(a, b keyCount) int { return strings.Compare(a.key, b.key) })
	t.placeCands = addCounts(nil, t.placeCands, 1)
	slices.SortFunc(given, func(a, b nameArtKeys) int {
		if d := strings.Compare(a.name, b.name); d != 0 {
			return d
		}
		return int(a.art) - int(b.art)
	})
	for j, x := range given {
		switch {
		case j > 0 && given[j-1].nameArt == x.nameArt:
		case j > 0 && given[j-1].name == x.name:
			t.given[len(t.given)-1].n++
		default:
			t.given = append(t.given, nameCount{keyCount{x.name, 1}, x.info.key, x.info.person})
		}
	}
	buf.keys, buf.given = keys, given
}

// nameArtKeys is a name given in an article, with its keys.
type nameArtKeys struct {
	nameArt
	info *nameInfo
}

// tallyRaw counts an original IRI's words.
func (c *clustering) tallyRaw(t *tally, x *rawInfo) {
	if x.org {
		t.org++
	}
	if x.firm {
		t.firm++
	}
	switch p := x.placeReading(); {
	case p.skip:
	case p.cand != "":
		t.placeCands = append(t.placeCands, keyCount{p.cand, 1})
	default:
		t.others++
	}
}

// rawPlace is how rule 7 reads an original IRI's words as a place's name.
type rawPlace struct {
	skip bool   // a state's abbreviation typed otherwise ("N.Y." typed Organization): neither way
	cand string // the key of the words before a place's word ("new york" of "New York State"), "" when none
}

// placeReading returns x's rawPlace, read once.
func (x *rawInfo) placeReading() *rawPlace {
	if x.place != nil {
		return x.place
	}
	p := &rawPlace{}
	k, w := x.unit.kind, x.toks
	if _, ok := abbreviations[strings.Join(w, "")]; ok && k != KindPerson {
		p.skip = true
	} else if len(w) > 1 && placeHeads[w[len(w)-1]] && !slices.ContainsFunc(w, func(t string) bool { return stopWords[t] }) {
		p.cand = memoKey(strings.Join(w[:len(w)-1], " "), false)
	}
	x.place = p
	return p
}

// tallyName counts a group's name.
func (t *tally) tallyName(n *nameInfo) {
	t.names++
	if n.possessive {
		t.possessive++
	}
}

// countStringsInto appends to out the counts of the strings ks (sorted
// here), in the order of the keys.
func countStringsInto(out []keyCount, ks []string) []keyCount {
	slices.Sort(ks)
	for j, k := range ks {
		if j > 0 && ks[j-1] == k {
			out[len(out)-1].n++
			continue
		}
		out = append(out, keyCount{k, 1})
	}
	return out
}

// addCounts returns a plus sign times b, both sorted by key with each key
// once (b may repeat keys: they are summed); keys counted 0 are dropped.
func addCounts(a, b []keyCount, sign int) []keyCount {
	out := make([]keyCount, 0, len(a)+len(b))
	i := 0
	for _, x := range b {
		for i < len(a) && a[i].key < x.key {
			out = append(out, a[i])
			i++
		}
		if i < len(a) && a[i].key == x.key {
			out = append(out, keyCount{x.key, a[i].n + sign*x.n})
			i++
		} else if len(out) > 0 && out[len(out)-1].key == x.key {
			out[len(out)-1].n += sign * x.n
		} else {
			out = append(out, keyCount{x.key, sign * x.n})
		}
	}
	out = append(out, a[i:]...)
	return slices.DeleteFunc(out, func(x keyCount) bool { return x.n == 0 })
}

// addNames is addCounts for names with their keys (b's names distinct).
func addNames(a, b []nameCount, sign int) []nameCount {
	out := make([]nameCount, 0, len(a)+len(b))
	i := 0
	for _, x := range b {
		for i < len(a) && a[i].key < x.key {
			out = append(out, a[i])
			i++
		}
		if i < len(a) && a[i].key == x.key {
			y := a[i]
			y.n += sign * x.n
			out = append(out, y)
			i++
		} else {
			x.n *= sign
			out = append(out, x)
		}
	}
	out = append(out, a[i:]...)
	return slices.DeleteFunc(out, func(x nameCount) bool { return x.n == 0 })
}

// plus returns t plus sign times u: the tally of t's groups with u's
// (sign 1) or without them (-1). The groups of u are of other articles than
// t's others.
func (t *tally) plus(u *tally, sign int) *tally {
	out := &tally{
		org: t.org + sign*u.org, firm: t.firm + sign*u.firm,
		names: t.names + sign*u.names, possessive: t.possessive + sign*u.possessive, others: t.others + sign*u.others,
		placeCands: addCounts(t.placeCands, u.placeCands, sign),
		keys:       addCounts(t.keys, u.keys, sign),
		given:      addNames(t.given, u.given, sign),
	}
	for k := range out.votes {
		out.votes[k] = t.votes[k] + sign*u.votes[k]
	}
	return out
}

// equal reports whether two tallies count the same.
func (t *tally) equal(u *tally) bool {
	return t.votes == u.votes && t.org == u.org && t.firm == u.firm && t.names == u.names && t.possessive == u.possessive &&
		t.others == u.others && slices.Equal(t.placeCands, u.placeCands) && slices.Equal(t.keys, u.keys) && slices.Equal(t.given, u.given)
}

// decide votes a cluster's kind and chooses its name and node, from its
// tally; asked reports whether the decision read a store-wide set
// (placeKey, knownPersonWord): then it may change while the tally does not.
func decide(t *tally, placeKey, knownPersonWord func(string) bool) (out target, asked bool) {
	votes := t.votes
	kind := KindThing
	best := 0
	for _, k := range []Kind{KindOrg, KindPerson, KindPlace} {
		if votes[k] > best {
			kind, best = k, votes[k]
		}
	}
	// A name most articles read as a thing (an award, a product, a time
	// zone) is one, when thing readings are three or more and three times
	// the others together: "Oscar", a thing in 14 articles, an
	// organisation in 5 and a person in 2 (organisation nodes seed322).
	if others := votes[KindOrg] + votes[KindPerson] + votes[KindPlace]; others > 0 && votes[KindThing] >= 3 && votes[KindThing] >= 3*others {
		kind = KindThing
	}
	// A one-word name nobody of the store bears in a full name, typed
	// Organization three times or more and a third as often as Person, is
	// an organisation ("Chelsea" of "Chelsea beat Arsenal"; kind_nobody.go).
	if kind == KindPerson && votes[KindOrg] >= 3 && 3*votes[KindOrg] >= votes[KindPerson] {
		asked = true
		if nobodysKeys(t.keys, knownPersonWord) {
			kind = KindOrg
		}
	}
	// Names with an organisation's word decide for organisation, when some
	// article already saw one (people and places keep their names' words:
	// "Bank Street", "Lord Young").
	if kind != KindPlace {
		org, firm := t.org > 0, t.firm > 0
		if org && votes[KindOrg] > 0 || firm || kind == KindPerson && t.names > 0 && t.possessive == t.names {
			kind = KindOrg
		}
		// A place's name and a word of places ("New York State", "Orange
		// County") is a place, whatever its articles typed it.
		// "Secretary of State" is no place: the word must follow the place's
		// name directly.
		if !org && !firm && len(t.placeCands) > 0 {
			asked = true
			places, others := 0, t.others
			for _, x := range t.placeCands {
				if placeKey(x.key) {
					places += x.n
				} else {
					others += x.n
				}
			}
			if places > 0 && others == 0 {
				kind = KindPlace
			}
		}
	}
	// The main key: for people a full name over a surname, for the others a
	// name over an acronym; then the key most groups have; then the smallest.
	better := func(a, b keyCount) bool {
		fa, fb := full(a.key, kind), full(b.key, kind)
		if fa != fb {
			return fa
		}
		if a.n != b.n {
			return a.n > b.n
		}
		return a.key < b.key
	}
	var top keyCount
	for _, k := range t.keys {
		if top.key == "" || better(k, top) {
			top = k
		}
	}
	main := top.key
	// The name: of the names with the main key, the one most articles give,
	// then the shortest, then the first in order.
	// (Counted by articles, not groups: the groups of one article that the
	// store merged are one group afterwards, the articles stay as many.)
	name := mostGivenOf(t.given, func(x nameCount) bool {
		if kind == KindPerson {
			return x.person == main
		}
		return x.nameKey == main
	})
	if name == "" && kind == KindPlace {
		// No name of the main key itself: a state's abbreviation whose
		// key is its name and "State" ("Ga." of "georgia state").
		name = mostGivenOf(t.given, func(x nameCount) bool { return placeKeyOf(x.nameKey) == main })
	}
	if name == "" {
		name = main
	}
	class := kind.class()
	return target{node: vocab.EntityIRI(class, name), kind: kind, name: name}, asked
}

// nobodysKeys reports whether every unit key is of one word that
// knownPersonWord does not know.
func nobodysKeys(keys []keyCount, knownPersonWord func(string) bool) bool {
	for _, k := range keys {
		if strings.Contains(k.key, " ") || knownPersonWord(k.key) {
			return false
		}
	}
	return true
}

// mostGivenOf returns the name of given that fits which the most articles
// give, then the shortest, then the smallest; "" when none fits.
func mostGivenOf(given []nameCount, fits func(nameCount) bool) string {
	name, most := "", 0
	for _, x := range given {
		if !fits(x) {
			continue
		}
		n, c := x.key, x.n
		if name == "" || c > most || c == most && (len(n) < len(name) || len(n) == len(name) && n < name) {
			name, most = n, c
		}
	}
	return name
}
