package resolve

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
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
	if k != KindPerson {
		if full, ok := abbreviations[key]; ok {
			key = full
		}
	}
	legal := len(toks) > 1 && legalSuffixes[toks[len(toks)-1]]
	return unit{raw: raw, kind: k, key: key, node: string(family(k)) + ":" + key, legal: legal}
}

// rawMemo keeps what cluster derives from an original IRI alone, once per
// IRI: most IRIs are given by many articles (a country by thousands).
type rawMemo map[quad.IRI]*rawInfo

type rawInfo struct {
	unit     unit
	initials *[4]string // the acronyms of its words rule 3 accepts, nil until asked
	words    string     // its slug's words
	org      bool       // hasOrgWord(words)
	firm     bool       // endsFirm(words)
}

func (m rawMemo) of(raw quad.IRI) *rawInfo {
	if x := m[raw]; x != nil {
		return x
	}
	_, slug := KindOf(raw)
	words := strings.ReplaceAll(slug, "-", " ")
	toks := tokens(words) // once for all four
	x := &rawInfo{unit: unitOf(raw, toks), words: words, org: orgWordIn(toks), firm: firmEnd(toks)}
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
		if full, ok := abbreviations[key]; ok {
			key = full
		}
	}
	return string(fam) + ":" + key
}

// nameInfo is what cluster derives from a name alone, once per name: the
// names of a store are given by many groups (a country's by thousands).
type nameInfo struct {
	key    string    // memoKey(name, false)
	node   [2]string // keyOf(name, 'e'), keyOf(name, 'p')
	person *string   // memoKey(name, true), nil until asked
}

// nameInfos keeps the nameInfo of each name of a clustering.
type nameInfos map[string]*nameInfo

func (m nameInfos) of(name string) *nameInfo {
	if x := m[name]; x != nil {
		return x
	}
	x := &nameInfo{key: memoKey(name, false)}
	x.node[0] = "e:" + x.key
	x.node[1] = "p:" + x.key // keyOf(name, 'p'), without asking the memo again
	if full, ok := abbreviations[x.key]; ok {
		x.node[1] = "p:" + full
	}
	m[name] = x
	return x
}

// personKey returns memoKey(name, true).
func (x *nameInfo) personKey(name string) string {
	if x.person == nil {
		k := memoKey(name, true)
		x.person = &k
	}
	return *x.person
}

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
//     organisation in another goes with the side named three times as often.
//     Middle initials: "Boyd L. Jefferies" joins "Boyd Jefferies" when the
//     latter is named only in years the former is, and no other initial
//     stands between the same names ("George Bush" of 1987 is not "George
//     W Bush").
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
//  7. Each cluster's kind is voted by its groups' original types; a name with
//     an organisation's word (Inc, Bank, Party, Club...) or a possessive
//     (Moody's) makes it an organisation; so does a name ending with a word
//     only companies' names end with (Inc, Holdings, Consolidated...), even
//     when every article typed it otherwise ("Coke Consolidated").
//  8. A name an article gave an entity that is the own name of another
//     cluster ("U.S." on a bank, "Europe" on a broker), or that another
//     cluster carries in three times as many articles, is not its name: it
//     becomes ng:otherName ("USA" of "USA Today" on a company "USA Inc");
//     unless that cluster is much smaller than this one's use of the name
//     (the company does not take "USA" from the country). The sides of a
//     name that joins two other entities' names ("Mukesh" and "Reliance" of
//     "Mukesh and Reliance") are not its names either.
func cluster(groups []*group) clusters {
	keys.start()
	defer keys.stop()
	uf := &unionFind{parent: make(map[string]string, len(groups)/2)}
	units := make([][]unit, len(groups))
	keyKinds := make(map[string]map[Kind]bool, len(groups)/2) // key -> kinds with that key
	legal := map[string]bool{}                                // union-find node -> some unit of it has a legal form
	isPerson := map[string]bool{}                             // union-find node -> some unit of it is a person
	memo := make(rawMemo, len(groups)/2)
	// Each group's names' infos, in the order of its names.
	infos := make(nameInfos, len(groups)/2)
	gnames := make([][]*nameInfo, len(groups))
	for i, g := range groups {
		gnames[i] = make([]*nameInfo, len(g.names))
		for j, n := range g.names {
			gnames[i][j] = infos.of(n)
		}
	}
	// Articles by number: the maps and sets by article below are keyed by
	// it, not by the article's IRI (a long string hashed at each look-up).
	art, articles := articleNumbers(groups)
	raws := make([][]*rawInfo, len(groups)) // each group's original IRIs' infos, in the order of g.raw
	for i, g := range groups {
		raws[i] = make([]*rawInfo, len(g.raw))
		for j, r := range g.raw {
			raws[i][j] = memo.of(r)
			u := raws[i][j].unit
			if u.kind == KindNone {
				continue
			}
			units[i] = append(units[i], u)
			if keyKinds[u.key] == nil {
				keyKinds[u.key] = map[Kind]bool{}
			}
			keyKinds[u.key][u.kind] = true
		}
	}
	// A group of several original entities (two an article named apart that
	// the store merged) goes where its fullest name goes: its first unit.
	// Of names as full, the unit of its node's kind: the names of the group
	// are read as that unit's (its acronyms and aliases in its family), as
	// the earlier run that merged it decided ("U.S." of a place "United
	// States" merged with an organisation "United States...The" of the
	// same article is the place's acronym, not an organisation's).
	for i := range units {
		if len(units[i]) < 2 {
			continue
		}
		nodeKind, _ := KindOf(groups[i].node)
		sort.SliceStable(units[i], func(a, b int) bool {
			ua, ub := units[i][a], units[i][b]
			na, nb := len(strings.Fields(ua.key)), len(strings.Fields(ub.key))
			if na != nb {
				return na > nb
			}
			if (ua.kind == nodeKind) != (ub.kind == nodeKind) {
				return ua.kind == nodeKind
			}
			return ua.node < ub.node
		})
	}
	reason := map[string]string{} // union-find node -> rule that joined it
	join := func(a, b, why string) {
		ra, rb := uf.find(a), uf.find(b)
		if ra == rb {
			return
		}
		loser := b
		if rb < ra {
			loser = a
		}
		if reason[loser] == "" {
			reason[loser] = why
		}
		uf.union(a, b)
	}
	// 1 and 2.
	for i := range groups {
		for j, u := range units[i] {
			if u.kind == KindThing {
				kk := keyKinds[u.key]
				if kk[KindPlace] && !kk[KindPerson] && !kk[KindOrg] {
					u.node = "p:" + u.key
					units[i][j] = u
				}
			}
			if u.node[0] == 'e' && u.kind != KindPerson && genericKey(u.key) {
				u.node = localNode(u.node, groups[i].article)
				units[i][j] = u
			}
			uf.find(u.node)
			if u.legal {
				legal[u.node] = true
			}
			if u.kind == KindPerson {
				isPerson[u.node] = true
			}

		}
	}
	nodes := sortedKeys(uf.parent)
	squashed := map[string]string{}
	blocks := map[string][]string{}
	for _, n := range nodes {
		fam, key := n[:2], n[2:]
		if !strings.Contains(key, " ") {
			continue
		}
		sq := fam + strings.ReplaceAll(key, " ", "")
		if other, ok := squashed[sq]; ok {
			join(other, n, "same name without spaces as "+other[2:])
		} else {
			squashed[sq] = n
		}
		w := strings.Fields(key)
		// not a company's legal name: "UK International Finance BV" is a
		// firm of its own, not the International Finance Corp
		if fam == "e:" && qualifiers[w[0]] && len(w) > 2 && !legal[n] {
			if rest := fam + strings.Join(w[1:], " "); uf.parent[rest] != "" {
				join(rest, n, "country word before "+rest[2:])
			}
		}
		if len(key) >= 16 && len(w) >= 3 && !isPerson[n] && !isLocal(n) {
			b := fam + w[0] + "|" + strconv.Itoa(len(w))
			blocks[b] = append(blocks[b], n)
		}
	}
	for _, b := range sortedKeys(blocks) {
		ns := blocks[b]
		if len(ns) > 400 {
			continue
		}
		for x := 0; x < len(ns); x++ {
			for y := x + 1; y < len(ns); y++ {
				if oneTypo(ns[x][2:], ns[y][2:]) {
					join(ns[x], ns[y], "spelling of "+ns[x][2:])
				}
			}
		}
	}
	// 3: acronyms.
	acro := map[string]map[string]bool{} // acronym node -> full-name roots
	for i, g := range groups {
		if len(units[i]) == 0 {
			continue
		}
		u := units[i][0]
		if !strings.Contains(u.key, " ") {
			continue
		}
		var a, b string
		var ini *[4]string
		for _, n := range g.names {
			ac := acronym(n)
			if ac == "" || ac == u.key {
				continue
			}
			if ini == nil {
				a, b = initials(u.key)
				// Of the unit's own IRI: a group of several (merged by
				// an earlier run) reads as the group of that unit did.
				ini = memo.acronyms(u.raw)
			}
			if ac != a && ac != b && !slices.Contains(ini[:], ac) {
				continue
			}
			an := string(family(u.kind)) + ":" + ac
			if acro[an] == nil {
				acro[an] = map[string]bool{}
			}
			acro[an][uf.find(u.node)] = true
		}
	}
	for _, an := range sortedKeys(acro) {
		roots := acro[an]
		if len(roots) != 1 {
			continue
		}
		for r := range roots {
			join(r, an, "acronym of "+r[2:])
		}
	}
	// 4: aliases. A name that is an entity of its own in the same article is
	// no alias there (whether the store merged the two or not, so that a
	// second run decides as the first).
	inArticle := make([]map[string]bool, articles)
	for i := range groups {
		if inArticle[art[i]] == nil {
			inArticle[art[i]] = map[string]bool{}
		}
		for _, u := range units[i] {
			inArticle[art[i]][u.node] = true
		}
	}
	links := map[string]map[string]map[int32]bool{} // alias node -> root -> articles giving it
	prefix := map[string]map[string]bool{}          // alias node -> root -> the alias is its name's first words
	for i, g := range groups {
		if len(units[i]) == 0 {
			continue
		}
		u := units[i][0]
	names:
		for j, n := range g.names {
			ni := gnames[i][j]
			if pk := ni.personKey(n); !strings.Contains(pk, " ") && personWord(units[i], pk) {
				continue // a surname: rule 6 decides
			}
			for _, fam := range []byte{family(u.kind), 'p' + 'e' - family(u.kind)} {
				k := ni.nodeOf(fam)
				if uf.parent[k] == "" || legal[k] {
					continue
				}
				if inArticle[art[i]][k] {
					continue names
				}
				if links[k] == nil {
					links[k] = map[string]map[int32]bool{}
				}
				r := uf.find(u.node)
				if links[k][r] == nil {
					links[k][r] = map[int32]bool{}
				}
				links[k][r][art[i]] = true
				if fam == family(u.kind) && strings.HasPrefix(u.key, k[2:]+" ") {
					if prefix[k] == nil {
						prefix[k] = map[string]bool{}
					}
					prefix[k][r] = true
				}
				continue names
			}
		}
	}
	// An alias joins only an entity that is not named more often on its own
	// than as that alias ("Baker" of Baker International is not James Baker's
	// surname; "London" after a bank's name is not the bank).
	size := map[string]int{}
	for i := range groups {
		for _, u := range units[i] {
			size[uf.find(u.node)]++
		}
	}
	for _, k := range sortedKeys(links) {
		r, n, rest := dominant(links[k])
		if r == "" || rest > 0 && n < 4*rest {
			continue // articles disagree on the entity
		}
		// A company's first word alone ("RKO" for "RKO General Inc"), given
		// as its other name by two articles and by no article to another
		// entity, is its short name however often it stands alone.
		short := prefix[k][r] && rest == 0 && n >= 2 && !isPerson[k]
		if n < size[uf.find(k)] && !short {
			continue
		}
		join(r, k, "other name of "+r[2:])
	}
	// 5: families.
	size = map[string]int{}
	for i := range groups {
		for _, u := range units[i] {
			size[uf.find(u.node)]++
		}
	}
	for _, n := range sortedKeys(uf.parent) {
		if n[0] != 'e' {
			continue
		}
		p := "p:" + n[2:]
		if uf.parent[p] == "" {
			continue
		}
		se, sp := size[uf.find(n)], size[uf.find(p)]
		if se >= 3*sp || sp >= 3*se {
			join(n, p, "the same name as a place")
		}
	}
	// 5b: middle initials. "Boyd L. Jefferies" and "Boyd Jefferies" are one
	// person when the name without the initial is named only in years the
	// name with it is, and no other initial is written between the same
	// first and last names ("George Bush" of 1987 is not "George W Bush").
	nodeYears := map[string]map[int]bool{}
	for i, g := range groups {
		for _, u := range units[i] {
			if u.kind == KindPerson {
				if nodeYears[u.node] == nil {
					nodeYears[u.node] = map[int]bool{}
				}
				nodeYears[u.node][g.year] = true
			}
		}
	}
	initialled := map[string][]string{} // "e:first last" -> "e:first x last" nodes
	for _, n := range sortedKeys(nodeYears) {
		w := strings.Fields(n[2:])
		if len(w) == 3 && len(w[1]) == 1 && len(w[0]) > 1 && len(w[2]) > 1 {
			short := n[:2] + w[0] + " " + w[2]
			initialled[short] = append(initialled[short], n)
		}
	}
	for _, short := range sortedKeys(initialled) {
		long := initialled[short]
		if len(long) != 1 || nodeYears[short] == nil {
			continue
		}
		within := true
		for y := range nodeYears[short] {
			if y == 0 || !nodeYears[long[0]][y] {
				within = false
			}
		}
		if within {
			join(long[0], short, "middle initial of "+long[0][2:])
		}
	}
	// No join after this: each unit's root is read once (a look-up of
	// the union-find's map each time was a tenth of clustering).
	rootAt := make([]int32, len(groups)+1) // group i's units' roots: roots[rootAt[i]:rootAt[i+1]]
	var roots []string
	for i := range groups {
		rootAt[i] = int32(len(roots))
		for _, u := range units[i] {
			roots = append(roots, uf.find(u.node))
		}
	}
	rootAt[len(groups)] = int32(len(roots))
	rootsOf := func(i int) []string { return roots[rootAt[i]:rootAt[i+1]] }
	// 6: surnames. Full names by last word, with the years they are named in.
	byLast := map[string]map[string]map[int]int{} // last word -> root -> year -> units
	for i, g := range groups {
		for j, u := range units[i] {
			if u.kind != KindPerson {
				continue
			}
			w := strings.Fields(u.key)
			if len(w) < 2 {
				continue
			}
			last := w[len(w)-1]
			root := rootsOf(i)[j]
			if byLast[last] == nil {
				byLast[last] = map[string]map[int]int{}
			}
			if byLast[last][root] == nil {
				byLast[last][root] = map[int]int{}
			}
			byLast[last][root][g.year]++
		}
	}
	// First names ("His brother Anil"), by the first word of the full
	// names of people whose last word is a person's name somewhere too
	// ("Mr Ambani"): "Vodafone Live" typed Person is no Vodafone's.
	lastSeen := map[string]bool{}
	for i, g := range groups {
		if len(units[i]) == 0 || units[i][0].kind != KindPerson {
			continue
		}
		for j, n := range g.names {
			if k := gnames[i][j].personKey(n); k != "" && !strings.Contains(k, " ") {
				lastSeen[k] = true
			}
		}
	}
	// A word that starts an organisation's name is no first name, nor is a
	// name typed an organisation or a thing anywhere a person's full name
	// ("Chevrolet" of "Chevrolet Nova", "Inter" of "Inter Milan").
	orgFirst := map[string]bool{}
	for i := range groups {
		for _, u := range units[i] {
			if w := strings.Fields(u.key); len(w) >= 2 && (u.kind == KindOrg || u.kind == KindThing) {
				orgFirst[w[0]] = true
			}
		}
	}
	byFirst := map[string]map[string]bool{} // first word -> roots
	for i := range groups {
		for j, u := range units[i] {
			if w := strings.Fields(u.key); u.kind == KindPerson && len(w) >= 2 && len(w) <= 3 && lastSeen[w[len(w)-1]] && !orgFirst[w[0]] && !keyKinds[u.key][KindOrg] && !keyKinds[u.key][KindThing] {
				if byFirst[w[0]] == nil {
					byFirst[w[0]] = map[string]bool{}
				}
				byFirst[w[0]][rootsOf(i)[j]] = true
			}
		}
	}
	// Co-mentions: the clusters each article names, and the articles of
	// each cluster, to tell which of several people an article means.
	artRoots := make([]map[string]bool, articles)
	rootArts := map[string][]int32{}
	for i := range groups {
		a := art[i]
		for _, r := range rootsOf(i) {
			if artRoots[a] == nil {
				artRoots[a] = map[string]bool{}
			}
			if !artRoots[a][r] {
				artRoots[a][r] = true
				rootArts[r] = append(rootArts[r], a)
			}
		}
	}
	yearOf := make([]int, articles)
	for i, g := range groups {
		yearOf[art[i]] = g.year
	}
	coMentions := map[string]map[string]bool{}
	coOf := func(r string) map[string]bool {
		if c, ok := coMentions[r]; ok {
			return c
		}
		c := map[string]bool{}
		for _, a := range rootArts[r] {
			for x := range artRoots[a] {
				c[x] = true
			}
		}
		coMentions[r] = c
		return c
	}
	// shared returns the candidate whose articles name the most of the
	// other entities of the group's article (at least least, and twice as
	// many as any other candidate), "" when none does.
	shared := func(a int32, self string, cands []string, least int) string {
		pick, first, second := "", 0, 0
		for _, c := range cands {
			n := 0
			co := coOf(c)
			for x := range artRoots[a] {
				if x != self && x != c && co[x] {
					n++
				}
			}
			switch {
			case n > first:
				pick, first, second = c, n, first
			case n > second:
				second = n
			}
		}
		if first < least || first < 2*second {
			return ""
		}
		return pick
	}
	surname := map[int]string{} // group index -> root it joins
	firstName := map[int]bool{} // the group joins by its first name
	for i, g := range groups {
		if len(units[i]) == 0 || units[i][0].kind != KindPerson {
			continue
		}
		u := units[i][0]
		if strings.Contains(u.key, " ") {
			continue
		}
		if possessiveOnly(g.names) {
			continue // Moody's: a firm
		}
		if rulerTitled(g.titles) {
			continue // "King Hassan": a given name, no surname
		}
		cands := byLast[u.key]
		var pick string
		if len(cands) == 1 {
			// The one person of that surname, when named in years near
			// this article's, or when its articles name what this one does.
			for r, years := range cands {
				if nearYears(g.year, years) || shared(art[i], rootsOf(i)[0], []string{r}, 2) != "" {
					pick = r
				}
			}
		} else if g.year != 0 {
			// The one named that year, or the one named four times as
			// often as any other that year.
			first, second := 0, 0
			for _, r := range sortedKeys(cands) {
				n := cands[r][g.year]
				switch {
				case n > first:
					pick, first, second = r, n, first
				case n > second:
					second = n
				}
			}
			if first == 0 || second > 0 && first < 4*second {
				pick = ""
			}
			if pick == "" {
				pick = shared(art[i], rootsOf(i)[0], sortedKeys(cands), 2)
			}
		}
		if len(cands) == 0 && len(byFirst[u.key]) > 0 && len(keyKinds[u.key]) == 1 {
			// A first name alone joins the one person of that first name
			// whose articles name what this article names.
			var named []string
			for _, r := range sortedKeys(byFirst[u.key]) {
				for _, a := range rootArts[r] {
					if yearOf[a] == g.year || g.year == 0 {
						named = append(named, r)
						break
					}
				}
			}
			if pick = shared(art[i], rootsOf(i)[0], named, 1); pick != "" {
				firstName[i] = true
			}
		}
		if pick != "" && rootsOf(i)[0] != pick {
			surname[i] = pick
		}
	}
	// The clusters: union-find roots, with surname groups moved to theirs.
	rootOf := func(i int) string {
		if r, ok := surname[i]; ok {
			return r
		}
		if len(units[i]) == 0 {
			return ""
		}
		return rootsOf(i)[0]
	}
	// A cluster's keys are the union-find nodes of its root, and those of
	// its groups' units that are another root's (a surname's group, or a
	// group of several original entities): the latter kept apart, as few.
	members := map[string][]int{}
	extra := map[string]map[string]bool{} // root -> its groups' union-find nodes of another root
	for i := range groups {
		r := rootOf(i)
		if r == "" {
			continue
		}
		members[r] = append(members[r], i)
		for j, u := range units[i] {
			if rootsOf(i)[j] != r {
				if extra[r] == nil {
					extra[r] = map[string]bool{}
				}
				extra[r][u.node] = true
			}
		}
	}
	hasKey := func(root, k string) bool { return uf.find(k) == root || extra[root][k] }
	// Which clusters each name is given to, by how many articles: a name
	// that one cluster carries in many articles is its name, not that of a
	// cluster that carries it in a few ("USA" of "USA Today" on a company).
	nameArts := map[string]map[string]int{} // name key -> root -> articles
	type keyArt struct {
		key string
		art int32
	}
	var given []keyArt // a cluster's names' keys, with the articles giving them
	for _, root := range sortedKeys(members) {
		given = given[:0]
		for _, i := range members[root] {
			for _, ni := range gnames[i] {
				given = append(given, keyArt{ni.key, art[i]})
			}
		}
		slices.SortFunc(given, func(a, b keyArt) int {
			if c := strings.Compare(a.key, b.key); c != 0 {
				return c
			}
			return int(a.art) - int(b.art)
		})
		for j, x := range given {
			if j > 0 && given[j-1] == x {
				continue
			}
			if nameArts[x.key] == nil {
				nameArts[x.key] = map[string]int{}
			}
			nameArts[x.key][root]++
		}
	}
	artCount := make(map[string]int, len(members)) // root -> articles naming it
	seen := make([]int32, articles)                // article -> the last cluster counted with it, plus one
	var cur int32
	for r, idx := range members {
		cur++
		n := 0
		for _, i := range idx {
			if seen[art[i]] != cur {
				seen[art[i]] = cur
				n++
			}
		}
		artCount[r] = n
	}
	out := clusters{target: make(map[*group]target, len(groups)), foreign: map[*group][]string{}, rawRules: map[*group][]string{}}
	lastWords := surnames{}
	for _, root := range sortedKeys(members) {
		idx := members[root]
		t := decide(groups, units, gnames, raws, art, idx, func(key string) bool { return uf.parent["p:"+key] != "" })
		if a, ok := localArticle(groups, units, idx); ok {
			t.node = localTarget(t.node, a)
		}
		for _, i := range idx {
			g := groups[i]
			tt := t
			switch {
			case surname[i] != "" && firstName[i]:
				tt.rule = fmt.Sprintf("first name %q of %s, named with what it is named with", units[i][0].key, t.name)
			case surname[i] != "":
				tt.rule = fmt.Sprintf("surname %q of %s", units[i][0].key, t.name)
			case len(units[i]) > 0 && reason[units[i][0].node] != "":
				tt.rule = reason[units[i][0].node]
			default:
				tt.rule = "same name as " + t.name
			}
			if len(units[i]) > 0 && units[i][0].kind != t.kind {
				tt.rule += fmt.Sprintf("; typed %s here, %s by the store", units[i][0].kind, t.kind)
			}
			out.target[g] = tt
			if g.moved || tt.node != g.node {
				out.rawRules[g] = rawRules(raws[i], units[i], tt, surname[i] != "", reason, func(n string) bool { return uf.find(n) == root })
			}
			// 8: names of other clusters.
			person := t.kind == KindPerson
			for j, n := range g.names {
				if n == t.name {
					continue
				}
				ni := gnames[i][j]
				other := false
				for _, fam := range []byte{'e', 'p'} {
					k := ni.nodeOf(fam)
					if uf.parent[k] == "" || hasKey(root, k) {
						continue
					}
					// A surname shared by several people stays an alias of each.
					if fam == 'p' || !person || !lastWords.is(t.name, ni.personKey(n)) {
						// Unless the other cluster is much smaller than
						// this one's use of the name ("USA" of a "USA Inc"
						// is still the country's).
						own := nameArts[ni.key][root]
						if own < 3 || own < 3*artCount[uf.find(k)] {
							other = true
						}
					}
				}
				if !other && conjunct(n, g.names, func(k string) bool {
					for r := range nameArts[k] {
						if r != root {
							return true
						}
					}
					return false
				}) {
					other = true
				}
				if !other && !(person && lastWords.is(t.name, ni.personKey(n))) {
					by := nameArts[ni.key]
					own := by[root]
					for r, a := range by {
						if r != root && a >= 3 && a >= 3*own {
							other = true
						}
					}
				}
				if other {
					out.foreign[g] = append(out.foreign[g], n)
				}
			}
		}
	}
	return out
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

// articleNumbers numbers the groups' articles in the order they first
// come: the number of each group's article, and how many there are.
func articleNumbers(groups []*group) ([]int32, int) {
	ids := make(map[quad.IRI]int32, len(groups)/4)
	art := make([]int32, len(groups))
	for i, g := range groups {
		id, ok := ids[g.article]
		if !ok {
			id = int32(len(ids))
			ids[g.article] = id
		}
		art[i] = id
	}
	return art, len(ids)
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
			if elsewhere(memoKey(a, false)) && elsewhere(memoKey(b, false)) {
				return true
			}
		}
	}
	return false
}

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

// decide votes a cluster's kind and chooses its name and node.
func decide(groups []*group, units [][]unit, gnames [][]*nameInfo, raws [][]*rawInfo, art []int32, idx []int, placeKey func(string) bool) target {
	var votes [KindThing + 1]int
	org := false
	allPossessive, anyName := true, false
	for _, i := range idx {
		for _, u := range units[i] {
			votes[u.kind]++
		}
		for _, n := range groups[i].names {
			anyName = true
			if !possessive(n) {
				allPossessive = false
			}
		}
	}
	kind := KindThing
	best := 0
	for _, k := range []Kind{KindOrg, KindPerson, KindPlace} {
		if votes[k] > best {
			kind, best = k, votes[k]
		}
	}
	// Names with an organisation's word decide for organisation, when some
	// article already saw one (people and places keep their names' words:
	// "Bank Street", "Lord Young").
	mainKeys := map[string]int{}
	for _, i := range idx {
		for _, u := range units[i] {
			mainKeys[u.key]++
		}
	}
	firm := false
	if kind != KindPlace {
		for _, i := range idx {
			for _, x := range raws[i] {
				org = org || x.org
				firm = firm || x.firm
			}
		}
		if org && votes[KindOrg] > 0 || firm || anyName && allPossessive && kind == KindPerson {
			kind = KindOrg
		}
		// A place's name and a word of places ("New York State", "Orange
		// County") is a place, whatever its articles typed it.
		// "Secretary of State" is no place: the word must follow the place's
		// name directly.
		if !org && !firm {
			places, others := 0, 0
			for _, i := range idx {
				for _, x := range raws[i] {
					k, w := x.unit.kind, tokens(x.words)
					if _, ok := abbreviations[strings.Join(w, "")]; ok && k != KindPerson {
						continue // "N.Y." typed Organization: neither way
					}
					if len(w) > 1 && placeHeads[w[len(w)-1]] && !slices.ContainsFunc(w, func(t string) bool { return stopWords[t] }) &&
						placeKey(memoKey(strings.Join(w[:len(w)-1], " "), false)) {
						places++
					} else {
						others++
					}
				}
			}
			if places > 0 && others == 0 {
				kind = KindPlace
			}
		}
	}
	// The main key: for people a full name over a surname, for the others a
	// name over an acronym; then the key most groups have; then the smallest.
	better := func(a, b string) bool {
		fa, fb := full(a, kind), full(b, kind)
		if fa != fb {
			return fa
		}
		if mainKeys[a] != mainKeys[b] {
			return mainKeys[a] > mainKeys[b]
		}
		return a < b
	}
	main := ""
	for k := range mainKeys {
		if main == "" || better(k, main) {
			main = k
		}
	}
	// The name: of the names with the main key, the one most articles give,
	// then the shortest, then the first in order.
	// (Counted by articles, not groups: the groups of one article that the
	// store merged are one group afterwards, the articles stay as many.)
	arts := map[string]map[int32]bool{}
	for _, i := range idx {
		for j, n := range groups[i].names {
			k := gnames[i][j].key
			if kind == KindPerson {
				k = gnames[i][j].personKey(n)
			}
			if k == main {
				if arts[n] == nil {
					arts[n] = map[int32]bool{}
				}
				arts[n][art[i]] = true
			}
		}
	}
	counts := map[string]int{}
	for n, a := range arts {
		counts[n] = len(a)
	}
	name := ""
	for n, c := range counts {
		if name == "" || c > counts[name] || c == counts[name] && (len(n) < len(name) || len(n) == len(name) && n < name) {
			name = n
		}
	}
	if name == "" {
		name = main
	}
	class := kind.class()
	return target{node: vocab.EntityIRI(class, name), kind: kind, name: name}
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
