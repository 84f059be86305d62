package resolve

import (
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// target is where a group belongs: its cluster's node, kind and name, and
// the evidence that put it there.
type target struct {
	node quad.IRI
	kind Kind
	name string // the cluster's chosen name (schema:name)
	rule string // why the group is in this cluster, "" when it is its own
}

// family is the part of a key's space a kind resolves in: people,
// organisations and things of no type share one (one name typed Person in
// one article and Organization in another is one entity, its type decided
// by votes); places have their own.
func family(k Kind) byte {
	if k == KindPlace {
		return 'p'
	}
	return 'e'
}

// unionFind over string keys.
type unionFind struct{ parent map[string]string }

func (u *unionFind) find(x string) string {
	p, ok := u.parent[x]
	if !ok {
		u.parent[x] = x
		return x
	}
	if p == x {
		return x
	}
	r := u.find(p)
	u.parent[x] = r
	return r
}

// union joins a and b; the smaller key becomes the root, so the result does
// not depend on the order of unions.
func (u *unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}

// unit is a group's original entity: one IRI its article's extraction gave.
type unit struct {
	raw   quad.IRI // the original IRI
	kind  Kind
	key   string // Key of the IRI's slug
	node  string // "family:key", the union-find node
	legal bool   // its name has a legal form (Inc, AG...): a company's full name
}

// unitOf makes the unit of an original IRI from its slug's words and their
// tokens.
func unitOf(raw quad.IRI, toks []string) unit {
	k, slug := KindOf(raw)
	key := strings.Join(keyOfTokens(toks, k == KindPerson), " ")
	if key == "" {
		key = slug
	}
	if k == KindPlace {
		key = placeKeyOf(key)
	} else if k != KindPerson {
		if full, ok := abbreviations[key]; ok {
			key = full
		}
	}
	legal := legalTokens(toks)
	return unit{raw: raw, kind: k, key: key, node: string(family(k)) + ":" + key, legal: legal}
}

// rawMemo keeps what cluster derives from an original IRI alone, once per
// IRI: most IRIs are given by many articles (a country by thousands).
type rawMemo map[quad.IRI]*rawInfo

type rawInfo struct {
	unit     unit
	initials *[4]string // the acronyms of its words rule 3 accepts, nil until asked
	words    string     // its slug's words
	toks     []string   // tokens(words)
	org      bool       // hasOrgWord(words)
	firm     bool       // endsFirm(words), or a firm's word of another language starts them
	place    *rawPlace  // rule 7's reading of its words as a place's name, nil until asked (decide_tally.go)
}

func (m rawMemo) of(raw quad.IRI) *rawInfo {
	if x := m[raw]; x != nil {
		return x
	}
	_, slug := KindOf(raw)
	words := strings.ReplaceAll(slug, "-", " ")
	toks := tokens(words) // once for all four
	x := &rawInfo{unit: unitOf(raw, toks), words: words, toks: toks, org: orgWordIn(toks), firm: firmEnd(toks) || firmStart(toks)}
	m[raw] = x
	return x
}

// acronyms returns the initials rule 3 accepts as an acronym of the IRI's
// slug's words, and its legal initials ("IFC" of "International Finance
// Corp").
func (m rawMemo) acronyms(raw quad.IRI) *[4]string {
	x := m.of(raw)
	if x.initials == nil {
		var a [4]string
		a[0], a[1] = initials(x.words)
		a[2], a[3] = legalInitials(x.words)
		x.initials = &a
	}
	return x.initials
}

// keyOf returns the union-find node of a name in a family.
func keyOf(name string, fam byte) string {
	key := memoKey(name, false)
	if fam == 'p' {
		key = placeKeyOf(key)
	}
	return string(fam) + ":" + key
}

// nameInfo is what cluster derives from a name alone, once per name: the
// names of a store are given by many groups (a country's by thousands).
type nameInfo struct {
	key        string    // memoKey(name, false)
	node       [2]string // keyOf(name, 'e'), keyOf(name, 'p')
	person     string    // memoKey(name, true)
	possessive bool      // possessive(name)
}

// nameInfos keeps the nameInfo of each name of a clustering.
type nameInfos map[string]*nameInfo

func (m nameInfos) of(name string) *nameInfo {
	if x := m[name]; x != nil {
		return x
	}
	// Both keys from one reading of the name's words: nearly every name
	// is asked for both (rule 4 reads every name's person key).
	toks := tokens(name)
	key := strings.Join(keyOfTokens(toks, false), " ")
	person := key // the two differ only by a leading honorific
	if len(toks) > 1 && honorifics[toks[0]] {
		person = strings.Join(keyOfTokens(toks, true), " ")
	}
	x := &nameInfo{key: key, person: person, possessive: possessive(name)}
	x.node[0] = "e:" + x.key
	x.node[1] = "p:" + placeKeyOf(x.key) // keyOf(name, 'p'), without asking the memo again
	m[name] = x
	return x
}

// personKey returns memoKey(name, true).
func (x *nameInfo) personKey(string) string { return x.person }

// nodeOf returns keyOf(name, fam).
func (x *nameInfo) nodeOf(fam byte) string {
	if fam == 'p' {
		return x.node[1]
	}
	return x.node[0]
}

// clusters is the outcome of cluster: each group's target, and for the
// keep-apart rule which union-find nodes each cluster holds.
type clusters struct {
	target  map[*group]target
	foreign map[*group][]string // names that are another entity's own
	// The rule of each original IRI of a group that moved or moves, in
	// the order of g.raw: what a resolution from scratch writes for it.
	rawRules map[*group][]string
}

// cluster decides the node of every group: a pure function of the groups'
// original IRIs, names and years.
//
//  1. Same key: the original IRIs whose slugs have the same Key (suffixes,
//     "&"/"and", punctuation, British spelling, honorifics, states'
//     abbreviations) in one family; also the same key without spaces
//     ("US Air", "USAir"), one typo in a long name ("Exchance"), and a
//     country word before an organisation's name ("U.S. Federal Reserve";
//     not before a company's legal name: "UK International Finance BV").
//  2. Things join the place of their key when no person or organisation has it.
//  3. Acronyms: an article that gives an acronym of a name as its alias
//     ("Securities and Exchange Commission (SEC)") joins the acronym's key
//     to the name's, when all such articles of the store agree on one.
//  4. Aliases: a name an article gives as another name of an entity joins
//     it when the articles that give it so agree on the entity (four times
//     as many for one as for all others: "Fed" of the Federal Reserve, not
//     of a cut "Fed Boards"), and it is no company's full name of its own
//     ("Hoechst AG" is not "Hoechst Celanese" for one article's say). It
//     must be given so at least as often as it stands alone, unless it is
//     the first word of a company's name given by two articles and by none
//     to another entity ("RKO" of "RKO General Inc").
//  5. Families: a key that is a place in one article and a person or
//     organisation in another goes with the side named three times as often,
//     but for a town's club: organisation readings a tenth of the place's or
//     more, half of whose articles name another place-named organisation
//     standing on its own ("Birmingham v Leeds"; cluster_teams.go).
//     Middle initials: "Boyd L. Jefferies" joins "Boyd Jefferies" when the
//     latter is named only in years the former is, and no other initial
//     stands between the same names ("George Bush" of 1987 is not "George
//     W Bush"); when the name with the initial is named in undated articles
//     only, the undated uses of the name without it join it and the dated
//     ones stay (cluster_periods.go). Two people of one full name in one
//     year stay apart when their titles are of different walks of life and
//     nothing their stories name links them (people_apart.go).
//  6. Surnames: a person named by one word joins the one person of the store
//     whose full name ends with it, when that name is named within five
//     years of the article or its articles name what this article names
//     (a "Hassan" of 1987 is no "Margaret Hassan" of 2004), and the word is
//     not the name after a ruler's title ("King Hassan"); when several do, the one named in
//     articles of the same year, if only one is, else the one whose articles
//     name twice as many of the entities this article names. Different first
//     names never join. A first name alone ("His brother Anil") joins the
//     one person of that first name, named that year, whose articles name
//     what this article names, when the name is nothing else's.
//  7. Each cluster's kind is voted by its groups' original types (a thing
//     when thing readings are three times all others and three or more); a name with
//     an organisation's word (Inc, Bank, Party, Club...) or a possessive
//     (Moody's) makes it an organisation; so does a name ending with a word
//     only companies' names end with (Inc, Holdings, Consolidated...), or
//     starting with a company's word of another language ("Societe",
//     "Banco"), even when every article typed it otherwise ("Coke
//     Consolidated"); a one-word name typed Person that nobody of the store
//     bears in a full name, typed Organization three times or more and a
//     third as often as Person, is an organisation ("Chelsea";
//     kind_nobody.go).
//  8. A name an article gave an entity that is the own name of another
//     cluster ("U.S." on a bank, "Europe" on a broker), or that another
//     cluster carries in three times as many articles, is not its name: it
//     becomes ng:otherName ("USA" of "USA Today" on a company "USA Inc");
//     unless that cluster is much smaller than this one's use of the name
//     (the company does not take "USA" from the country). The sides of a
//     name that joins two other entities' names ("Mukesh" and "Reliance" of
//     "Mukesh and Reliance") are not its names either.
//  9. Bare bodies: a cluster named by a name that two other organisation
//     clusters or more carry ("Treasury" of the Treasury Department and of
//     HM Treasury) is a body named without its country; its group in an
//     article joins the carrier its people there are affiliated with in
//     many more of the store's other articles (bare_bodies.go).
func cluster(groups []*group) clusters {
	out, _ := clusterFrom(groups, nil, false)
	return out
}

// clusterFrom is cluster, starting from what an earlier clustering kept
// (nil: from nothing), and returns what this one keeps (kept_state.go),
// when keep.
func clusterFrom(groups []*group, prior *keptState, keep bool) (clusters, *keptState) {
	keys.start(len(groups))
	defer keys.stop()
	c := newClustering(groups)
	var priorSame *sameKeysState
	var priorAcro *acronymKept
	var touched map[quad.IRI]bool // the articles the last resolution rewrote
	if prior != nil {
		priorSame, priorAcro = &prior.same, prior.acro
		if priorAcro != nil {
			touched = priorAcro.touched
		}
	}
	if priorAcro != nil {
		c.src = newWholeGroups(c, priorAcro.touched)
	}
	c.sameKeys(priorSame) // 1 and 2
	var kept *keptState
	if keep {
		kept = &keptState{version: keptVersion, same: c.sameKeysState(), memo: c.memo, infos: c.infos}
		kept.acroVotes = c.acronymsFrom(priorAcro)                                                     // 3
		kept.alias = c.aliasesFrom(prior.aliasPrior(), priorSame, &kept.same, touched, kept.acroVotes) // 4
	} else {
		c.acronyms() // 3
		c.aliases()  // 4
	}
	if keep {
		c.familiesOf(kept.alias.nodes) // 5
		var undated []string
		kept.years, undated = c.middleInitialsFrom(prior.yearsPrior(), priorSame, &kept.same, touched) // 5b and 5c
		kept.apart = c.peopleApartFrom(prior.apartPrior(), touched != nil, undated)                    // 5d
	} else {
		c.families()       // 5
		c.middleInitials() // 5b and 5c
		c.peopleApart()    // 5d
	}
	c.freezeRoots()
	surname, firstName := c.surnameJoins()                                  // 6
	out, work := c.outcome(surname, firstName, prior.clustersPrior(), keep) // 7, 8 and bare bodies
	if kept != nil {
		kept.clusterWork = work
	}
	return out, kept
}

// clustering is one run of cluster: the groups, what each stage reads of
// them, and the union-find the stages join in.
type clustering struct {
	groups        []*group
	uf            *unionFind
	units         [][]unit           // each group's original entities, its fullest first
	keyKinds      map[string]kindSet // key -> kinds with that key
	legal         map[string]bool    // union-find node -> some unit of it has a legal form
	isPerson      map[string]bool    // union-find node -> some unit of it is a person
	memo          rawMemo
	gnames        [][]*nameInfo      // each group's names' infos, in the order of its names
	raws          [][]*rawInfo       // each group's original IRIs' infos, in the order of g.raw
	art           []int32            // each group's article, by number
	articles      int                // how many articles the groups come from
	artIDs        map[quad.IRI]int32 // article -> its number in art
	infos         nameInfos          // the infos of the names of gnames
	src           groupSource        // where the stages read groups by key (group_source.go)
	reason        map[string]string  // union-find node -> rule that joined it
	personWordSet map[string]bool    // see knownPersonWord
	namesakes     map[string]bool    // keys of people whose firms stand apart (firm_namesakes.go)
	sameNodes     []string           // the union-find's nodes rules 1 and 2 read, sorted

	// After the last join (freezeRoots): group i's units' roots are
	// roots[rootAt[i]:rootAt[i+1]].
	roots  []string
	rootAt []int32
}

// newClustering reads the groups' units and names, each unit its own
// union-find node (addGroups), and reads them through wholeGroups.
func newClustering(groups []*group) *clustering {
	c := &clustering{uf: &unionFind{parent: make(map[string]string, len(groups)/2)},
		keyKinds: make(map[string]kindSet, len(groups)/2), legal: map[string]bool{}, isPerson: map[string]bool{},
		memo: make(rawMemo, len(groups)/2), infos: make(nameInfos, len(groups)/2),
		artIDs: make(map[quad.IRI]int32, len(groups)/4), reason: map[string]string{}}
	c.addGroups(groups)
	c.src = newWholeGroups(c, nil)
	return c
}

// kindSet is a set of kinds, one bit each.
type kindSet uint8

func (s kindSet) has(k Kind) bool { return s&(1<<k) != 0 }

// len is the number of kinds in the set.
func (s kindSet) len() int { return bits.OnesCount8(uint8(s)) }

// join puts a and b in one cluster, keeping the first rule that joined
// each union-find node.
func (c *clustering) join(a, b, why string) {
	ra, rb := c.uf.find(a), c.uf.find(b)
	if ra == rb {
		return
	}
	loser := b
	if rb < ra {
		loser = a
	}
	if c.reason[loser] == "" {
		c.reason[loser] = why
	}
	c.uf.union(a, b)
}

// freezeRoots reads each unit's root once: no join comes after it (a
// look-up of the union-find's map each time was a tenth of clustering).
func (c *clustering) freezeRoots() {
	c.rootAt = make([]int32, len(c.groups)+1)
	for i := range c.groups {
		c.rootAt[i] = int32(len(c.roots))
		for _, u := range c.units[i] {
			c.roots = append(c.roots, c.uf.find(u.node))
		}
	}
	c.rootAt[len(c.groups)] = int32(len(c.roots))
}

// rootsOf returns group i's units' roots, in the order of its units.
func (c *clustering) rootsOf(i int) []string { return c.roots[c.rootAt[i]:c.rootAt[i+1]] }

// size counts each cluster's units, by root.
func (c *clustering) size() map[string]int {
	size := make(map[string]int, len(c.uf.parent)/2)
	for i := range c.groups {
		for _, u := range c.units[i] {
			size[c.uf.find(u.node)]++
		}
	}
	return size
}

// personWord reports whether a one-word name (its person key) is a
// person's of the group: of its first unit, when that is a person, or a word
// of the key of another unit that is a person. A group an earlier run merged
// (a person and an organisation an article named apart, on one node now)
// holds the names of both: the word is read as the person's, as it was
// when the two were apart ("Kidder" of a person "Kidder Peabody" beside
// the firm Kidder, Peabody and Co), and a group of one unit reads as before.
func personWord(units []unit, key string) bool {
	for j, u := range units {
		if u.kind != KindPerson {
			continue
		}
		if j == 0 || slices.Contains(strings.Fields(u.key), key) {
			return true
		}
	}
	return false
}

// conjunct reports whether name is one side of another of names that joins
// two ("Mukesh" of "Mukesh and Reliance") and both sides are names of other
// entities (elsewhere): the other name is two entities read as one, and its
// sides are not its names.
func conjunct(name string, names []string, elsewhere func(key string) bool) bool {
	name = strings.TrimSpace(name)
	for _, m := range names {
		for _, sep := range []string{" and ", " & "} {
			a, b, ok := strings.Cut(m, sep)
			if !ok || !strings.EqualFold(strings.TrimSpace(a), name) && !strings.EqualFold(strings.TrimSpace(b), name) {
				continue
			}
			if onlySuffixes(a) || onlySuffixes(b) {
				continue // "Jefferies and Co Inc" is one firm
			}
			if firmStem(m, names) || legalName(m) {
				continue // "Cable and Wireless (plc)" of "Cable and Wireless plc" is one firm
			}
			if elsewhere(memoKey(a, false)) && elsewhere(memoKey(b, false)) {
				return true
			}
		}
	}
	return false
}

// firmStem reports whether name is a company's name without its legal
// form: another of names is name followed by legal forms only ("Cable and
// Wireless" beside "Cable and Wireless plc").
func firmStem(name string, names []string) bool {
	for _, m := range names {
		if len(m) > len(name) && strings.EqualFold(m[:len(name)], name) && m[len(name)] == ' ' && onlySuffixes(m[len(name):]) && strings.TrimSpace(m[len(name):]) != "" {
			return true
		}
	}
	return false
}

// legalName reports whether a name ends with a legal form: a company's
// full name.
func legalName(name string) bool { return legalTokens(tokens(name)) }

// legalTokens reports whether a name's tokens (as tokens gives them) end
// with a legal form after at least one other word.
func legalTokens(toks []string) bool { return len(toks) > 1 && legalSuffixes[toks[len(toks)-1]] }

// onlySuffixes reports whether a name is only legal forms and stop words
// ("Co Inc", "Co."), or nothing.
func onlySuffixes(name string) bool {
	for _, t := range tokens(name) {
		if !legalSuffixes[t] && !stopWords[t] {
			return false
		}
	}
	return true
}

// dominant returns the root that most articles give a name to (the
// smallest on a tie), their number, and the number of articles giving it to
// any other root.
func dominant(roots map[string]map[int32]bool) (string, int, int) {
	best, n, all := "", 0, 0
	for _, r := range sortedKeys(roots) {
		c := len(roots[r])
		all += c
		if c > n {
			best, n = r, c
		}
	}
	return best, n, all - n
}

// possessiveOnly reports whether every name ends in "'s".
func possessiveOnly(names []string) bool {
	for _, n := range names {
		if !possessive(n) {
			return false
		}
	}
	return len(names) > 0
}

// surnames tells whether a key is the last word of a person's name (its
// surname), keeping each name's last word: rule 8 asks it of every name of
// every group of a person's cluster.
type surnames map[string]string // name -> the last word of its key, "" for one word

func (s surnames) is(name, key string) bool {
	last, ok := s[name]
	if !ok {
		if w := strings.Fields(memoKey(name, true)); len(w) > 1 {
			last = w[len(w)-1]
		}
		s[name] = last
	}
	return last != "" && key == last
}

// oneTypo reports whether two keys of the same words differ by a typo in
// one word: at most two edits, in one word of five letters or more.
func oneTypo(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 || len(wa[diff]) < 5 || len(wb[diff]) < 5 || wa[diff][0] != wb[diff][0] {
		return false
	}
	return levenshtein(wa[diff], wb[diff], 2) <= 2
}

// keyCount is a key and a count: of units, or of articles.
type keyCount struct {
	key string
	n   int
}

// nameArt is a name given in an article, by the article's number.
type nameArt struct {
	name string
	art  int32
}

// full reports whether a key is a full name for its kind: two words or more
// for a person, not an acronym-like single short word for the others. A
// place's one word is short when its name is ("Japan", "Iran", "Peru"), so
// only the shortest count as acronyms there ("US", "UK"); otherwise a
// country's adjective or people ("Japanese", a name a few articles gave a
// node of its own) would name the country.
func full(key string, k Kind) bool {
	switch {
	case strings.Contains(key, " "):
		return true
	case k == KindPerson:
		return false
	case k == KindPlace:
		return len(key) > 3
	}
	return len(key) > 6
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
